"""The emulator's settings, and the runtime every provider is given: all it may use of the emulator.

``Runtime`` holds the store, the clock, the outbound client, the delivery
delay and the switch for the providers' rate limits. A provider receives it
and nothing else (no other provider, no HTTP app), so what a provider can
touch is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clock import Clock
from .outbound import Outbound, OutboundPolicy
from .store import Store

_LIMITS_KEY = "limits.enforced"


@dataclass(frozen=True)
class Settings:
    db_path: str | None = None
    """SQLite file for the state; None keeps it in memory."""
    delivery_delay: float = 2.0
    """Seconds of emulated time between a message leaving and its final delivery state."""
    tick_interval: float = 0.2
    """How often due work (delivery reports) is looked for, in real seconds."""
    outbound: OutboundPolicy = field(default_factory=OutboundPolicy)


class Runtime:
    """The store, the clock, the outbound client, the delivery delay and the rate-limit switch of one emulator."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        self.clock = Clock(self.store)
        self.outbound = Outbound(self.store, self.clock, settings.outbound)

    @property
    def delivery_delay(self) -> float:
        """Seconds of emulated time between a message leaving and its final delivery state."""
        return self.settings.delivery_delay

    @property
    def limits_enforced(self) -> bool:
        """Whether providers enforce their documented rate limits (on unless relaxed via ``/_emulator/limits``)."""
        return self.store.setting(_LIMITS_KEY, "1") == "1"

    def enforce_limits(self, enforced: bool) -> None:
        """Turn the providers' rate limits on or off; a full reset turns them back on."""
        self.store.set_setting(_LIMITS_KEY, "1" if enforced else "0")

    async def aclose(self) -> None:
        """Close the outbound client, and the store when it is a file (which releases the file's lock)."""
        await self.outbound.aclose()
        if self.settings.db_path:
            self.store.close()  # the next emulator on the file may start at once
