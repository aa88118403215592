"""BYTEHAND's list parameters: ``query``, ``sort``, ``fields``, ``page`` and ``count``.

The emulator understands this subset of BYTEHAND's search language (the spec's
``*QueryExpression`` patterns describe exactly the same grammar, so connexion
has already rejected anything else and named the parameter):

* a condition is ``field op value``, with ``op`` one of ``==``, ``!=``, ``<``,
  ``<=``, ``>``, ``>=`` and ``=~`` (contains, ignoring case);
* a value is a bare word (``DELIVERED``, ``+79161234567``, ``2.5``) or is
  quoted with ``'`` or ``"`` (``'Hello world'``);
* conditions are joined with ``and`` and ``or``; ``and`` binds tighter and
  there are no parentheses; white space is spaces, tabs and line breaks;
* an empty expression matches everything.

A value compares with the object's field by the field's type: numbers as
numbers, ``true``/``false`` with booleans, everything else as text (times are
RFC 3339 text, so they order correctly). A field the object does not have
equals only ``null``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ....core.store import Document

# Only these four count as white space: Python's ``\s`` also takes \x1c-\x1f, which the spec's
# pattern (and every other regex engine reading it) does not, so the two would disagree.
_SPACE = " \t\n\r"
_FIELD = r"[a-z_][a-z0-9_]*"
_OPERATOR = r"==|!=|<=|>=|<|>|=~"
_VALUE = r"""'(?P<single>[^']*)'|"(?P<double>[^"]*)"|(?P<bare>[^ \t\n\r'"]+)"""
_CONDITION = re.compile(rf"[ \t\n\r]*(?P<field>{_FIELD})[ \t\n\r]*(?P<op>{_OPERATOR})[ \t\n\r]*(?:{_VALUE})")
_JOINER = re.compile(r"[ \t\n\r]+(?P<word>and|or)[ \t\n\r]+")
_SORT_FIELD = re.compile(rf"^(?P<desc>-?)(?P<field>{_FIELD})$")


class QueryError(ValueError):
    """A search expression outside the grammar the emulator understands."""


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str
    quoted: bool

    def holds_for(self, document: Document) -> bool:
        return _compare(document.get(self.field), self.op, self.value, self.quoted)


Query = tuple[tuple[Condition, ...], ...]
"""Alternatives (``or``) of conjunctions (``and``)."""


def parse(text: str | None) -> Query:
    """The expression as alternatives of conjunctions; raises QueryError naming where it went wrong."""
    source = (text or "").strip(_SPACE)
    if not source:
        return ()
    alternatives: list[tuple[Condition, ...]] = []
    current: list[Condition] = []
    position = 0
    while True:
        found = _CONDITION.match(source, position)
        if found is None:
            raise QueryError(f"query: expected `field op value` at character {position + 1} of {source!r}")
        quoted = found.group("bare") is None
        value = next(
            group for group in (found.group("single"), found.group("double"), found.group("bare")) if group is not None
        )
        current.append(Condition(found.group("field"), found.group("op"), value, quoted))
        position = found.end()
        if position == len(source):
            break
        joiner = _JOINER.match(source, position)
        if joiner is None:
            raise QueryError(f"query: expected `and` or `or` at character {position + 1} of {source!r}")
        if joiner.group("word") == "or":
            alternatives.append(tuple(current))
            current = []
        position = joiner.end()
    alternatives.append(tuple(current))
    return tuple(alternatives)


def matches(document: Document, query: Query) -> bool:
    return not query or any(all(condition.holds_for(document) for condition in conjunction) for conjunction in query)


def search(documents: Iterable[Document], query: str | None) -> list[Document]:
    """The documents the expression matches, in their given order."""
    parsed = parse(query)
    return [document for document in documents if matches(document, parsed)]


def sort(documents: Sequence[Document], spec: str | None) -> list[Document]:
    """Sorted by ``spec`` (``name,-created_at``); ties keep the given order, missing values go last."""
    ordered = list(documents)
    for field, descending in reversed(sort_fields(spec)):
        ordered.sort(key=_sort_key_of(field, descending), reverse=descending)
    return ordered


def sort_fields(spec: str | None) -> list[tuple[str, bool]]:
    """``name,-created_at`` as ``[("name", False), ("created_at", True)]`` (True: descending)."""
    keys = []
    for item in (spec or "").split(",") if spec else []:
        found = _SORT_FIELD.match(item.strip())
        if found is None:
            raise QueryError(f"sort: {item!r} is not a field name with an optional leading '-'")
        keys.append((found.group("field"), found.group("desc") == "-"))
    return keys


def select(document: Document, fields: str | None) -> Document:
    """Only the listed fields (and ``id``); every field for ``*`` or nothing."""
    if not fields or fields.strip() == "*":
        return document
    wanted = {name.strip() for name in fields.split(",")} | {"id"}
    return {key: value for key, value in document.items() if key in wanted}


def page_of(documents: Sequence[Document], page: int, count: int) -> list[Document]:
    """Page ``page`` (from 1) of ``count`` documents; past the end, an empty page."""
    start = (page - 1) * count
    return list(documents[start : start + count])


def _compare(actual: Any, op: str, raw: str, quoted: bool) -> bool:
    if op == "=~":
        return actual is not None and raw.casefold() in _text(actual).casefold()
    if actual is None:
        is_null = not quoted and raw == "null"
        return (op == "==" and is_null) or (op == "!=" and not is_null)
    wanted: Any = raw
    if isinstance(actual, bool):
        if raw not in ("true", "false"):
            return op == "!="
        wanted = raw == "true"
        return (actual == wanted) if op == "==" else (actual != wanted) if op == "!=" else False
    if isinstance(actual, int | float):
        try:
            wanted = float(raw)
        except ValueError:
            return op == "!="
        actual = float(actual)
    elif not isinstance(actual, str):
        actual = _text(actual)
    return bool(_ORDERING[op](actual, wanted))


_ORDERING = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_text(item) for item in value)
    return str(value)


def _sort_key_of(field: str, descending: bool) -> Callable[[Document], tuple[bool, int, Any]]:
    return lambda document: _sort_key(document.get(field), descending)


def _sort_key(value: Any, descending: bool) -> tuple[bool, int, Any]:
    """Orders numbers before text; a missing value sorts last in either direction."""
    missing = value is None
    comparable: Any
    if missing:
        rank, comparable = 2, 0
    elif isinstance(value, int | float) and not isinstance(value, bool):
        rank, comparable = 0, float(value)
    else:
        rank, comparable = 1, _text(value)
    # With reverse=True the first element is inverted, so missing values still come last.
    return (missing != descending, rank if not descending else -rank, comparable)
