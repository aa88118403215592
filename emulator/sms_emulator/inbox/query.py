"""Finding sent messages: the inbox's filters, applied the same way for the page and the API.

``find_messages`` is the one place that collects every provider's views and
filters, orders and pages them; the web page, ``GET /_emulator/messages`` and
the pytest plugin all go through it. The filters, the order and the page run in
SQL for every provider that describes its messages as a ``core.inbox_table.InboxTable``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..core import sql_index
from ..core.inbox_table import TEXT as _TEXT
from ..core.inbox_table import InboxTable
from ..core.message_view import COMMON_STATES, MessageView

if TYPE_CHECKING:
    from ..core.outbound import Outbound
    from ..core.store import Store
    from ..providers.mounted import MountedProviders

_NOT_DIGITS = re.compile(r"\D")


class BadQuery(ValueError):
    """A filter value that cannot match anything (an unknown provider or state); the message names it."""


@dataclass(frozen=True)
class MessageQuery:
    """The inbox's filters; None means "any". ``text`` matches text, numbers, sender, ids and state, ignoring case."""

    provider: str | None = None
    to: str | None = None
    state: str | None = None
    text: str | None = None
    limit: int | None = None
    newest_first: bool = True

    def check(self, providers: list[str]) -> None:
        if self.provider is not None and self.provider not in providers:
            raise BadQuery(f"provider: unknown provider {self.provider!r} (one of {', '.join(providers)})")
        if self.state is not None and self.state not in COMMON_STATES:
            raise BadQuery(f"state: unknown state {self.state!r} (one of {', '.join(COMMON_STATES)})")

    def matches(self, view: MessageView) -> bool:
        if self.provider is not None and view.provider != self.provider:
            return False
        if self.state is not None and view.state != self.state:
            return False
        if self.to and _digits(self.to) != _digits(view.to):
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = (view.text, view.to, view.sender, view.id, view.key, view.provider_state, view.provider)
            return any(needle in value.casefold() for value in haystack)
        return True


def find_messages(providers: MountedProviders, query: MessageQuery) -> list[MessageView]:
    """The messages matching ``query``, newest (or oldest) first: by submission time, then as they were stored.

    Each provider with an ``inbox_table`` is asked in SQL for at most ``limit``
    matching rows in order (see ``core/inbox_table.py``); the others build every view in
    Python. The results are merged by (submission time, provider, stored order).
    """
    query.check(providers.names)
    now = providers.runtime.clock.now()
    found: list[tuple[tuple[Any, ...], MessageView]] = []
    for position, provider in enumerate(providers):
        name = provider.name
        if query.provider is not None and query.provider != name:
            continue
        table = provider.inbox_table(now)
        if table is None:
            found += [
                ((view.submitted_at, position, index, 0), view)
                for index, view in enumerate(provider.inbox_views(now))
                if query.matches(view)
            ]
        else:
            found += [
                ((view.submitted_at, position, rowid, row), view)
                for rowid, row, view in _from_table(providers.runtime.store, name, table, query, now)
            ]
    found.sort(key=lambda item: item[0], reverse=query.newest_first)
    ordered = [view for _, view in found]
    return ordered if query.limit is None else ordered[: query.limit]


_BATCH = 100
"""The fewest rows read by a further statement when some of the first ``limit`` failed the Python check."""
_MOST = 2**62
"""More rows than any store holds; a larger ``limit`` would not fit SQLite's 64-bit ``LIMIT``."""


