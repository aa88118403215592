"""Jo Mobile's date and time formats: ``2023-02-12``, ``22:30``, ``2023-02-12 00:00:00``.

All are read as UTC. The spec's patterns already guarantee the digits are in
range (month 01-12, day 01-31, hour 00-23); a day past the end of its month
(31 February) rolls over into the next month instead of failing, so a date
the spec accepts is never refused here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

STAMP = "%Y-%m-%d %H:%M:%S"


def parse_date(text: str) -> date:
    year, month, day = (int(part) for part in text.split("-"))
    return date(year, month, 1) + timedelta(days=day - 1)


def parse_time(text: str) -> time:
    """``HH:MM``, or ``HH:MM:SS`` as the vendor's README writes it."""
    hour, minute, *second = (int(part) for part in text.split(":"))
    return time(hour, minute, second[0] if second else 0)


def parse_stamp(text: str) -> datetime:
    day, clock = text.split(" ")
    hour, minute, second = (int(part) for part in clock.split(":"))
    return datetime.combine(parse_date(day), time(hour, minute, second), tzinfo=UTC)


def parse_period(text: str) -> tuple[datetime, datetime]:
    """``start - end`` (both included) as two moments."""
    start, end = text.split(" - ")
    return parse_stamp(start), parse_stamp(end)


def at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=UTC)


def stamp(moment: datetime) -> str:
    """A moment as the API writes it: ``2023-02-12 10:00:00`` (UTC)."""
    return moment.astimezone(UTC).strftime(STAMP)
