"""tyntec's phone book with 100,000 numbers: look-ups and pages agree with a Python filter.

Nothing is timed here (``make bench`` measures speed).
"""

from __future__ import annotations

from typing import Any

import pytest

from sms_emulator.core.store import Store
from sms_emulator.providers.tyntec import search

SIZE = 100_000


def entry(number: int, account: str) -> dict[str, Any]:
    return {
        "requestId": f"request-{number // 50}",
        "accountId": account,
        "contactId": f"contact-{number % 7}",
        "createdAt": "2026-06-01T12:00:00Z",
        "phoneNumber": f"+4917{number:08d}",
        "country": "DE",
    }


@pytest.fixture(scope="module")
def loaded() -> tuple[Store, list[dict[str, Any]]]:
    store = Store()
    entries = [entry(number, "acme") for number in range(SIZE)] + [entry(number, "other") for number in range(100)]
    store.put_many("tyntec", "number", ((f"{doc['accountId']}:{doc['phoneNumber']}", doc) for doc in entries))
    store.make_searchable([search.SEARCHABLE])
    return store, entries


@pytest.mark.parametrize(
    "equal",
    [
        {"phoneNumber": "+491700054321"},
        {"phoneNumber": "+491700000007"},
        {"requestId": "request-1234"},
        {"requestId": "request-1234", "contactId": "contact-3"},
        {"contactId": "contact-5", "requestId": None},
    ],
)
def test_look_ups_agree_with_a_python_filter(loaded: tuple[Store, list[dict[str, Any]]], equal: dict[str, Any]) -> None:
    store, entries = loaded
    wanted = {name: value for name, value in equal.items() if value is not None}
    expected = [
        doc
        for doc in entries
        if doc["accountId"] == "acme" and all(doc[name] == value for name, value in wanted.items())
    ]
    assert expected
    assert search.entries(store, "acme", **equal) == expected
    if len(expected) > 10:
        pages = [search.entries(store, "acme", offset=start, limit=10, **equal) for start in range(0, 30, 10)]
        assert [doc for page in pages for doc in page] == expected[:30]


def test_the_whole_book_pages_in_registration_order(loaded: tuple[Store, list[dict[str, Any]]]) -> None:
    store, entries = loaded
    assert search.entries(store, "acme", offset=99_990, limit=3000) == entries[99_990:SIZE]
    assert len(search.entries(store, "acme")) == SIZE
