"""The emulator's state: JSON documents in SQLite, grouped by provider and kind.

Every provider keeps what a user creates (messages, contacts, tokens, ...) as
documents here rather than in tables of its own, so one small store serves all
four APIs, survives a restart when it lives in a file (``--db PATH``), and can
be reset or inspected the same way for each of them. Documents come back in
the order they were first stored.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from . import search

Document = dict[str, Any]
Rows = list[tuple[Any, ...]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    provider TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (provider, kind, id)
);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class Store:
    """A thread-safe document store on one SQLite connection (in memory by default)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        with self._lock:
            self._db.executescript(_SCHEMA)
            search.install_functions(self._db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def put(self, provider: str, kind: str, id: str, body: Document) -> Document:
        """Insert or replace a document, keeping its original position in listings."""
        with self._lock:
            self._db.execute(
                "INSERT INTO documents (provider, kind, id, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (provider, kind, id) DO UPDATE SET body = excluded.body",
                (provider, kind, id, json.dumps(body, ensure_ascii=False)),
            )
        return body

    def put_many(self, provider: str, kind: str, documents: Iterable[tuple[str, Document]]) -> int:
        """Insert or replace many ``(id, body)`` documents in one transaction (bulk loads, benchmarks)."""
        rows = [(provider, kind, id, json.dumps(body, ensure_ascii=False)) for id, body in documents]
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT INTO documents (provider, kind, id, body) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (provider, kind, id) DO UPDATE SET body = excluded.body",
                    rows,
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return len(rows)

    def get(self, provider: str, kind: str, id: str) -> Document | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM documents WHERE provider = ? AND kind = ? AND id = ?", (provider, kind, id)
            ).fetchone()
        return None if row is None else _decode(row[0])

    def delete(self, provider: str, kind: str, id: str) -> Document | None:
        """Remove a document and return what it held, or None if there was none."""
        with self._lock:
            found = self.get(provider, kind, id)
            if found is not None:
                self._db.execute(
                    "DELETE FROM documents WHERE provider = ? AND kind = ? AND id = ?", (provider, kind, id)
                )
        return found

    def list(self, provider: str, kind: str, where: Callable[[Document], bool] | None = None) -> list[Document]:
        """All documents of a kind in creation order, optionally filtered."""
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM documents WHERE provider = ? AND kind = ? ORDER BY rowid", (provider, kind)
            ).fetchall()
        documents = [_decode(row[0]) for row in rows]
        return documents if where is None else [doc for doc in documents if where(doc)]

    def update(self, provider: str, kind: str, id: str, change: Callable[[Document], None]) -> Document | None:
        """Apply ``change`` to a stored document atomically; None if it does not exist."""
        with self._lock:
            found = self.get(provider, kind, id)
            if found is not None:
                change(found)
                self.put(provider, kind, id, found)
        return found

    def make_searchable(self, searchables: Iterable[search.Searchable]) -> None:
        """Add the indexes and trigram tables ``searchables`` declare (idempotent; see ``search``)."""
        with self._lock:
            search.install(self._db, searchables)

    def select(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Rows:
        """The rows of one read-only SQL query on this store (compiled searches run here)."""
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def next_number(self, name: str, start: int = 1) -> int:
        """A counter that never repeats a value, even across restarts of a file store."""
        with self._lock:
            self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + 1",
                (name, start),
            )
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def clear(self, provider: str | None = None) -> None:
        """Forget every document (of one provider, or of all) and every setting and counter."""
        with self._lock:
            if provider is None:
                self._db.executescript("DELETE FROM documents; DELETE FROM settings; DELETE FROM counters;")
            else:
                self._db.execute("DELETE FROM documents WHERE provider = ?", (provider,))


def _decode(text: str) -> Document:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("stored document is not a JSON object")
    return value
