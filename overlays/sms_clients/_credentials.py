"""Where credentials and base URLs come from: an argument, else an environment variable."""

from __future__ import annotations

import os

from .errors import MissingCredential


def credential(provider: str, argument: str, value: str | None, variable: str) -> str:
    """``value`` if given, else ``$variable``; raises MissingCredential naming both when neither is set."""
    found = value if value is not None else os.environ.get(variable)
    if not found:
        raise MissingCredential(provider, argument, variable)
    return found


def setting(value: str | None, variable: str, default: str) -> str:
    """``value`` if given, else ``$variable``, else ``default``."""
    return value or os.environ.get(variable) or default
