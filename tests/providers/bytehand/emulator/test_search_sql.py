"""The SQL reading of BYTEHAND's search language agrees with the Python one on any documents.

``search.language`` (Python, one document at a time) is the reference: these tests
store documents whose fields hold every kind of JSON value (numbers, text
that looks like numbers or booleans, booleans, lists, objects, null, nothing),
run random queries, sorts and pages through ``search.sql`` and through
``search.language`` over the same documents, and require the same answer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sms_emulator.core import sql_index
from sms_emulator.core.store import Store
from sms_emulator.providers.bytehand import ledger as bytehand_ledger
from sms_emulator.providers.bytehand.search import language, sql

SEARCHABLE = sql_index.Searchable(
    "test", "thing", indexed=(("_list",), ("_list", "a"), ("_list", "name")), text=("name",), tally="_list"
)
FIELDS = ("a", "b", "name", "_list")
"""``a`` and ``name`` have indexes, ``b`` does not, ``_list`` is internal (never visible to a search)."""

WORDS = ["5", "2.5", "-1", "1e0", "true", "false", "null", "abc", "ABC", "a", "ss", "ß", "Straße", "", "inf", "nan"]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 6),
    st.sampled_from([2.5, -1.0, 5.0, 1e20, 0.1]),
    st.sampled_from(WORDS),
    st.text(alphabet="abcSSß5 ", max_size=6),
)
values = st.one_of(scalars, st.lists(scalars, max_size=3), st.dictionaries(st.sampled_from(["k", "x"]), scalars))


@st.composite
def documents(draw: st.DrawFn) -> list[dict[str, Any]]:
    found = []
    for number in range(draw(st.integers(0, 12))):
        doc: dict[str, Any] = {"id": number, "_list": draw(st.sampled_from([1, 1, 1, 2]))}
        for name in FIELDS[:3]:
            if draw(st.booleans()):
                doc[name] = draw(values)
        found.append(doc)
    return found


@st.composite
def conditions(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from([*FIELDS, "id", "missing"]))
    op = draw(st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "=~"]))
    word = draw(st.one_of(st.sampled_from(WORDS), st.text(alphabet="abcSß5.", min_size=1, max_size=4)))
    quote = draw(st.sampled_from(["", "'", '"'])) if word else "'"
    if not quote and (not word or any(char in word for char in " '\"")):
        quote = "'"
    return f"{name} {op} {quote}{word}{quote}"


@st.composite
def queries(draw: st.DrawFn) -> str:
    parts = draw(st.lists(conditions(), max_size=3))
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined += f" {draw(st.sampled_from(['and', 'or']))} {part}"
    return joined


sorts = st.lists(st.tuples(st.sampled_from(["a", "b", "name", "id", "_list"]), st.booleans()), max_size=2).map(
    lambda keys: ",".join(("-" if descending else "") + name for name, descending in keys) or None
)


_STORE = Store()
_STORE.make_searchable([SEARCHABLE])


def stored(docs: list[dict[str, Any]]) -> Store:
    """The shared store (making one costs more than a hypothesis example), holding just ``docs``."""
    store = _STORE
    store.clear()
    for doc in docs:
        store.put("test", "thing", str(doc["id"]), doc)
    return store


def python_views(docs: list[dict[str, Any]], newest_first: bool) -> list[dict[str, Any]]:
    """What the Python search saw: the list's documents without internal fields, in the listing order."""
    shown = [{k: v for k, v in doc.items() if not k.startswith("_")} for doc in docs if doc["_list"] == 1]
    return list(reversed(shown)) if newest_first else shown


EVERY_VALUE: list[Any] = [
    None,
    True,
    False,
    0,
    5,
    -1,
    2.5,
    5.0,
    1e20,
    0.1,
    "5",
    "2.5",
    "true",
    "false",
    "null",
    "abc",
    "ABC",
    "",
    "Straße",
    "STRASSE",
    "ss",
    ["a", 5, True],
    [],
    {"k": "ß"},
    {},
]


def test_every_condition_on_every_kind_of_value() -> None:
    """Each operator with each word, bare and quoted, on a field holding each kind of JSON value (or none)."""
    docs = [{"id": n, "_list": 1, "a": value, "b": value} for n, value in enumerate(EVERY_VALUE)]
    docs.append({"id": len(docs), "_list": 1})
    store = stored(docs)
    view = sql.View(SEARCHABLE, {"_list": 1})
    checked = 0
    for name in ("a", "b"):
        for op in ("==", "!=", "<", "<=", ">", ">=", "=~"):
            for word in WORDS:
                for quote in ("", "'"):
                    if not word and not quote:
                        continue
                    query = f"{name} {op} {quote}{word}{quote}"
                    expected = [doc["id"] for doc in language.search(python_views(docs, False), query)]
                    assert [doc["id"] for doc in sql.matching(store, view, query)] == expected, query
                    checked += 1
    assert checked > 400


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    docs=documents(), query=queries(), sort=sorts, page=st.integers(1, 3), size=st.integers(1, 5), newest=st.booleans()
)
def test_sql_and_python_searches_agree(
    docs: list[dict[str, Any]], query: str, sort: str | None, page: int, size: int, newest: bool
) -> None:
    store = stored(docs)
    view = sql.View(SEARCHABLE, {"_list": 1}, newest_first=newest)
    expected = language.search(python_views(docs, newest), query)
    assert sql.count(store, view, query) == len(expected), query
    assert [doc["id"] for doc in sql.matching(store, view, query)] == [doc["id"] for doc in expected], query
    window = language.page_of(language.sort(expected, sort), page, size)
    assert [doc["id"] for doc in sql.page(store, view, query, sort, page, size)] == [doc["id"] for doc in window], (
        query,
        sort,
    )


