"""Sent messages of every provider, made straight as stored documents (for the inbox at scale).

100,000 sends through the API would take minutes; ``load`` writes documents
shaped the way each provider stores a sent message, in seconds, for the
inbox's correctness test at scale and ``make bench``. The messages spread over
the ten days before ``now``, a few still due or submitted after ``now`` (as if
the clock had been moved back), with every outcome each provider knows: a
number ending in 403 or 404 fails, some Jo Mobile and tyntec messages expire.
SMSC requests go to two or three numbers each.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sms_emulator.core.store import Document, Store

PROVIDERS = ("bytehand", "jomobile", "smsc", "tyntec")
SPREAD = timedelta(days=10)


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


DISTINCT_NUMBERS = 20_000
"""How many recipients there are: with 100,000 messages a number has a handful of them, with 100 one."""


def number(n: int) -> str:
    """The recipient of message ``n`` (digits), spread as real numbers are; every 37th ends in 403 and fails."""
    digits = (n % DISTINCT_NUMBERS) * 7919 % 10_000_000
    return f"7916{digits:07d}" if n % 37 else f"7916{digits % 10_000:04d}403"


def _moment(n: int, size: int, now: datetime) -> datetime:
    """Spread over the ten days before ``now``; every 97th a little ahead of it; pairs share a second."""
    if n % 97 == 0:
        return now + timedelta(seconds=n % 300)
    return now - SPREAD + SPREAD * ((n // 2) * 2) / size


def _text(n: int) -> str:
    return f"Code {n * 7919 % 1_000_003:07d}" + (" needle" if n % 1000 == 1 else "")


def bytehand(n: int, size: int, now: datetime) -> tuple[str, Document]:
    created = _moment(n, size, now)
    release = created + timedelta(minutes=30) if n % 50 == 3 else created
    return str(10**17 + n), {
        "id": str(10**17 + n),
        "sender": "SHOP" if n % 10 == 0 else "SMS-INFO",
        "receiver": f"+{number(n)}",
        "text": _text(n),
        "parts": 1,
        "encoding": "GSM7",
        "cost": 1.5,
        "currency": "RUB",
        "created_at": _z(created),
        "_user": 1 + n % 3,
        "_release_at": _z(release),
        "_outcome": "UNDELIVERED" if number(n).endswith("403") else "DELIVERED",
        "_stopped": n % 71 == 5,
    }


def jomobile(n: int, size: int, now: datetime) -> tuple[str, Document]:
    created = _moment(n, size, now)
    due = created + timedelta(hours=1) if n % 50 == 3 else created
    lifetime = 30 if n % 13 == 0 else 1440
    phone = number(n) if n % 11 else f"3806700{n % 1000:03d}408"
    return str(10**6 + n), {
        "id_base": 10**6 + n,
        "login": "alice" if n % 2 else "bob",
        "phone": phone,
        "sender": "SHOP" if n % 10 == 0 else "ACME",
        "text": _text(n),
        "type_sms": "SMS",
        "MCC": 255,
        "MNC": 3,
        "country": "UA",
        "operator": "Kyivstar",
        "parts": 1,
        "price": "0.0200",
        "url": None,
        "createdAt": _z(created),
        "dueAt": _z(due),
        "finalAt": _z(due + timedelta(seconds=2)),
        "expiresAt": _z(created + timedelta(minutes=lifetime)),
        "lifetime": lifetime,
        "delivery": n % 7 != 0,
        "outcome": "UNREACHABLE" if phone.endswith("408") else "DELIVERED",
        "id_group": None,
    }


def tyntec(n: int, size: int, now: datetime) -> tuple[str, Document]:
    created = _moment(n, size, now)
    due = created + timedelta(hours=2) if n % 50 == 3 else created
    phone = f"+{number(n)}" if n % 19 else f"+{number(n)[:-3]}404"
    expires = created + timedelta(hours=1) if n % 50 == 3 and n % 100 == 3 else None
    return f"req-{n}", {
        "requestId": f"req-{n}",
        "account": "demo",
        "href": f"/tyntec/messages/v1/messages/req-{n}",
        "request": {"to": phone, "from": "ACME", "message": _text(n)},
        "to": phone,
        "from": "SHOP" if n % 10 == 0 else "ACME",
        "message": _text(n),
        "encoding": "GSM",
        "flash": False,
        "parts": [_text(n)],
        "submitDate": _z(created),
        "dueAt": _z(due),
        "deliverAt": _z(due + timedelta(seconds=2)),
        "expiresAt": None if expires is None else _z(expires),
        "outcome": {"403": "REJECTED", "404": "UNDELIVERABLE"}.get(phone[-3:], "DELIVERED"),
        "errorCode": None,
        "errorReason": None,
        "mccmnc": "25001",
        "ttid": "25010",
        "price": "0.0290",
        "conversions": [],
        "reported": None,
    }


def smsc(n: int, size: int, now: datetime) -> tuple[str, Document]:
    """One request to two or three numbers (``size`` counts requests, not recipients)."""
    created = _moment(n, size, now).replace(microsecond=(n * 7919) % 1_000_000 if n % 5 else 0)
    due = created + timedelta(minutes=20) if n % 50 == 3 else created
    phones = list(dict.fromkeys(number(n + step * 700) for step in range(2 + n % 2)))
    return str(n + 1), {
        "key": str(n + 1),
        "id": 1001 + n // 3,
        "account": "demo",
        "phones": phones,
        "sender": "SHOP" if n % 10 == 0 else "SMSC.RU",
        "text": _text(n),
        "parts": 1,
        "cost": "3.60",
        "submitted": created.isoformat(),
        "due": due.isoformat(),
        "purpose": "sms",
    }


_MAKERS = {"bytehand": bytehand, "jomobile": jomobile, "smsc": smsc, "tyntec": tyntec}


def load(store: Store, size: int, now: datetime, chunk: int = 10_000) -> None:
    """About ``size`` recipients' messages split evenly over the four providers, in chunks of ``chunk``."""
    share = size // len(PROVIDERS)
    for provider, make in _MAKERS.items():
        count = share * 2 // 5 if provider == "smsc" else share  # 2.5 recipients per request on average
        for first in range(0, count, chunk):
            store.put_many(provider, "message", _documents(make, range(first, min(first + chunk, count)), count, now))


def _documents(make: Any, numbers: range, size: int, now: datetime) -> Iterator[tuple[str, Document]]:
    for n in numbers:
        yield make(n, size, now)
