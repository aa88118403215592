"""SMS messages and campaigns: ids, parts, prices and the states they go through.

A message is stored once, when it is accepted; its state is worked out from
the emulated clock whenever it is read, so moving the clock moves every
message along:

    NEW ──(send_after)──▶ SENT ──(delivery delay)──▶ DELIVERED | UNDELIVERED | REJECTED
     │  ▲
     ▼  │ stop / restart
    STOPPED

A receiver ending in ``403`` ends REJECTED and one ending in ``404`` ends
UNDELIVERED, so clients can exercise the failure states.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse as _isoparse

from ...core import inbox_table as inbox_sql
from ...core import sql_index
from ...core.clock import Clock, isoformat
from ...core.message_view import CommonState, MessageView, encoding_name, history
from ...core.store import Document, Store
from ..gsm import PartLengths, segment
from . import PROVIDER
from .search.sql import View

isoparse = functools.lru_cache(maxsize=65_536)(_isoparse)
"""``dateutil``'s ``isoparse``, remembered: a view parses the same stored times many times (the inbox builds many)."""

PART_LENGTHS = PartLengths(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)
"""BYTEHAND's part lengths: 160 GSM-7 characters in one part, 153 per part when split; UCS-2 70 and 67."""

FINAL_STATES = frozenset({"DELIVERED", "UNDELIVERED", "REJECTED"})
UNSENT_STATES = frozenset({"NEW", "STOPPED"})
COMMON: dict[str, CommonState] = {
    "NEW": "queued",
    "STOPPED": "queued",
    "SENT": "sent",
    "DELIVERED": "delivered",
    "UNDELIVERED": "failed",
    "REJECTED": "failed",
}
_ERROR_CODES = {"REJECTED": 403, "UNDELIVERED": 1}
_EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
_LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def snowflake(store: Store, clock: Clock) -> str:
    """A new 64-bit id above 2^53 (milliseconds since 1970, then a sequence number), as a string."""
    millis = int(clock.now().timestamp() * 1000)
    return str(millis * 100_000 + store.next_number(f"{PROVIDER}.snowflake") % 100_000)


def measure(text: str) -> tuple[int, str]:
    """The number of parts ``text`` takes and its encoding (``GSM7`` or ``UCS2``)."""
    split = segment(text, PART_LENGTHS)
    return len(split.parts), "GSM7" if split.encoding == "GSM7" else "UCS2"


def outcome_for(receiver: str) -> str:
    if receiver.endswith("403"):
        return "REJECTED"
    if receiver.endswith("404"):
        return "UNDELIVERED"
    return "DELIVERED"


def parse_time(text: str) -> datetime:
    """An RFC 3339 time from a request, in UTC, kept between 1970 and 9000 so arithmetic cannot overflow."""
    try:
        moment = isoparse(text).astimezone(UTC)
    except OverflowError:
        moment = _EARLIEST if text[:4] < "1970" else _LATEST
    return min(max(moment, _EARLIEST), _LATEST)


def release_time(send_after: str | None, now: datetime) -> datetime:
    """When a message may leave: ``send_after`` if it is still ahead, otherwise now."""
    if send_after is None:
        return now
    return max(parse_time(send_after), now)


def view(message: Document, now: datetime, delivery_delay: float) -> Document:
    """The message as the API shows it at ``now``: its public fields and current state."""
    shown = {key: value for key, value in message.items() if not key.startswith("_")}
    if message.get("_stopped"):
        shown["state"] = "STOPPED"
        return shown
    released = isoparse(message["_release_at"])
    if now < released:
        shown["state"] = "NEW"
        return shown
    shown["sent_at"] = isoformat(released)
    done = released + timedelta(seconds=delivery_delay)
    if now < done:
        shown["state"] = "SENT"
        return shown
    outcome = message["_outcome"]
    shown["state"] = outcome
    shown["done_at"] = isoformat(done)
    if outcome in _ERROR_CODES:
        shown["error_code"] = _ERROR_CODES[outcome]
    return shown


SEARCHABLE = sql_index.Searchable(
    PROVIDER,
    "message",
    indexed=(
        ("_user",),
        ("_user", "created_at"),
        ("_user", "receiver"),
        ("_user", "id"),
        ("_user", "campaign_id"),
        ("_user", "_stopped", "_outcome", "_release_at"),
    ),
    text=("text",),
    tally="_user",
    coarse=frozenset({"_stopped", "_outcome"}),
)
"""The message fields searches filter and sort through an index; ``text`` is searched by trigrams."""

_STOPPED = f"json_extract(body, {sql_index.path('_stopped')}) = 1"
_RELEASE = f"json_extract(body, {sql_index.path('_release_at')})"
_OUTCOME = f"json_extract(body, {sql_index.path('_outcome')})"
_KEYS = {name: sql_index.key(sql_index.path(name)) for name in ("_stopped", "_outcome", "_release_at")}
_GOING = f"{_KEYS['_stopped']} IN ('false', x'')"
"""Not stopped (stored as false, or never stored), in the indexed form."""


def _state_is(value: str, param: Callable[[Any], str]) -> str:
    """``state == value`` over the stored fields, so the (_user, _stopped, _outcome, _release_at) index serves it.

    Follows ``view`` branch by branch (outcomes are never STOPPED, NEW or SENT).
    """
    release = _KEYS["_release_at"]
    if value == "STOPPED":
        return f"{_KEYS['_stopped']} = 'true'"
    if value == "NEW":
        return f"{_GOING} AND {release} > :now"
    if value == "SENT":
        return f"{_GOING} AND {release} <= :now AND {release} > :sent_before"
    return f"{_GOING} AND {_KEYS['_outcome']} = {param(value)} AND {release} <= :sent_before"


