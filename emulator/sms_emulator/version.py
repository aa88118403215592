"""The emulator's version: that of the ``sms-clients`` distribution it ships in."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    """The installed version of ``sms-clients``; ``0+unknown`` in a source tree that was never installed."""
    try:
        return version("sms-clients")
    except PackageNotFoundError:
        return "0+unknown"
