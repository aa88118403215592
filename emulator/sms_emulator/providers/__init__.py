"""The emulated providers, one module each, in the order the app mounts them."""

from __future__ import annotations

from .base import Provider
from .bytehand import BytehandProvider
from .tyntec import TyntecProvider

PROVIDERS: tuple[type[Provider], ...] = (TyntecProvider, BytehandProvider)

__all__ = ["PROVIDERS", "Provider"]