_STATE = (
    f"CASE WHEN {_STOPPED} THEN 'STOPPED' WHEN :now < {_RELEASE} THEN 'NEW' "
    f"WHEN :sent_before < {_RELEASE} THEN 'SENT' ELSE {_OUTCOME} END"
)
"""``view``'s state at ``:now`` in SQL (``:sent_before`` is ``:now`` less the delivery delay)."""
_NEW = f"{_STOPPED} OR :now < {_RELEASE}"
_UNDONE = f"{_NEW} OR :sent_before < {_RELEASE}"


def search_view(user_id: int, now: datetime, delivery_delay: float, **only: str) -> View:
    """``view`` in SQL: a user's messages with ``state``, ``sent_at``, ``done_at`` and ``error_code`` at ``now``.

    ``only`` narrows them to the messages whose stored text fields equal the given values
    (``receiver=...``, ``campaign_id=...``).
    """
    stored = {name: sql_index.key(sql_index.path(name)) for name in ("sent_at", "done_at", "error_code")}
    codes = " ".join(f"WHEN '{state}' THEN {code}" for state, code in _ERROR_CODES.items())
    derived = {
        "state": _STATE,
        "sent_at": f"CASE WHEN {_NEW} THEN {stored['sent_at']} ELSE {_RELEASE} END",
        "done_at": f"CASE WHEN {_UNDONE} THEN {stored['done_at']} "
        f"ELSE strftime('%Y-%m-%dT%H:%M:%SZ', {_RELEASE}, :delay) END",
        "error_code": f"CASE WHEN {_UNDONE} THEN {stored['error_code']} "
        f"ELSE (CASE {_OUTCOME} {codes} ELSE {stored['error_code']} END) END",
    }
    params = {**_state_params(now, delivery_delay), "delay": f"+{delivery_delay!r} seconds"}
    scope: dict[str, Any] = {"_user": user_id, **only}
    return View(SEARCHABLE, scope, derived, params, {"state": _state_is}, newest_first=True)


def _state_params(now: datetime, delivery_delay: float) -> dict[str, str]:
    return {"now": isoformat(now), "sent_before": isoformat(now - timedelta(seconds=delivery_delay))}


INBOX_FIELDS = inbox_sql.MessageFields(
    PROVIDER, submitted="created_at", to="receiver", text="text", sender="sender", key="id", unsent="_seeded"
)
INBOX = INBOX_FIELDS.searchable
"""The inbox's indexes over every user's messages: submission time and the recipient's digits."""


def inbox_table(now: datetime, delivery_delay: float) -> inbox_sql.InboxTable:
    """The users' messages (not the demo account's seeded ones) as inbox rows in SQL."""

    def view(message: Document, now: datetime) -> MessageView:
        return inbox_view(message, now, delivery_delay)

    return INBOX_FIELDS.table(state=_STATE, common=COMMON, view=view, params=_state_params(now, delivery_delay))


def inbox_view(message: Document, now: datetime, delivery_delay: float) -> MessageView:
    """The message as the inbox shows it (``core/message_view.py``)."""
    released = isoparse(message["_release_at"])
    moments = [isoparse(message["created_at"]), released, released + timedelta(seconds=delivery_delay)]
    shown = view(message, now, delivery_delay)
    return MessageView(
        provider=PROVIDER,
        own_key=str(message["id"]),
        id=str(message["id"]),
        sender=message["sender"],
        to=message["receiver"],
        text=message["text"],
        encoding=encoding_name(message.get("encoding", "GSM7")),
        parts=segment(message["text"], PART_LENGTHS).parts,
        submitted_at=isoparse(message["created_at"]),
        history=history(moments, lambda moment: str(view(message, moment, delivery_delay)["state"]), COMMON, now),
        cost=Decimal(str(message["cost"])),
        currency=message.get("currency"),
        details=shown,
    )


def user_views(store: Store, user_id: int, now: datetime, delivery_delay: float) -> list[Document]:
    """Every message of a user as the API shows it at ``now``, oldest first."""
    return [
        view(message, now, delivery_delay)
        for message in store.list(PROVIDER, "message", lambda doc: doc["_user"] == user_id)
    ]


def stop_or_restart(message: Document, stopped: bool, now: datetime) -> None:
    """Stop an unsent message, or let a stopped one go (at ``send_after`` if that is still ahead)."""
    if stopped:
        message["_stopped"] = True
    elif message.get("_stopped"):
        message["_stopped"] = False
        message["_release_at"] = isoformat(release_time(message.get("send_after"), now))


def campaign_view(campaign: Document, messages: list[Document]) -> Document:
    """The campaign with its totals and state, from the views of its messages."""
    shown = {key: value for key, value in campaign.items() if not key.startswith("_")}
    states = Counter(message["state"] for message in messages)
    if all(state in FINAL_STATES for state in states):
        state = "FINISHED"
    elif campaign.get("_stopped"):
        state = "STOPPED"
    elif set(states) <= {"NEW"}:
        state = "NEW"
    else:
        state = "SENDING"
    shown.update(
        state=state,
        messages=len(messages),
        parts=sum(message["parts"] for message in messages),
        cost=round(sum(message["cost"] for message in messages), 2),
    )
    return shown
