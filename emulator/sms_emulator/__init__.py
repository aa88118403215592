"""A local, stateful emulator of the tyntec, BYTEHAND, Jo Mobile and SMSC APIs.

Each provider is served from its OpenAPI spec under its own prefix on one
server; ``create_app()`` builds the ASGI app, ``sms-emulator`` (or
``python -m sms_emulator``) runs it. The layers: ``core/`` (state and shared
mechanisms, no HTTP, no provider), ``http/`` (connexion and ASGI),
``providers/`` (one package per provider, found through ``providers/registry.py``),
``inbox/`` (the web inbox), ``control/`` (``/_emulator``); ``app.py`` puts
them together.

The emulator's own dependencies (connexion, uvicorn, PyYAML) come with the
``[emulator]`` extra of ``sms-clients``. They are imported on first use of
``create_app`` or ``Settings``, so that ``sms-emulator --version`` works and a
missing extra ends in one clear error naming it rather than a bare
``No module named 'connexion'``.
"""

from __future__ import annotations

import importlib.util
import warnings
from typing import TYPE_CHECKING, Any

# connexion imports starlette's test client at start-up, which warns about httpx; it is not used here.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
# connexion 3.3 imports jsonschema names that jsonschema deprecates; nothing a user of the emulator can act on.
warnings.filterwarnings("ignore", message="jsonschema.RefResolver is deprecated", category=DeprecationWarning)
warnings.filterwarnings("ignore", message="jsonschema.exceptions.RefResolutionError is deprecated")

if TYPE_CHECKING:
    from .app import create_app
    from .core.runtime import Settings

EXTRA_MODULES = ("connexion", "uvicorn", "yaml")
"""What the ``[emulator]`` extra installs, by import name."""

INSTALL_HINT = "pip install 'sms-clients[emulator]'"


class MissingEmulatorExtra(ModuleNotFoundError):
    """The emulator's dependencies are not installed: the ``[emulator]`` extra was left out."""


def missing_modules() -> list[str]:
    """The import names of the ``[emulator]`` extra's packages that are not installed."""
    return [name for name in EXTRA_MODULES if importlib.util.find_spec(name) is None]


def require_extra() -> None:
    """Raise MissingEmulatorExtra naming the extra when its packages are missing."""
    missing = missing_modules()
    if missing:
        raise MissingEmulatorExtra(
            f"the SMS emulator needs the [emulator] extra ({', '.join(missing)} missing): {INSTALL_HINT}",
            name=missing[0],
        )


def __getattr__(name: str) -> Any:
    if name == "create_app":
        require_extra()
        from .app import create_app

        return create_app
    if name == "Settings":
        require_extra()
        from .core.runtime import Settings

        return Settings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["INSTALL_HINT", "MissingEmulatorExtra", "Settings", "create_app", "missing_modules", "require_extra"]
