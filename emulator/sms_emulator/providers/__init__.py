"""The emulated providers, one module each, in the order the app mounts them."""

from __future__ import annotations

from .base import Provider
from .jomobile import JoMobileProvider
from .tyntec import TyntecProvider

PROVIDERS: tuple[type[Provider], ...] = (TyntecProvider, JoMobileProvider)

__all__ = ["PROVIDERS", "Provider"]
