"""Jo Mobile's ``/v1/sms-full-data`` filters over 100,000 stored messages agree with the Python filter.

Nothing is timed here (``make bench`` measures speed): the SQL look-up must
return exactly what ``Search.apply`` returns over the same records.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from sms_emulator.core.store import Store
from sms_emulator.providers.jomobile import search

SIZE = 100_000
NOW = datetime(2026, 6, 1, 12, 0, 0, 250_000, tzinfo=UTC)
_START = int(NOW.timestamp()) - 10 * 86_400  # ten days back: the default search covers the last seven


def _stamp(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def record(number: int, login: str) -> dict[str, Any]:
    created = _START + number * 864_000 // SIZE
    return {
        "id_base": number + 1,
        "login": login,
        "phone": f"38067{number % 2000:07d}",
        "sender": "ACME" if number % 4 else "SHOP",
        "text": f"message {number}",
        "type_sms": "SMS" if number % 9 else "HLR",
        "MCC": 255 if number % 5 else 250,
        "MNC": number % 3 + 1,
        "country": "UA",
        "operator": "Kyivstar",
        "parts": 1,
        "price": "0.0200",
        "url": None,
        "createdAt": _stamp(created),
        "dueAt": _stamp(created),
        "finalAt": _stamp(created + 2),
        "expiresAt": _stamp(created + 86_400),
        "lifetime": 1440,
        "delivery": True,
        "outcome": "DELIVERED",
        "id_group": None,
    }


@pytest.fixture(scope="module")
def loaded() -> tuple[Store, list[dict[str, Any]]]:
    store = Store()
    records = [record(number, "alice") for number in range(SIZE)]
    others = [{**record(number, "bob"), "id_base": SIZE + number + 1} for number in range(100)]
    store.put_many("jomobile", "message", ((str(doc["id_base"]), doc) for doc in records + others))
    store.make_searchable([search.SEARCHABLE])
    return store, records


@pytest.mark.parametrize(
    "wanted",
    [
        search.Search(phones=frozenset({"380670000042", "380670001999"})),
        search.Search(ids=frozenset({5, 99_999, SIZE + 3}), limit=2),
        search.Search(mcc=250, mnc=1, sender="SHOP", type="HLR", limit=30),
        search.Search(period=(datetime(2026, 5, 25, 0, 0, 0, tzinfo=UTC), datetime(2026, 5, 25, 0, 30, 0, tzinfo=UTC))),
    ],
)
def test_filters_agree_with_the_python_filter(
    loaded: tuple[Store, list[dict[str, Any]]], wanted: search.Search
) -> None:
    store, records = loaded
    expected = wanted.apply(records, NOW)
    assert expected, "the test data should hold matches"
    assert wanted.find(store, "alice", NOW) == expected
