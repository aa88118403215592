"""BYTEHAND's search language (``language.py``) compiled to parameterised SQL over the store.

``language`` reads a query into alternatives of conditions and says what each
condition means in Python; this module says the same thing in SQL, so that a
count or a page over 100,000 messages is an index look-up instead of decoding
every document. The two must agree on every document; the tests run both over
the same data.

Every field a search names is read through ``sql_index.key`` (numbers stay
numbers, text stays text, booleans become ``'true'``/``'false'``, a missing
field is the blob ``x''``). With that encoding each condition is:

* ``f == v``: the key is one of the values ``v`` can equal: the text ``v``, the
  number ``v`` reads as (if it does), or missing (for a bare ``null``);
* ``f != v``: not that;
* ``f < v`` and the like: a text range (never a boolean, never missing), or a
  number range when ``v`` reads as a number;
* ``f =~ v``: the key's text contains ``v`` ignoring case, narrowed through the
  trigram index for the fields that have one.

Fields starting with ``_`` are internal and never visible to a search; a view
may derive fields (a message's ``state``) from stored ones with SQL of its own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ....core import sql_index
from ....core.store import Document, Store
from . import language

_COMPARE = {"<": "<", "<=": "<=", ">": ">", ">=": ">="}
_TEXT_WORDS = ("true", "false")


@dataclass(frozen=True)
class View:
    """What a search over one kind of stored document sees."""

    searchable: sql_index.Searchable
    scope: Mapping[str, Any]
    """Stored fields every result has with exactly these values (the caller's ``_user``, a ``_list``)."""
    derived: Mapping[str, str] = field(default_factory=dict)
    """View fields worked out in SQL (keys encoded like ``sql_index.key``), with ``:named`` parameters."""
    params: Mapping[str, Any] = field(default_factory=dict)
    equal: Mapping[str, Callable[[str, Callable[[Any], str]], str]] = field(default_factory=dict)
    """For derived text fields: SQL over stored fields for ``field == value``, which an index can serve
    where the derived expression cannot; called with the value and a function that binds a parameter."""
    newest_first: bool = False
    """Whether the unsorted order (and the order of ties) is newest first."""


class _Sql:
    """Parameters collected while building one statement (named, so derived fields can share them)."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.params: dict[str, Any] = dict(view.params)

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def key(self, name: str) -> str:
        if name in self.view.derived:
            return f"({self.view.derived[name]})"
        if name.startswith("_"):
            return "x''"
        return sql_index.key(sql_index.path(name))

    def scope(self) -> str:
        terms = [self.view.searchable.where]
        terms += [
            f"{sql_index.key(sql_index.path(name))} = {self.param(value)}" for name, value in self.view.scope.items()
        ]
        return " AND ".join(terms)

    def condition(self, condition: language.Condition) -> str:
        name, op, raw = condition.field, condition.op, condition.value
        key = self.key(name)
        if op == "=~":
            return sql_index.contains(self.view.searchable, name, key, raw, self.param)
        number = _number(raw)
        if op in ("==", "!=") and name in self.view.equal:
            found = self.view.equal[name](raw, self.param)
            return f"({found})" if op == "==" else f"(({found}) IS NOT 1)"
        if op in ("==", "!="):
            equal: list[object] = [raw] + ([number] if number is not None else [])
            if not condition.quoted and raw == "null":
                equal.append(sql_index.MISSING)
            found = f"{key} IN ({', '.join(self.param(value) for value in equal)})"
            return found if op == "==" else f"NOT ({found})"
        compare = _COMPARE[op]
        bound = "" if op in ("<", "<=") else f" AND {key} < x''"
        floor = f" AND {key} >= ''" if op in ("<", "<=") else ""
        texts = f"({key} {compare} {self.param(raw)}{floor}{bound})"
        if any(_holds(word, op, raw) for word in _TEXT_WORDS) and name not in self.view.derived:
            # A stored boolean reads as 'true'/'false' but never compares by order.
            texts = f"({texts[1:-1]} AND json_type(body, {sql_index.path(name)}) NOT IN ('true', 'false'))"
        if number is None:
            return texts
        numbers = f"({key} {compare} {self.param(number)}" + (")" if op in ("<", "<=") else f" AND {key} < '')")
        return f"({numbers} OR {texts})"

    def where(self, query: language.Query) -> str:
        if not query:
            return self.scope()
        alternatives = [_balanced("AND", [self.condition(each) for each in conjunction]) for conjunction in query]
        return f"{self.scope()} AND {_balanced('OR', alternatives)}"


def _balanced(operator: str, terms: list[str]) -> str:
    """``terms`` joined by ``operator`` as a balanced tree of parentheses.

    SQLite parses ``a OR b OR c ...`` into a chain as deep as it is long and
    refuses one over 1,000 levels; a balanced tree of the same terms is only
    log2(n) deep, so a long but valid search is answered instead of failing.
    """
    if len(terms) == 1:
        return f"({terms[0]})"
    middle = len(terms) // 2
    return f"({_balanced(operator, terms[:middle])} {operator} {_balanced(operator, terms[middle:])})"


def _number(raw: str) -> float | None:
    """``raw`` as Python's ``float`` reads it (as the Python search does), or None; NaN equals nothing."""
    try:
        number = float(raw)
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _holds(word: str, op: str, raw: str) -> bool:
    return bool({"<": word < raw, "<=": word <= raw, ">": word > raw, ">=": word >= raw}[op])


def _parse(query: str | None) -> language.Query:
    return language.parse(query)


def count_sql(view: View, query: str | None) -> tuple[str, dict[str, Any]]:
    """The SQL (and its parameters) counting what ``query`` matches (raises ``language.QueryError``)."""
    sql = _Sql(view)
    where = sql.where(_parse(query))
    return f"SELECT count(*) FROM documents WHERE {where}", sql.params


def count(store: Store, view: View, query: str | None) -> int:
    """How many documents the view shows that match ``query`` (raises ``language.QueryError``)."""
    if not _parse(query) and list(view.scope) == [view.searchable.tally]:
        ((scope, value),) = view.scope.items()
        scope_key = sql_index.key(sql_index.path(scope), ":value")
        rows = store.select(
            f"SELECT n FROM search_tally WHERE name = :name AND scope = {scope_key}",
            {"name": view.searchable.table, "value": json.dumps({scope: value})},
        )
        return int(rows[0][0]) if rows else 0
    (row,) = store.select(*count_sql(view, query))
    return int(row[0])


def page(store: Store, view: View, query: str | None, sort: str | None, number: int, size: int) -> list[Document]:
    """Stored documents on page ``number`` (from 1) of ``size``, in the order the search lists them."""
    sql = _Sql(view)
    parsed = _parse(query)
    where = sql.where(parsed)
    keys = language.sort_fields(sort)
    order = []
    segments = [""]
    for position, (name, descending) in enumerate(keys):
        key = sql.key(name)
        if not descending:
            order.append(key)
        elif position == 0:
            # Numbers, then text, then missing: each a range of the sort's index read backwards when nothing
            # else narrows the search; otherwise (unary +) the ranges must not lure SQLite off the filter's index.
            ranged = key if not parsed else f"+{key}"
            segments = [f" AND {ranged} < ''", f" AND {ranged} >= '' AND {ranged} < x''", f" AND {ranged} = x''"]
            order.append(f"{key} DESC")
        else:
            order += [f"(CASE WHEN {key} < '' THEN 0 WHEN {key} < x'' THEN 1 ELSE 2 END)", f"{key} DESC"]
    order.append("documents.rowid DESC" if view.newest_first else "documents.rowid")
    statement = (
        f"SELECT body FROM documents WHERE {where}{{segment}} ORDER BY {', '.join(order)} LIMIT :limit OFFSET :offset"
    )
    wanted, skip = size, max(number - 1, 0) * size
    found: list[Document] = []
    for segment in segments:
        rows = store.select(statement.format(segment=segment), {**sql.params, "limit": wanted, "offset": skip})
        found += [_decoded(row[0]) for row in rows]
        wanted = size - len(found)
        if wanted <= 0:
            break
        if rows or skip == 0:
            skip = 0
            continue
        (row,) = store.select(f"SELECT count(*) FROM documents WHERE {where}{segment}", sql.params)
        skip -= int(row[0])
    return found


def matching(store: Store, view: View, query: str | None) -> list[Document]:
    """Every stored document the search matches, in the view's order (for updates and deletes by query)."""
    sql = _Sql(view)
    where = sql.where(_parse(query))
    order = "documents.rowid DESC" if view.newest_first else "documents.rowid"
    return [
        _decoded(row[0])
        for row in store.select(f"SELECT body FROM documents WHERE {where} ORDER BY {order}", sql.params)
    ]


def _decoded(text: str) -> Document:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("stored document is not a JSON object")
    return value
