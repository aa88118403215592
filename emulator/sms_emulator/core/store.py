"""The emulator's state: JSON documents in SQLite, grouped by provider and kind.

Every provider keeps what a user creates (messages, contacts, tokens, ...) as
documents here rather than in tables of its own, so one small store serves all
four APIs, survives a restart when it lives in a file (``--db PATH``), and can
be reset or inspected the same way for each of them. Documents come back in
the order they were first stored.

``transaction()`` is the one way state changes together: the app runs every
request's handler inside one (see ``http/transactions.py``), so the reads that
decide (is there money? is the name taken?) and every write of a request
commit together or not at all, and requests never interleave inside it.
Nested transactions join the outer one through a savepoint: an inner failure
undoes only the inner writes. A write made outside any transaction commits on
its own, as one statement (``update`` and ``delete`` take a transaction of
their own for their read and write).

With a file, the database runs in WAL mode with ``synchronous=NORMAL``: a
committed transaction survives the emulator process being killed (not a power
cut), and the app answers a request only after its transaction committed. The
file is locked for the store alone while it is open (``_open_file``).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from . import sql_index

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


_CHECKPOINT_PAGES = 10_000
"""Write-ahead log pages between checkpoints of a file store (SQLite's default is 1,000)."""


class Store:
    """A thread-safe document store on one SQLite connection (in memory by default)."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path or ":memory:"
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=1)
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"{self.path} cannot be opened ({exc})") from None
        self._lock = threading.RLock()
        self._trigram_tables: dict[str, sql_index.Searchable] = {}
        """Every trigram table of the searchables made so far (its SQL name), caught up before a query reads it."""
        self._trigram_names = re.compile(r"(?!)")
        """Finds those names in a query (whole words: ``<table>_data`` is another table)."""
        self._depth = 0
        """How many ``transaction()`` blocks the thread holding the lock is inside (0: none)."""
        with self._lock:
            self._db.execute("PRAGMA temp_store=MEMORY")  # statement journals and sorts: no temporary files
            if path:
                self._open_file()
            self._db.executescript(_SCHEMA)
            sql_index.install_functions(self._db)

    def _open_file(self) -> None:
        """WAL, ``synchronous=NORMAL`` and the file locked for this store alone, from now until it closes.

        Exclusive locking keeps the write-ahead log's index in this process's
        memory instead of a shared ``-shm`` file, which saves every transaction
        and every read its file-lock system calls (measured: 21 ``fcntl`` calls
        per BYTEHAND send, about 90 us). The price: no other process opens the
        file while the emulator runs (copy it, or stop the emulator, to look
        inside); a second emulator on the same file is refused at once.
        """
        try:
            self._db.execute("PRAGMA locking_mode=EXCLUSIVE")
            (mode,) = self._db.execute("PRAGMA journal_mode=WAL").fetchone()
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Copy the log into the file every 10,000 pages (40 MB) instead of 1,000: the pages a send
            # rewrites (index leaves, the balance, the counters) are copied once per checkpoint, not ten
            # times. Measured on a replay of BYTEHAND sends: 145 -> 113 us per send over memory.
            self._db.execute(f"PRAGMA wal_autocheckpoint={_CHECKPOINT_PAGES}")
            self._db.execute(f"PRAGMA journal_size_limit={_CHECKPOINT_PAGES * 4096}")
            self._db.execute("BEGIN IMMEDIATE")  # takes the lock now, and exclusive mode keeps it
            self._db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._db.close()
            if "locked" in str(exc):
                raise StoreUnavailable(f"{self.path} is in use by another process (another emulator?)") from None
            raise StoreUnavailable(f"{self.path} cannot be used ({exc})") from None
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreUnavailable(f"{self.path} is not an SQLite database the emulator can use ({exc})") from None
        if mode != "wal":
            self._db.close()
            raise StoreUnavailable(f"{self.path} cannot use a write-ahead log (journal mode stays {mode!r})")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block as one transaction: all its writes commit at the end, or none if it raises.

        Other threads wait until it ends. Inside another transaction it is a savepoint of the outer one.
        """
        with self._lock:
            if self._depth:
                savepoint = f"nested_{self._depth}"
                self._db.execute(f"SAVEPOINT {savepoint}")
                self._depth += 1
                try:
                    yield
                except BaseException:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    raise
                finally:
                    self._depth -= 1
                    self._db.execute(f"RELEASE {savepoint}")
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._db.execute("ROLLBACK")
                raise
            self._depth = 0
            try:
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:  # a failed COMMIT can leave the transaction open
                    self._db.execute("ROLLBACK")
                raise

    @property
    def in_transaction(self) -> bool:
        """Whether the calling thread is inside ``transaction()``."""
        with self._lock:
            return self._depth > 0

    def put(self, provider: str, kind: str, id: str, body: Document) -> Document:
        """Insert or replace a document, keeping its original position in listings."""
        text = _encode(body)
        with self._lock:
            self._db.execute(
                "INSERT INTO documents (provider, kind, id, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (provider, kind, id) DO UPDATE SET body = excluded.body",
                (provider, kind, id, text),
            )
        return body

    def put_many(self, provider: str, kind: str, documents: Iterable[tuple[str, Document]]) -> int:
        """Insert or replace many ``(id, body)`` documents in one transaction (bulk loads, benchmarks)."""
        rows = [(provider, kind, id, _encode(body)) for id, body in documents]
        with self.transaction():
            self._db.executemany(
                "INSERT INTO documents (provider, kind, id, body) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (provider, kind, id) DO UPDATE SET body = excluded.body",
                rows,
            )
        return len(rows)

    def get(self, provider: str, kind: str, id: str) -> Document | None:
        text = self._stored_text(provider, kind, id)
        return None if text is None else _decode(text)

    def _stored_text(self, provider: str, kind: str, id: str) -> str | None:
        """A document as the JSON text stored, or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM documents WHERE provider = ? AND kind = ? AND id = ?", (provider, kind, id)
            ).fetchone()
        return None if row is None else str(row[0])

    def delete(self, provider: str, kind: str, id: str) -> Document | None:
        """Remove a document and return what it held, or None if there was none."""
        with self.transaction():
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

    def has_any(self, provider: str) -> bool:
        """Whether the provider has stored anything at all (it was seeded, or used)."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM documents WHERE provider = ? LIMIT 1", (provider,)).fetchone()
        return row is not None

    def update(self, provider: str, kind: str, id: str, change: Callable[[Document], None]) -> Document | None:
        """Apply ``change`` to a stored document atomically; None if it does not exist."""
        with self.transaction():
            stored = self._stored_text(provider, kind, id)
            if stored is None:
                return None
            found = _decode(stored)
            change(found)
            text = _encode(found)
            if text != stored:  # a change that changes nothing writes nothing: no pages, no index or trigger work
                self._db.execute(
                    "UPDATE documents SET body = ? WHERE provider = ? AND kind = ? AND id = ?",
                    (text, provider, kind, id),
                )
        return found

    def make_searchable(self, searchables: Iterable[sql_index.Searchable]) -> None:
        """Add the indexes and trigram tables ``searchables`` declare (idempotent; see ``sql_index``).

        Their trigram tables are caught up at once: documents written into the file while no
        emulator ran (a bulk load) are indexed before the first request, not by the ticks after it.
        """
        searchables = list(searchables)
        with self.transaction():
            sql_index.install(self._db, searchables)
        added = {table: searchable for searchable in searchables for table in searchable.trigram_tables}
        with self._lock:
            self._trigram_tables.update(added)
            if self._trigram_tables:  # an empty alternation would match everywhere
                self._trigram_names = re.compile(r"\b(" + "|".join(map(re.escape, self._trigram_tables)) + r")\b")
        self.catch_up(added)

    def catch_up(self, tables: Iterable[str] | None = None, most: int | None = None) -> int:
        """Fill the trigram tables (all, or those named) with the documents stored since; returns how many.

        ``most`` bounds how many rowids each table takes this time (see ``sql_index.catch_up``).
        """
        with self.transaction():
            return sum(
                sql_index.catch_up(self._db, self._trigram_tables[table], table, most)
                for table in (self._trigram_tables if tables is None else tables)
            )

    def select(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Rows:
        """The rows of one read-only SQL query on this store (compiled searches run here).

        A trigram table the query reads is caught up first (see ``sql_index``), so
        it finds documents stored a moment ago. An integer parameter beyond
        SQLite's 64 bits (a request may carry any JSON number) is passed as a
        float: it compares the same way and equals no stored integer, where
        sqlite3 would raise ``OverflowError``.
        """
        if isinstance(params, Mapping):
            params = {name: _sqlite_number(value) for name, value in params.items()}
        else:
            params = [_sqlite_number(value) for value in params]
        with self._lock:
            read = set(self._trigram_names.findall(sql))
            if read:
                self.catch_up(read)
            return self._db.execute(sql, params).fetchall()

    def next_number(self, name: str, start: int = 1) -> int:
        """A counter that never repeats a committed value, even across restarts of a file store."""
        with self.transaction():
            self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + 1",
                (name, start),
            )
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def peek_number(self, name: str, start: int = 1) -> int:
        """The value ``next_number`` would return now, without taking it (for an error that only names it)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
        return start if row is None else int(row[0]) + 1

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
        with self.transaction():
            if provider is None:
                for table in ("documents", "settings", "counters"):
                    self._db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            else:
                self._db.execute("DELETE FROM documents WHERE provider = ?", (provider,))


class StoreUnavailable(Exception):
    """The state file cannot be opened: locked by another process, not a database, not writable."""


class NotStorable(ValueError):
    """A document holds text SQLite cannot keep (a lone surrogate); nothing was written."""


def _encode(body: Document) -> str:
    text = json.dumps(body, ensure_ascii=False, allow_nan=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise NotStorable(f"text with a lone surrogate cannot be stored ({exc.reason})") from None
    return text


def _decode(text: str) -> Document:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("stored document is not a JSON object")
    return value


_INT64 = range(-(2**63), 2**63)


def _sqlite_number(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool) and value not in _INT64:
        return float(value)
    return value
