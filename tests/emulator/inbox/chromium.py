"""Launching Debian's chromium with Playwright, for the inbox's browser tests and ``make screenshot``.

Playwright drives the system's chromium (``apt-get install chromium``; the
Makefile does it) rather than a browser build of its own, which needs a
download these machines cannot make. Without the browser this fails loudly.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
)


class BrowserMissing(RuntimeError):
    """The system chromium is not installed: ``make browser`` (or ``apt-get install chromium``) installs it."""


def executable() -> str:
    if CHROMIUM.exists():
        return str(CHROMIUM)
    found = shutil.which("chromium")
    if found is None:
        raise BrowserMissing(f"{CHROMIUM} not found: run `make browser` (apt-get install chromium) as root")
    return found


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=executable(), headless=True, args=list(ARGS))