def _statement(name: str, table: InboxTable, query: MessageQuery) -> tuple[str, dict[str, Any]]:
    """The SQL (and its parameters) of the provider's rows that may match ``query``, in order, a page at a time.

    A document's rows (SMSC's recipients) come together, in the order of the document's index; ``_from_table``
    puts them in order among themselves.
    """
    params: dict[str, Any] = dict(table.params)

    def bind(value: Any) -> str:
        name = f"p{len(params)}"
        params[name] = value
        return f":{name}"

    terms = [table.searchable.where] + ([table.only] if table.only else [])
    # The planner's fixed statistics (``sql_index.install``) favour the primary key and a sort; name the index:
    # the recipient's digits when they are asked for and indexed, else the submission time, walked in order.
    index: str | None = table.searchable.index_name((table.submitted_index,))
    if query.to:
        wanted_digits = params["digits"] = _digits(query.to)
        terms.append(f"search_digits({table.to}) = :digits")
        if table.digits_indexed:
            index = table.searchable.index_name(("to_digits",))
        elif table.recipients_text and len(wanted_digits) >= 3:
            # The document's recipients (digits) hold the wanted digits: its trigram table finds the few candidates.
            field, key = table.recipients_text, table.recipients_key
            terms.append(sql_index.contains(table.searchable, field, key, wanted_digits, bind))
            index = None
    if query.state is not None:
        terms.append(f"coalesce(({table.state}) = :state, 1)")
        params["state"] = query.state
    if query.text:
        needle = query.text.casefold()
        words = (name, *table.provider_states)
        if not any(needle in word.casefold() for word in words):  # else the state word decides, in Python
            params["needle"] = needle
            looked_into = [*table.searched, f"'{name}-' || ({table.own_key})"]
            terms.append("(" + " OR ".join(f"search_contains({sql}, :needle)" for sql in looked_into) + ")")
            if len(needle) >= 3 and "-" not in needle:
                # Without a '-' the needle is inside one field (the key's own part is one of them), so the
                # trigram table over all of them finds the candidates; with one it may span "<provider>-<key>".
                trigrams = table.searchable.fts(_TEXT)
                terms.append(f"documents.rowid IN (SELECT rowid FROM {trigrams} WHERE {trigrams} MATCH :trigrams)")
                params["trigrams"] = sql_index.trigrams(needle)
                if index == table.searchable.index_name((table.submitted_index,)):
                    index = None
    direction = " DESC" if query.newest_first else ""
    order = [table.submitted, "documents.rowid"]
    statement = (
        f"SELECT documents.rowid, {table.position or 0}, documents.body, {table.to} "
        f"FROM documents{'' if index is None else f' INDEXED BY {index}'}{table.joined} "
        f"WHERE {' AND '.join(terms)} ORDER BY {', '.join(term + direction for term in order)} "
        "LIMIT :limit OFFSET :offset"
    )
    return statement, params


def _from_table(
    store: Store, name: str, table: InboxTable, query: MessageQuery, now: datetime
) -> list[tuple[int, int, MessageView]]:
    """Up to ``limit`` of the provider's matching messages in order, with their stored order, found in SQL."""
    statement, params = _statement(name, table, query)
    wanted = query.limit
    if wanted is not None and wanted <= 0:
        return []
    batch = -1 if wanted is None else min(wanted, _MOST)
    found: list[tuple[int, int, MessageView]] = []
    offset = 0
    while True:
        rows = store.select(statement, {**params, "limit": batch, "offset": offset})
        complete = batch < 0 or len(rows) < batch
        if not complete and table.position:
            # The page may end inside a document's rows: leave that document to the next page.
            whole = [row for row in rows if row[0] != rows[-1][0]]
            if not whole:
                batch *= 2
                continue
            rows = whole
        offset += len(rows)
        # A document's rows are together; among themselves they go by position (SQL sorting them would sort all).
        for rowid, row, body, to in _in_position(rows, query.newest_first):
            view = table.view(json.loads(body), str(to), now)
            if view is not None and query.matches(view):
                found.append((int(rowid), int(row), view))
        if complete or (wanted is not None and len(found) >= wanted):
            return found if wanted is None else found[:wanted]
        batch = max(batch * 2, _BATCH)


def _in_position(rows: list[tuple[Any, ...]], descending: bool) -> list[tuple[Any, ...]]:
    """``rows`` with each document's rows (they come together) in order of position among themselves."""
    groups: list[int] = []
    for index, row in enumerate(rows):
        groups.append(groups[-1] + (row[0] != rows[index - 1][0]) if index else 0)
    sign = -1 if descending else 1
    order = sorted(range(len(rows)), key=lambda index: (groups[index], sign * int(rows[index][1])))
    return [rows[index] for index in order]


def callbacks_by_message(outbound: Outbound) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The requests the providers made to users' servers, by (provider, message id) they were about."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in outbound.history():
        if record.get("about") is not None:
            found[(record["provider"], str(record["about"]))].append(
                {key: record.get(key) for key in ("at", "purpose", "method", "url", "status", "error")}
            )
    return found


def as_json(outbound: Outbound, views: list[MessageView]) -> list[dict[str, Any]]:
    """The views as ``Message`` objects, each with the callbacks made for it."""
    callbacks = callbacks_by_message(outbound)
    return [view.to_json(callbacks.get((view.provider, view.id), [])) for view in views]


def forget(providers: MountedProviders, key: str) -> bool:
    """Delete one message by its ``key``; False when there is no such message."""
    name, _, own_key = key.partition("-")
    provider = providers.get(name)
    return provider is not None and bool(own_key) and provider.forget_message(own_key)


def forget_all(providers: MountedProviders, provider: str | None = None) -> int:
    """Delete every sent message (of one provider, or of all); returns how many recipients' messages went."""
    views = find_messages(providers, MessageQuery(provider=provider))
    return sum(forget(providers, view.key) for view in views)


def _digits(number: str) -> str:
    return _NOT_DIGITS.sub("", number)
