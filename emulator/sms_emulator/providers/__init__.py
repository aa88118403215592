"""The emulated providers, one module each, in the order the app mounts them."""

from __future__ import annotations

from .base import Provider
from .bytehand import BytehandProvider
from .jomobile import JoMobileProvider
from .smsc import SmscProvider
from .tyntec import TyntecProvider

PROVIDERS: tuple[type[Provider], ...] = (TyntecProvider, BytehandProvider, JoMobileProvider, SmscProvider)

__all__ = ["PROVIDERS", "Provider"]
