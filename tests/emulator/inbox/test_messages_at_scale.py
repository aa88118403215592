"""``/_emulator/messages``'s filters over 100,000 stored messages agree with the plain Python filter.

Nothing is timed here (``make bench`` measures speed). ``find_messages`` asks
each provider's SQL for a bounded page; the oracle is what ``find_messages``
did before: build every provider's views in Python, filter, sort, cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from benchmarks import inbox_data as inbox_bulk
from sms_emulator import Settings
from sms_emulator.core.message_view import MessageView
from sms_emulator.core.runtime import Runtime
from sms_emulator.inbox.query import MessageQuery, find_messages
from sms_emulator.providers import registry
from sms_emulator.providers.mounted import MountedProviders

SIZE = 100_000
NOW = datetime(2026, 6, 1, 12, 0, 0, 250_000, tzinfo=UTC)


def written(digits: str) -> str:
    """A number as a person writes it (``+7 (916) 123-45-67``): the filter compares digits only."""
    return f"+{digits[:1]} ({digits[1:4]}) {digits[4:7]}-{digits[7:9]}-{digits[9:]}"


@pytest.fixture(scope="module")
def loaded() -> Iterator[tuple[MountedProviders, dict[str, list[MessageView]]]]:
    providers = MountedProviders(Runtime(Settings()), registry.load_all())
    runtime = providers.runtime
    runtime.clock.now = lambda: NOW  # type: ignore[method-assign]  # one moment for SQL and oracle alike
    inbox_bulk.load(runtime.store, SIZE, NOW)
    views = {provider.name: provider.inbox_views(NOW) for provider in providers}
    assert sum(len(each) for each in views.values()) >= SIZE * 9 // 10
    yield providers, views
    runtime.store.close()


def python_answer(views: dict[str, list[MessageView]], query: MessageQuery) -> list[MessageView]:
    """The inbox's filter as plain Python over every view (what ``find_messages`` did before SQL)."""
    found = [view for name, each in views.items() for view in each if query.matches(view)]
    order = sorted(range(len(found)), key=lambda index: (found[index].submitted_at, index), reverse=query.newest_first)
    ordered = [found[index] for index in order]
    return ordered if query.limit is None else ordered[: query.limit]


@pytest.mark.parametrize(
    "query",
    [
        MessageQuery(limit=25),
        MessageQuery(limit=25, newest_first=False),
        MessageQuery(limit=3, provider="smsc"),
        MessageQuery(limit=4, provider="smsc", newest_first=False),
        MessageQuery(to=written(inbox_bulk.number(1742))),
        MessageQuery(to=inbox_bulk.number(1742 + 700), provider="smsc", newest_first=False),
        MessageQuery(state="queued", limit=60),
        MessageQuery(state="expired", provider="jomobile", limit=40),
        MessageQuery(state="failed", to=written(inbox_bulk.number(74))),
        MessageQuery(state="expired", provider="tyntec"),
        MessageQuery(text="NEEDLE"),
        MessageQuery(text="shop", limit=30, newest_first=False),
        MessageQuery(text="deliv", limit=7),
        MessageQuery(text="smsc-10", limit=5),
        MessageQuery(text="1000042"),
        MessageQuery(text="Code 00", provider="smsc", limit=15),
        MessageQuery(text="79160", state="delivered", limit=50, newest_first=False),
    ],
    ids=repr,
)
def test_sql_answer_equals_the_python_filter(
    loaded: tuple[MountedProviders, dict[str, list[MessageView]]], query: MessageQuery
) -> None:
    providers, views = loaded
    expected = python_answer(views, query)
    assert expected, "the test data should hold matches"
    assert [view.key for view in find_messages(providers, query)] == [view.key for view in expected]