def test_contains_looks_through_the_trigram_table_and_decides_by_casefold() -> None:
    docs = [
        {"id": 1, "_list": 1, "name": "Große Straße"},
        {"id": 2, "_list": 1, "name": "STRASSE 5"},
        {"id": 3, "_list": 1, "name": "nothing here"},
        {"id": 4, "_list": 1, "name": ["big", "strasse"]},
        {"id": 5, "_list": 2, "name": "strasse elsewhere"},
    ]
    store = stored(docs)
    view = sql.View(SEARCHABLE, {"_list": 1})
    assert [doc["id"] for doc in sql.matching(store, view, "name =~ strasse")] == [1, 2, 4]
    assert [doc["id"] for doc in sql.matching(store, view, "name =~ 'SSE 5'")] == [2]
    store.put("test", "thing", "2", {"id": 2, "_list": 1, "name": "renamed"})
    store.delete("test", "thing", "1")
    assert [doc["id"] for doc in sql.matching(store, view, "name =~ strasse")] == [4]


def test_a_store_from_before_the_trigram_table_gets_it_filled() -> None:
    store = Store()
    store.put("test", "thing", "1", {"id": 1, "_list": 1, "name": "older than the index"})
    store.make_searchable([SEARCHABLE])
    assert _watermark(store) == _top(store)  # indexed when the store opened, not left to the ticks
    view = sql.View(SEARCHABLE, {"_list": 1})
    assert sql.count(store, view, "name =~ 'THAN THE'") == 1


def _watermark(store: Store) -> int:
    (row,) = store.select("SELECT upto FROM search_indexed WHERE name = ?", (SEARCHABLE.fts("name"),))
    return int(row[0])


def _top(store: Store) -> int:
    (row,) = store.select("SELECT max(rowid) FROM documents")
    return int(row[0])


def test_a_send_writes_no_trigram_row_and_the_next_search_catches_up() -> None:
    store = Store()
    store.make_searchable([SEARCHABLE])
    view = sql.View(SEARCHABLE, {"_list": 1})
    segments = f"SELECT count(*) FROM {SEARCHABLE.fts('name')}_data"  # noqa: S608 - a fixed table name
    (before,) = store.select(segments)
    for number in range(1, 4):
        store.put("test", "thing", str(number), {"id": number, "_list": 1, "name": f"fresh {number}"})
    assert store.select(segments) == [before]  # stored, not yet in the trigram table
    assert _watermark(store) < _top(store)
    assert sql.count(store, view, "name =~ fresh") == 3
    assert _watermark(store) == _top(store)
    assert store.catch_up() == 0  # nothing left for the tick


def test_the_tick_takes_a_bulk_load_in_bounded_steps_and_a_search_takes_the_rest() -> None:
    store = Store()
    store.make_searchable([SEARCHABLE])
    store.put_many("test", "thing", ((str(n), {"id": n, "_list": 1, "name": f"bulk {n}"}) for n in range(1, 26)))
    first = _watermark(store)
    assert store.catch_up(most=10) == 10
    assert _watermark(store) == first + 10
    assert store.catch_up(most=10) == 10
    view = sql.View(SEARCHABLE, {"_list": 1})
    assert sql.count(store, view, "name =~ bulk") == 25  # the search took the last five itself
    assert _watermark(store) == _top(store)


def test_documents_below_the_watermark_stay_exact_through_changes_deletes_and_reused_rowids() -> None:
    store = Store()
    store.make_searchable([SEARCHABLE])
    view = sql.View(SEARCHABLE, {"_list": 1})
    store.put("test", "thing", "1", {"id": 1, "_list": 1, "name": "alpha"})
    store.put("test", "thing", "2", {"id": 2, "_list": 1, "name": "bravo"})
    assert store.catch_up() == 2
    store.put("test", "thing", "1", {"id": 1, "_list": 1, "name": "charlie", "other": "changed"})
    store.put("test", "thing", "2", {"id": 2, "_list": 1, "name": "bravo", "other": "name unchanged"})
    store.delete("test", "thing", "2")  # the highest rowid: SQLite gives it to the next insert
    store.put("test", "thing", "3", {"id": 3, "_list": 1, "name": "delta"})
    assert _top(store) <= _watermark(store)  # the reused rowid was indexed by the trigger, not left behind
    found = {
        needle: [doc["id"] for doc in sql.matching(store, view, f"name =~ {needle}")]
        for needle in ("alpha", "bravo", "charlie", "delta")
    }
    assert found == {"alpha": [], "bravo": [], "charlie": [1], "delta": [3]}


