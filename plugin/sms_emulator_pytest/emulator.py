"""A handle on a running emulator: its URLs and the control calls a test needs."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .outbox import Outbox

PREFIXES = {"tyntec": "/tyntec", "bytehand": "/bytehand/v2", "jomobile": "/jomobile", "smsc": "/smsc"}
"""Each provider's base path on the emulator (what its client's base URL ends in)."""


@dataclass(frozen=True)
class Emulator:
    url: str
    """The emulator's base URL, e.g. ``http://127.0.0.1:40123``; the inbox is served here."""

    def base_url(self, provider: str) -> str:
        """What to pass as ``base_url`` to ``sms_clients.<provider>.connect``."""
        return self.url + PREFIXES[provider]

    @property
    def outbox(self) -> Outbox:
        return Outbox(self.url)

    def reset(self) -> None:
        """Back to the demo data: forget what was sent and created, disarm faults, put the clock back."""
        httpx.post(f"{self.url}/_emulator/reset", timeout=30).raise_for_status()

    def advance(self, seconds: float) -> None:
        """Move the emulated clock forward; scheduled sends, delivery states and expiry follow."""
        httpx.post(f"{self.url}/_emulator/clock", json={"advanceSeconds": seconds}, timeout=30).raise_for_status()
