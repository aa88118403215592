"""Searching stored documents in SQLite instead of decoding every one of them in Python.

Searches (BYTEHAND's ``query``/``sort``, Jo Mobile's ``sms-full-data``
filters, tyntec's phone book) used to read every document of a kind and
filter it in Python, so a count over 100,000 messages took seconds. This
module gives them SQL over the ``documents`` table instead:

* ``key(path)`` is one SQL expression per field that encodes a JSON value the
  way the searches compare it: numbers stay numbers, text stays text,
  ``true``/``false`` become the words ``'true'``/``'false'``, lists and objects
  become the text Python shows for them, and a missing field or ``null`` is the
  empty blob ``x''``. SQLite orders numbers < text < blobs, so an ascending
  sort on the key already puts missing values last, the way the Python sort
  did, and every comparison can be a plain range over an index.
* ``Searchable`` declares, per provider and kind, which fields get such an
  index (partial: only that kind's documents are in it) and which are
  searched for substrings through an FTS5 trigram table.
* Trigram tables are filled lazily (``catch_up``): a watermark per table says
  every document up to that rowid is in it. A new document is left to the
  next catch-up, which the store runs before any query reads the table and
  the background tick runs several times a second, so a send writes no
  trigram segment of its own (measured: the two FTS5 tables cost a BYTEHAND
  send more than everything else it writes together with ``--db``). Triggers
  keep documents below the watermark exact: a changed field is re-indexed, a
  deleted document removed.
* ``install`` puts the functions, indexes, FTS tables and triggers on a
  connection; it is idempotent and runs each time a store is opened.

The comparison semantics themselves (what ``==`` means for a number, a
missing field, ...) belong to each provider's search language; see
``providers/bytehand/search/sql.py``.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

MISSING = b""
"""What ``key`` gives for a missing field or ``null``: the smallest blob, above every number and text."""

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_KIND = re.compile(r"^[a-z][a-z0-9-]*$")
_NOT_DIGITS = re.compile(r"\D")


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"{name!r} cannot be used as a field or table name in generated SQL")
    return name


def path(*names: str) -> str:
    """A JSON path literal for SQL (``'$."a"."b"'``); names are checked, so it is safe to inline."""
    return "'$" + "".join(f'."{_checked(name)}"' for name in names) + "'"


def key(json_path: str, body: str = "body") -> str:
    """The search key of one field of ``body`` (see the module docstring)."""
    return (
        f"CASE json_type({body}, {json_path}) "
        f"WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
        f"WHEN 'array' THEN search_text(json_extract({body}, {json_path})) "
        f"WHEN 'object' THEN search_text(json_extract({body}, {json_path})) "
        f"ELSE coalesce(json_extract({body}, {json_path}), x'') END"
    )


def text_of(value: Any) -> str:
    """A JSON value as text the way the Python searches showed it (``true``, ``a,b``, ``2.5``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(text_of(item) for item in value)
    return str(value)


def _search_text(encoded: str | None) -> str | None:
    """SQL function: a JSON array or object (as JSON text) shown as ``text_of`` shows it."""
    return None if encoded is None else text_of(json.loads(encoded))


def _key_text(value: Any) -> str | None:
    """A search key as text (None for a missing field): what ``=~`` looks into."""
    if isinstance(value, bytes):
        return None
    return text_of(value)


def digits(value: Any) -> str:
    """SQL function (and its Python twin): only the digits of a number as text (``+7 916`` -> ``7916``)."""
    return _NOT_DIGITS.sub("", "" if value is None else str(value))


def _search_fold(value: Any) -> str | None:
    """SQL function: a search key case-folded for the trigram table (None for a missing field)."""
    text = _key_text(value)
    return None if text is None else text.casefold()


def _search_contains(value: Any, folded_needle: str) -> bool:
    """SQL function: whether a key's text contains the (already case-folded) needle, ignoring case."""
    text = _key_text(value)
    return text is not None and folded_needle in text.casefold()


@dataclass(frozen=True)
class Searchable:
    """The fields of one kind of document that searches filter, sort or look into."""

    provider: str
    kind: str
    indexed: tuple[tuple[str, ...], ...] = ()
    """Indexes, each a tuple of top-level field names (one B-tree on their keys, in this order)."""
    text: tuple[str, ...] = ()
    """Fields ``=~`` looks into through a trigram index."""
    tally: str | None = None
    """A field (the scope: a user, a list) whose documents are counted as they come and go, so that a
    search with no condition knows its total without walking the index."""
    coarse: frozenset[str] = frozenset()
    """Indexed fields with few distinct values (a state), so the planner does not take them for selective."""
    combined: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Trigram tables over several fields at once, each ``(name, fields)``: the fields' texts, one per line.
    A substring of any one field is a substring of their lines, so the table narrows "any field contains"."""
    computed: tuple[tuple[str, str], ...] = ()
    """Indexes on SQL expressions over ``body`` that are not a field's key, each ``(name, expression)``
    (the inbox's recipient digits); a query uses the index only when it repeats the expression verbatim."""
    name: str = ""
    """The name its tables and indexes are called by (default: ``<provider>_<kind>``)."""

    def __post_init__(self) -> None:
        if not (_KIND.match(self.provider) and _KIND.match(self.kind)):
            raise ValueError(f"{self.provider!r}/{self.kind!r} cannot be inlined in generated SQL")

    @property
    def table(self) -> str:
        return self.name or f"{self.provider}_{self.kind}".replace("-", "_")

    @property
    def where(self) -> str:
        """The SQL condition selecting this kind's documents; literal, so partial indexes apply."""
        return f"documents.provider = '{self.provider}' AND documents.kind = '{self.kind}'"

    def fts(self, name: str) -> str:
        """The trigram table of one text field."""
        return f"search_{self.table}_{_checked(name)}_text"

    def index_name(self, fields: tuple[str, ...]) -> str:
        return f"search_{self.table}_{'_'.join(fields)}"

    def statements(self) -> list[str]:
        kind_test = f"{{row}}.provider = '{self.provider}' AND {{row}}.kind = '{self.kind}'"
        made = [
            f"CREATE INDEX IF NOT EXISTS {self.index_name(fields)} ON documents "
            f"({', '.join(key(path(name)) for name in fields)}) WHERE {self.where.replace('documents.', '')}"
            for fields in self.indexed
        ]
        made += [
            f"CREATE INDEX IF NOT EXISTS {self.index_name((_checked(name),))} ON documents ({expression}) "
            f"WHERE {self.where.replace('documents.', '')}"
            for name, expression in self.computed
        ]
        for name, value, fields in self._trigram_parts():
            table = self.fts(name)
            insert = f"INSERT INTO {table} (rowid, value) VALUES ({{row}}.rowid, {value});"
            # Contentless, so a delete names the value it indexed (worked out again from the old body).
            delete = f"INSERT INTO {table} ({table}, rowid, value) VALUES ('delete', {{row}}.rowid, {value});"
            indexed = f"{{row}}.rowid <= (SELECT upto FROM search_indexed WHERE name = '{table}')"
            changed = " OR ".join(
                f"json_extract(old.body, {path(field)}) IS NOT json_extract(new.body, {path(field)})"
                for field in fields
            )
            made += [
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5"
                "(value, tokenize = 'trigram case_sensitive 1', detail = 'none', content = '', columnsize = 0)",
                # Below the watermark only: a new document (a rowid above it) waits for ``catch_up``.
                f"CREATE TRIGGER {table}_insert AFTER INSERT ON documents "
                f"WHEN {kind_test.format(row='new')} AND {indexed.format(row='new')} "
                f"BEGIN {insert.format(row='new')} END",
                f"CREATE TRIGGER {table}_update AFTER UPDATE ON documents "
                f"WHEN {kind_test.format(row='new')} AND {indexed.format(row='old')} AND ({changed}) "
                f"BEGIN {delete.format(row='old')} {insert.format(row='new')} END",
                f"CREATE TRIGGER {table}_delete AFTER DELETE ON documents "
                f"WHEN {kind_test.format(row='old')} AND {indexed.format(row='old')} "
                f"BEGIN {delete.format(row='old')} END",
            ]
        if self.tally is not None:
            scope = key(path(self.tally), "{row}.body")
            add = (
                f"INSERT INTO search_tally (name, scope, n) VALUES ('{self.table}', {scope.format(row='new')}, 1) "
                "ON CONFLICT (name, scope) DO UPDATE SET n = n + 1;"
            )
            drop = (
                f"UPDATE search_tally SET n = n - 1 WHERE name = '{self.table}' AND scope = {scope.format(row='old')};"
            )
            made += [
                f"CREATE TRIGGER {self.tally_name}_insert AFTER INSERT ON documents "
                f"WHEN {kind_test.format(row='new')} BEGIN {add} END",
                f"CREATE TRIGGER {self.tally_name}_update AFTER UPDATE ON documents "
                f"WHEN {kind_test.format(row='new')} BEGIN {drop} {add} END",
                f"CREATE TRIGGER {self.tally_name}_delete AFTER DELETE ON documents "
                f"WHEN {kind_test.format(row='old')} BEGIN {drop} END",
            ]
        return made

    @functools.cached_property
    def trigram_tables(self) -> dict[str, str]:
        """Each trigram table (its SQL name) and the SQL of what it holds for a row of ``documents``.

        Worked out once: ``catch_up`` needs it on every search that reads a table and on every tick.
        """
        return {self.fts(name): value.format(row="documents") for name, value, _ in self._trigram_parts()}

    def _trigram_parts(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """Each trigram table's name, the SQL of what it holds for a row (``{row}``: ``new``, ``old``, ...)
        and the fields it is made of."""
        parts: list[tuple[str, str, tuple[str, ...]]] = [
            (name, f"search_fold({key(path(name), '{row}.body')})", (name,)) for name in self.text
        ]
        for name, fields in self.combined:
            lines = " || char(10) || ".join(
                f"coalesce(search_fold({key(path(field), '{row}.body')}), '')" for field in fields
            )
            parts.append((_checked(name), lines, fields))
        return parts

    @property
    def tally_name(self) -> str:
        return f"search_{self.table}_tally"


def install_functions(db: sqlite3.Connection) -> None:
    """The SQL functions the keys, triggers and compiled searches call (per connection)."""
    db.create_function("search_text", 1, _search_text, deterministic=True)
    db.create_function("search_fold", 1, _search_fold, deterministic=True)
    db.create_function("search_contains", 2, _search_contains, deterministic=True)
    db.create_function("search_digits", 1, digits, deterministic=True)


_ASSUMED_ROWS = 1_000_000
_ASSUMED_KIND = 10_000
_ASSUMED_SCOPE = 1_000
"""Planner statistics written for the search indexes instead of measured ones (see ``install``)."""


def install(db: sqlite3.Connection, searchables: Iterable[Searchable]) -> None:
    """Functions, indexes, trigram tables and their triggers for ``searchables`` (idempotent).

    Each index also gets fixed planner statistics: its first field (the scope:
    a user, a list) matches many documents and each further field few. Without
    them SQLite guesses, and with a filter on ``receiver`` and a sort on
    ``created_at`` it would walk the sort's index through every message of the
    user instead of looking the receiver up; measured statistics would change
    the plans as data grows, these keep them the same at 100 and at 100,000.
    """
    install_functions(db)
    if not _exists(db, "sqlite_stat1"):
        db.execute("ANALYZE settings")  # creates sqlite_stat1 (a small table, so it costs nothing)
    db.execute(
        "CREATE TABLE IF NOT EXISTS search_tally "
        "(name TEXT NOT NULL, scope, n INTEGER NOT NULL, PRIMARY KEY (name, scope))"
    )
    db.execute("CREATE TABLE IF NOT EXISTS search_indexed (name TEXT PRIMARY KEY, upto INTEGER NOT NULL)")
    for searchable in searchables:
        for table in searchable.trigram_tables:
            # A table made before watermarks (an older --db file) holds every document: it is caught up.
            upto = "(SELECT coalesce(max(rowid), 0) FROM documents)" if _exists(db, table) else "0"
            db.execute(f"INSERT OR IGNORE INTO search_indexed (name, upto) VALUES (?, {upto})", (table,))
        if searchable.tally is not None and not _exists(db, f"{searchable.tally_name}_insert"):
            db.execute("DELETE FROM search_tally WHERE name = ?", (searchable.table,))
            db.execute(
                f"INSERT INTO search_tally (name, scope, n) SELECT ?, {key(path(searchable.tally))}, count(*) "
                f"FROM documents WHERE {searchable.where} GROUP BY 2",
                (searchable.table,),
            )
        for statement in searchable.statements():
            _create(db, statement)
        for fields in (*searchable.indexed, *((name,) for name, _ in searchable.computed)):
            name = searchable.index_name(fields)
            spread, per_prefix = _ASSUMED_SCOPE, []
            for field in fields[1:]:
                spread = max(spread // 3, 2) if field in searchable.coarse else 2
                per_prefix.append(str(spread))
            stat = " ".join([str(_ASSUMED_ROWS), str(_ASSUMED_SCOPE), *per_prefix])
            db.execute("DELETE FROM sqlite_stat1 WHERE idx = ?", (name,))
            db.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('documents', ?, ?)", (name, stat))
    # The primary key (provider, kind, id): a kind holds more documents than a search's scope, an id one;
    # and few enough that listing a kind walks the key rather than the whole table.
    db.execute("DELETE FROM sqlite_stat1 WHERE idx = 'sqlite_autoindex_documents_1'")
    db.execute(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('documents', 'sqlite_autoindex_documents_1', ?)",
        (f"{_ASSUMED_ROWS} {_ASSUMED_ROWS // 10} {_ASSUMED_KIND} 1",),
    )
    db.execute("ANALYZE sqlite_schema")


def _exists(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (name,)).fetchone() is not None


_TRIGGER = re.compile(r"^CREATE TRIGGER (\w+) ")


def _create(db: sqlite3.Connection, statement: str) -> None:
    """Run a CREATE statement; a trigger is replaced when an older store holds a different one of that name."""
    trigger = _TRIGGER.match(statement)
    if trigger is None:
        db.execute(statement)
        return
    row = db.execute("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", (trigger[1],)).fetchone()
    if row is not None and row[0] == statement:
        return
    if row is not None:
        db.execute(f"DROP TRIGGER {trigger[1]}")
    db.execute(statement)


def catch_up(db: sqlite3.Connection, searchable: Searchable, table: str, most: int | None = None) -> int:
    """Put the documents stored since ``table`` was last caught up into it; returns how many.

    One statement for all of them, so they make one FTS5 segment rather than
    one each. Documents at or below the watermark are kept exact by the triggers.
    ``most`` bounds the rowids looked at (the tick's share, so that a burst is
    taken in steps between requests); a query catches up completely.
    """
    (upto,) = db.execute("SELECT upto FROM search_indexed WHERE name = ?", (table,)).fetchone()
    (top,) = db.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()
    if most is not None:
        top = min(top, upto + most)
    if top <= upto:
        return 0
    added = db.execute(
        f"INSERT INTO {table} (rowid, value) SELECT rowid, {searchable.trigram_tables[table]} FROM documents "
        f"WHERE documents.rowid > ? AND documents.rowid <= ? AND {searchable.where}",
        (upto, top),
    ).rowcount
    db.execute("UPDATE search_indexed SET upto = ? WHERE name = ?", (top, table))
    return added


def trigrams(folded: str, most: int = 8) -> str:
    """An FTS5 query for rows holding every trigram of ``folded`` (at most ``most``, spread along it).

    The table keeps no positions (``detail=none``: a third of the cost on every
    write), so this only narrows the candidates; ``search_contains`` decides.
    """
    grams = list(dict.fromkeys(folded[start : start + 3] for start in range(len(folded) - 2)))
    if len(grams) > most:
        step = (len(grams) - 1) / (most - 1)
        grams = [grams[round(index * step)] for index in range(most)]
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


def contains(searchable: Searchable, field_name: str, key_sql: str, needle: str, param: Callable[[Any], str]) -> str:
    """SQL for "the field's text contains ``needle``, ignoring case", through the trigram index when it can.

    The trigram index only narrows the candidates (it needs three characters);
    ``search_contains`` then decides exactly as Python's ``casefold`` does.
    ``param`` binds a value and returns its placeholder.
    """
    folded = needle.casefold()
    exact = f"search_contains({key_sql}, {param(folded)})"
    if field_name in searchable.text and len(folded) >= 3:
        table = searchable.fts(field_name)
        narrowed = f"documents.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH {param(trigrams(folded))})"
        return f"({narrowed} AND {exact})"
    return exact
