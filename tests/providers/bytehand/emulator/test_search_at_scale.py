"""BYTEHAND's message searches over 100,000 stored messages give the answers the Python filter gives.

Nothing here is timed (``make bench`` measures speed); this checks that the
indexes, the trigram table and the SQL for derived fields (a message's
``state`` moves with the clock) stay right at the size a long-running
sandbox reaches: counts equal what paging returns, and every query agrees
with a plain Python filter over the same messages.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from sms_emulator.core.store import Store
from sms_emulator.providers.bytehand import messages
from sms_emulator.providers.bytehand.search import language, sql

SIZE = 100_000
USER, OTHER = 7, 8
NOW = datetime(2026, 6, 1, 12, 0, 0, 500_000, tzinfo=UTC)
DELAY = 2.0
_START = int(NOW.timestamp()) - SIZE
WORDS = ["code", "order", "delivery", "Привет", "reminder"]


def message(number: int, user: int) -> dict[str, Any]:
    """A varied message: receivers and texts mostly unique, every state reached at ``NOW``."""
    created = _START + number
    release = created + (number % 7) * 30_000
    return {
        "id": str(10**17 + number),
        "sender": "SMS-INFO" if number % 3 else "ACME",
        "receiver": f"+7916{number:07d}",
        "text": f"{WORDS[number % 5]} {number * 7919 % 1_000_003}",
        "parts": 1 + number % 3,
        "encoding": "GSM7",
        "cost": round(0.5 * (1 + number % 9), 2),
        "currency": "RUB",
        "country": "RU" if number % 4 else "KZ",
        "operator": "MTS",
        "created_at": _stamp(created),
        **({"campaign_id": f"c{number % 1000}"} if number % 10 == 0 else {}),
        "_user": user,
        "_release_at": _stamp(release),
        "_outcome": ("DELIVERED", "UNDELIVERED", "REJECTED")[number % 3],
        "_stopped": number % 11 == 0,
    }


def _stamp(seconds: int) -> str:
    """``clock.isoformat`` of a moment in whole seconds, quicker (100,000 of them are made)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


@pytest.fixture(scope="module")
def loaded() -> tuple[Store, list[dict[str, Any]]]:
    store = Store()
    docs = [message(number, USER) for number in range(SIZE)] + [message(number, OTHER) for number in range(50)]
    for doc in docs[SIZE:]:
        doc["id"] = f"other-{doc['id']}"
    store.put_many("bytehand", "message", ((doc["id"], doc) for doc in docs))
    store.make_searchable([messages.SEARCHABLE])  # indexes and trigram table built over what is stored
    views = [messages.view(doc, NOW, DELAY) for doc in reversed(docs[:SIZE])]  # newest first, as listed
    return store, views


def view() -> sql.View:
    return messages.search_view(USER, NOW, DELAY)


@pytest.mark.parametrize(
    "query",
    [
        "receiver == +79160054321",
        "text =~ 'ORDER 4'",
        "text =~ 'привет 99'",
        "campaign_id == c420",
        "state == NEW and country == KZ and parts == 2",
        "state == STOPPED and cost >= 4.5 or receiver == +79160000003",
        "error_code == 403 and text =~ reminder and cost <= 1.5",
        "done_at == 2026-06-01T11:50:02Z",
    ],
)
def test_queries_agree_with_a_python_filter(loaded: tuple[Store, list[dict[str, Any]]], query: str) -> None:
    store, views = loaded
    expected = [doc["id"] for doc in language.search(views, query)]
    assert expected, f"{query} should match something in the test data"
    assert [doc["id"] for doc in sql.matching(store, view(), query)] == expected
    assert sql.count(store, view(), query) == len(expected)


def test_counts_equal_what_paging_returns(loaded: tuple[Store, list[dict[str, Any]]]) -> None:
    store, _views = loaded
    query = "state == SENT or campaign_id == c40 or text =~ 'delivery 12'"
    total = sql.count(store, view(), query)
    paged = [
        doc["id"] for page in range(1, total // 100 + 2) for doc in sql.page(store, view(), query, None, page, 100)
    ]
    assert 100 < total == len(paged) == len(set(paged))


@pytest.mark.parametrize("sort", ["-created_at", "cost,-receiver", "-state"])
def test_first_pages_sorted_agree_with_a_python_sort(loaded: tuple[Store, list[dict[str, Any]]], sort: str) -> None:
    store, views = loaded
    expected = [doc["id"] for doc in language.page_of(language.sort(views, sort), 3, 20)]
    assert [doc["id"] for doc in sql.page(store, view(), None, sort, 3, 20)] == expected


def test_whole_kind_counts(loaded: tuple[Store, list[dict[str, Any]]]) -> None:
    store, views = loaded
    assert sql.count(store, view(), None) == SIZE
    delivered = sum(1 for each in views if each["state"] == "DELIVERED")
    assert sql.count(store, view(), "state == DELIVERED") == delivered > SIZE // 20
