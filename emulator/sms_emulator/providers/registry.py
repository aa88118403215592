"""Which providers the emulator serves, by name, in the order the app mounts them.

The rest of the emulator never imports a provider module: it reads this
registry, which names each provider's class by its import path, and imports
it when the app is built. Adding a provider is a line here (and its package:
see ``docs/contributing.md``).
"""

from __future__ import annotations

import importlib

from .base import Provider

REGISTERED: dict[str, str] = {
    "tyntec": "sms_emulator.providers.tyntec.provider:TyntecProvider",
    "bytehand": "sms_emulator.providers.bytehand.provider:BytehandProvider",
    "jomobile": "sms_emulator.providers.jomobile.provider:JoMobileProvider",
    "smsc": "sms_emulator.providers.smsc.provider:SmscProvider",
}
"""Each provider's name and ``module:class``; the order is the order of mounting, listing and the inbox."""


def load(name: str) -> type[Provider]:
    """The provider class registered as ``name`` (``KeyError`` for an unknown name)."""
    module_name, _, class_name = REGISTERED[name].partition(":")
    found = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(found, type) and issubclass(found, Provider) and found.name == name):
        raise TypeError(f"{REGISTERED[name]} is not the Provider named {name!r}")
    return found


def load_all() -> list[type[Provider]]:
    """Every registered provider class, in mount order."""
    return [load(name) for name in REGISTERED]
