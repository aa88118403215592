"""Everything the emulator holds while it runs: settings, store, clock, providers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .faults import Faults
from .outbound import Outbound, OutboundPolicy
from .providers import PROVIDERS, Provider
from .store import Store

logger = logging.getLogger(__name__)

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


_CATCH_UP_PER_TICK = 5_000
"""Rowids each trigram table takes per tick: far more than a tick's worth of sends at any rate seen here,
and a bound on how long one tick holds the loop (what was in the file at the start is caught up then)."""


class EmulatorState:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = Store(settings.db_path)
        self.clock = Clock(self.store)
        self.outbound = Outbound(self.store, self.clock, settings.outbound)
        self.faults = Faults(self)
        self.providers: dict[str, Provider] = {cls.name: cls(self) for cls in PROVIDERS}
        with self.store.transaction():
            for provider in self.providers.values():
                if not self.store.has_any(provider.name):  # a state file keeps what it holds: no re-seeding
                    provider.seed()
        self._tick_lock = asyncio.Lock()

    @property
    def limits_enforced(self) -> bool:
        """Whether providers enforce their documented rate limits (on unless relaxed via ``/_emulator/limits``)."""
        return self.store.setting(_LIMITS_KEY, "1") == "1"

    def enforce_limits(self, enforced: bool) -> None:
        """Turn the providers' rate limits on or off; a full reset turns them back on."""
        self.store.set_setting(_LIMITS_KEY, "1" if enforced else "0")

    def provider_for_path(self, path: str) -> Provider | None:
        for provider in self.providers.values():
            if path == provider.prefix or path.startswith(provider.prefix + "/"):
                return provider
        return None

    def reset(self, provider: str | None = None) -> None:
        """Forget what users created and start from the seeded state again."""
        with self.store.transaction():
            self.store.clear(provider)
            for name, each in self.providers.items():
                if provider is None or provider == name:
                    each.seed()

    async def tick(self) -> None:
        """Let every provider do the work that fell due; one tick at a time, so nothing is done twice."""
        async with self._tick_lock:
            for provider in self.providers.values():
                await provider.tick()  # each step of a tick is a store transaction of its own
            # The trigram tables take what was stored since, in one segment each; a bulk load in steps.
            self.store.catch_up(most=_CATCH_UP_PER_TICK)

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Any) -> AsyncIterator[None]:
        task = asyncio.create_task(self._tick_forever())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await self.outbound.aclose()
            if self.settings.db_path:
                self.store.close()  # releases the file's lock: the next emulator on it may start at once

    async def _tick_forever(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:  # a failing tick must not stop the next one
                logger.exception("background tick failed")
            await asyncio.sleep(self.settings.tick_interval)
