"""The emulator's clock: real time plus an offset that tests and users can move.

Scheduled sends, validity periods, token expiry and delivery states all read
this clock, so moving it forward (``POST /_emulator/clock``) makes hours pass
in an instant. The offset is kept in the store and survives a restart.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .store import Store

_OFFSET_KEY = "clock.offset_seconds"


class Clock:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def offset(self) -> timedelta:
        return timedelta(seconds=float(self._store.setting(_OFFSET_KEY, "0") or 0))

    def now(self) -> datetime:
        """The emulated current time, always timezone-aware UTC."""
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> datetime:
        """Move the clock forward (or back, with a negative value) and return the new time."""
        self._store.set_setting(_OFFSET_KEY, repr(self.offset.total_seconds() + seconds))
        return self.now()

    def set(self, moment: datetime) -> datetime:
        """Make ``moment`` the current time; the clock keeps running from there."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        self._store.set_setting(_OFFSET_KEY, repr((moment - datetime.now(UTC)).total_seconds()))
        return self.now()


def isoformat(moment: datetime) -> str:
    """RFC 3339 text for a UTC moment, with whole seconds and a ``Z``."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
