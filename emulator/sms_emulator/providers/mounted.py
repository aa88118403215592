"""The providers one emulator serves, each given the runtime: seeded, reset, found by path, ticked.

The app mounts them in this order (``registry.py`` names them), the control
API and the inbox read them by name, and the background tick lets each do the
work that falls due as the clock moves (delivery reports, deposits).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from ..core.runtime import Runtime
from .base import Provider

logger = logging.getLogger(__name__)

_CATCH_UP_PER_TICK = 5_000
"""Rowids each trigram table takes per tick: far more than a tick's worth of sends at any rate seen here,
and a bound on how long one tick holds the loop (what was in the file at the start is caught up then)."""


class MountedProviders:
    """Every provider of one emulator by name, in mount order, over one ``Runtime``."""

    def __init__(self, runtime: Runtime, classes: Iterable[type[Provider]]) -> None:
        self.runtime = runtime
        self._by_name: dict[str, Provider] = {cls.name: cls(runtime) for cls in classes}
        store = runtime.store
        with store.transaction():
            for provider in self:
                if not store.has_any(provider.name):  # a state file keeps what it holds: no re-seeding
                    provider.seed()
        self._tick_lock = asyncio.Lock()

    def __iter__(self) -> Iterator[Provider]:
        return iter(self._by_name.values())

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __getitem__(self, name: str) -> Provider:
        return self._by_name[name]

    @property
    def names(self) -> list[str]:
        return list(self._by_name)

    def get(self, name: str) -> Provider | None:
        return self._by_name.get(name)

    def for_path(self, path: str) -> Provider | None:
        """The provider serving ``path``, or None (the control API, the inbox, an unknown path)."""
        for provider in self:
            if path == provider.prefix or path.startswith(provider.prefix + "/"):
                return provider
        return None

    def reset(self, name: str | None = None) -> None:
        """Forget what users created (of one provider, or of all) and start from the seeded state again."""
        store = self.runtime.store
        with store.transaction():
            store.clear(name)
            for provider in self:
                if name is None or provider.name == name:
                    provider.seed()

    async def tick(self) -> None:
        """Let every provider do the work that fell due; one tick at a time, so nothing is done twice."""
        async with self._tick_lock:
            for provider in self:
                await provider.tick()  # each step of a tick is a store transaction of its own
            # The trigram tables take what was stored since, in one segment each; a bulk load in steps.
            self.runtime.store.catch_up(most=_CATCH_UP_PER_TICK)

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Any) -> AsyncIterator[None]:
        """While the app serves, tick every ``tick_interval`` seconds; then close the runtime."""
        task = asyncio.create_task(self._tick_forever())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await self.runtime.aclose()

    async def _tick_forever(self) -> None:
        while True:
            try:
                await self.tick()
            except Exception:  # a failing tick must not stop the next one
                logger.exception("background tick failed")
            await asyncio.sleep(self.runtime.settings.tick_interval)