def test_a_store_from_before_watermarks_is_taken_as_caught_up_and_gets_the_new_triggers(tmp_path: Path) -> None:
    path = str(tmp_path / "older.db")
    store = Store(path)
    store.make_searchable([SEARCHABLE])
    store.put("test", "thing", "1", {"id": 1, "_list": 1, "name": "indexed long ago"})
    store.catch_up()
    store.close()
    # What an older --db file holds: a filled trigram table, no watermarks, triggers of another shape.
    with sqlite3.connect(path) as older:
        older.execute("DROP TABLE search_indexed")
        older.execute(f"DROP TRIGGER {SEARCHABLE.fts('name')}_insert")
        older.execute(f"CREATE TRIGGER {SEARCHABLE.fts('name')}_insert AFTER INSERT ON documents BEGIN SELECT 1; END")
    older.close()
    store = Store(path)
    store.make_searchable([SEARCHABLE])
    assert _watermark(store) == _top(store)
    store.put("test", "thing", "2", {"id": 2, "_list": 1, "name": "stored after the upgrade"})
    view = sql.View(SEARCHABLE, {"_list": 1})
    assert [doc["id"] for doc in sql.matching(store, view, "name =~ ' long ago'")] == [1]
    assert [doc["id"] for doc in sql.matching(store, view, "name =~ upgrade")] == [2]
    store.close()


@pytest.mark.parametrize("sort", ["-a", "a", "-name,a", "b,-id"])
def test_pages_follow_one_another_across_numbers_text_and_missing_values(sort: str) -> None:
    docs = [
        {"id": n, "_list": 1, **({} if n % 4 == 0 else {"a": n if n % 2 else f"t{n % 5}", "name": f"n{n % 3}"})}
        for n in range(40)
    ]
    store = stored(docs)
    view = sql.View(SEARCHABLE, {"_list": 1}, newest_first=True)
    expected = [doc["id"] for doc in language.sort(python_views(docs, True), sort)]
    paged = [doc["id"] for page in range(1, 10) for doc in sql.page(store, view, None, sort, page, 7)]
    assert paged == expected


def test_counts_without_a_condition_follow_inserts_moves_and_deletes() -> None:
    store = Store()
    store.put("test", "thing", "1", {"id": 1, "_list": 1})
    store.make_searchable([SEARCHABLE])  # the tally starts from what is already stored
    for number in range(2, 6):
        store.put("test", "thing", str(number), {"id": number, "_list": 1})
    store.put("test", "thing", "2", {"id": 2, "_list": 2})
    store.delete("test", "thing", "3")
    counts = {scope: sql.count(store, sql.View(SEARCHABLE, {"_list": scope}), None) for scope in (1, 2, 3)}
    assert counts == {1: 3, 2: 1, 3: 0}
    assert counts[1] == sql.count(store, sql.View(SEARCHABLE, {"_list": 1}), "id != null")


def test_transactions_are_searched_in_sql_as_the_python_search_did() -> None:
    store = Store()
    store.make_searchable([bytehand_ledger.TRANSACTIONS])
    kinds = ["charge", "deposit", "bonus", "payback"]
    docs = [
        {
            "id": str(10**17 + n),
            "type": kinds[n % 4],
            "amount": round((n % 7 - 3) * 1.25, 2),
            "currency": "RUB",
            "description": "SMS messages" if n % 4 == 0 else f"Deposit {n}",
            "created_at": f"2026-11-{1 + n % 28:02d}T10:00:00Z",
            "_user": 1 + n % 3 // 2,
            **({"messages": n % 5, "_messages": [str(n)]} if n % 4 == 0 else {}),
        }
        for n in range(60)
    ]
    for doc in docs:
        store.put("bytehand", "transaction", doc["id"], doc)
    view = bytehand_ledger.transaction_search(1)
    shown = [{k: v for k, v in doc.items() if not k.startswith("_")} for doc in reversed(docs) if doc["_user"] == 1]
    checked = 0
    for query in (None, "type == charge", "amount < 0", "description =~ 'sms'", "messages >= 2 or type == bonus"):
        expected = language.search(shown, query)
        assert sql.count(store, view, query) == len(expected), query
        for sort in (None, "amount", "-created_at,id", "-messages"):
            for page in (1, 2, 4):
                window = language.page_of(language.sort(expected, sort), page, 7)
                found = sql.page(store, view, query, sort, page, 7)
                assert [doc["id"] for doc in found] == [doc["id"] for doc in window], (query, sort, page)
                checked += 1
    assert checked == 60
