"""Each provider's stored messages as inbox rows in SQL, so the inbox's filters run in SQLite.

``find_messages`` used to build every provider's views in Python and filter
them, which with 100,000 stored messages took seconds for a page of ten. A
provider now describes its messages once as an ``InboxTable``: SQL for the
recipient, the submission time (as text whose order is time order), the
common state at ``:now`` and the fields the free-text filter looks into, over
the store's ``documents`` (SMSC: one row per recipient, through ``json_each``).
The ``Searchable`` beside it indexes the submission time and the recipient's
digits, so a page, newest or oldest first, walks an index and stops.

SQL only narrows: every row it returns is turned into a ``MessageView`` and
checked with ``MessageQuery.matches``, so the answer is exactly the Python
filter's. The SQL must never drop a row the Python filter keeps; where the
state cannot be worked out the simple way (a message submitted after ``now``,
because the clock was moved back) it lets the row through and Python decides.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import datetime
from typing import Any

from . import sql_index
from .message_view import MessageView
from .store import Document

RowView = Callable[[Document, str, datetime], MessageView | None]
"""Builds the view of one row (the stored document, the recipient the row is for, ``now``); None leaves it out."""


@dataclass(frozen=True)
class InboxTable:
    """How one provider's stored messages read as inbox rows (SQL over ``documents.body``)."""

    searchable: sql_index.Searchable
    """The message kind, with an index on the submission time's field and, if it can, the ``digits_index``."""
    submitted_index: str
    """The stored field of the submission time; its text order is time order, and ``searchable`` indexes it."""
    to: str
    """The recipient of the row."""
    state: str
    """The common state (``queued``, ``sent``, ...) at ``:now``, for messages submitted by then."""
    searched: tuple[str, ...]
    """SQL of the fields the free-text filter looks into besides the state words (text, recipient, sender, id);
    ``searchable`` has a ``text_table`` over the stored fields they come from and the own key's."""
    own_key: str
    """The provider's key of the row's message (the view's ``key`` without the provider's name)."""
    view: RowView
    provider_states: tuple[str, ...]
    """Every provider state word, so a free-text filter that matches one is left to Python."""
    joined: str = ""
    """More tables after ``documents`` (``, json_each(...) AS recipient``) for one row per recipient."""
    position: str = ""
    """The row's order among the rows of one document, when a document has several."""
    recipients_text: str = ""
    """Where ``to`` cannot be indexed (SMSC's list of recipients): a field of ``searchable.text`` holding every
    recipient's digits, whose trigram table narrows a filter on ``to``."""
    only: str = ""
    """A condition every inbox row meets besides the kind (BYTEHAND: not a seeded demo message)."""
    params: Mapping[str, Any] = _field(default_factory=dict)
    """Values for ``:named`` parameters the SQL uses (``:now`` and the like)."""

    @property
    def submitted(self) -> str:
        """The submission time in SQL, as the index has it."""
        return sql_index.key(sql_index.path(self.submitted_index))

    @property
    def recipients_key(self) -> str:
        """The search key of ``recipients_text`` (what its trigram table holds)."""
        return sql_index.key(sql_index.path(self.recipients_text))

    @property
    def digits_indexed(self) -> bool:
        """Whether ``searchable`` indexes the digits of ``to`` (SMSC's recipients are a list: they cannot be)."""
        return digits_index(self.to) in self.searchable.computed


TEXT = "inbox"
"""The name of each inbox ``Searchable``'s ``combined`` trigram table over the fields the free text looks into."""


def text_table(*fields: str) -> tuple[str, tuple[str, ...]]:
    """The ``combined`` entry for the fields the free-text filter looks into (they must hold the own key's text)."""
    return (TEXT, fields)


def digits_index(to: str) -> tuple[str, str]:
    """The ``computed`` index entry for the recipient's digits (``sql_index.Searchable.computed``)."""
    return ("to_digits", f"search_digits({to})")


def field(name: str) -> str:
    """A stored top-level field of the message document, as SQL."""
    return f"json_extract(body, {sql_index.path(name)})"


def common_state(provider_state: str, common: Mapping[str, str], submitted: str, now: str = ":now") -> str:
    """SQL for the common state of a row: NULL (let Python decide) when it was submitted after ``now``.

    ``provider_state`` is the provider's own word at ``now``; ``common`` maps it, anything else is ``sent``.
    """
    cases = " ".join(f"WHEN '{word}' THEN '{state}'" for word, state in common.items())
    return f"CASE WHEN {submitted} > {now} THEN NULL ELSE (CASE ({provider_state}) {cases} ELSE 'sent' END) END"


@dataclass(frozen=True)
class MessageFields:
    """Where a provider that stores one document per message to one recipient keeps what the inbox reads.

    Such a provider (tyntec, BYTEHAND, Jo Mobile) gets its inbox ``Searchable``
    and ``InboxTable`` from here instead of spelling them out; a provider whose
    documents hold several recipients (SMSC) builds its ``InboxTable`` itself.
    """

    provider: str
    submitted: str
    """The field of the submission time (text whose order is time order)."""
    to: str
    text: str
    sender: str
    key: str
    """The field of the provider's own key of the message (and the id its API reports)."""
    unsent: str | None = None
    """A field that, when true, marks a stored message nobody sent (the seeded demo data): not in the inbox."""

    @functools.cached_property
    def searchable(self) -> sql_index.Searchable:
        """The inbox's indexes over the provider's messages: submission time, recipient's digits, free text."""
        return sql_index.Searchable(
            self.provider,
            "message",
            indexed=((self.submitted,),),
            computed=(digits_index(field(self.to)),),
            combined=(text_table(self.text, self.to, self.sender, self.key),),
            name=f"inbox_{self.provider}_message",
        )

    def table(
        self,
        *,
        state: str,
        common: Mapping[str, str],
        view: Callable[[Document, datetime], MessageView],
        params: Mapping[str, Any],
    ) -> InboxTable:
        """The provider's messages as inbox rows: ``state`` is SQL for its own state word at ``:now``."""
        unsent = self.unsent

        def row_view(message: Document, to: str, now: datetime) -> MessageView | None:
            return None if unsent is not None and message.get(unsent) else view(message, now)

        return InboxTable(
            searchable=self.searchable,
            submitted_index=self.submitted,
            to=field(self.to),
            state=common_state(state, common, sql_index.key(sql_index.path(self.submitted))),
            searched=tuple(field(name) for name in (self.text, self.to, self.sender, self.key)),
            own_key=field(self.key),
            view=row_view,
            provider_states=(*common,),
            only="" if unsent is None else f"json_type(body, {sql_index.path(unsent)}) IS NOT 'true'",
            params=params,
        )
