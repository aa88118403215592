"""Sending: numbers, parts, price, send time, and a message's status as the emulated clock moves.

    waiting (-1) --(send time)--> handed to the operator (0) --(delivery delay)--> delivered (1)
                                                                               or impossible to deliver (20)

A number ending in 403 ends "impossible to deliver"; one ending in 404 is
refused at once with error 8, so tests can reach every outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Final

from ...core import inbox_table as inbox_sql
from ...core import sql_index
from ...core.message_view import CommonState, MessageView, encoding_name, history
from ...core.store import Document
from ..gsm import segment
from . import PROVIDER
from .reference import CURRENCY, DEFAULT_PRICE, MOSCOW, NETWORKS, PART_LENGTHS, PRICES

WAITING, HANDED_OVER, DELIVERED, UNDELIVERABLE = -1, 0, 1, 20
STATUS_NAMES: Final = {
    WAITING: "waiting",
    HANDED_OVER: "handed to the operator",
    DELIVERED: "delivered",
    UNDELIVERABLE: "impossible to deliver",
}

COMMON_STATES: dict[str, CommonState] = {
    STATUS_NAMES[WAITING]: "queued",
    STATUS_NAMES[HANDED_OVER]: "sent",
    STATUS_NAMES[DELIVERED]: "delivered",
    STATUS_NAMES[UNDELIVERABLE]: "failed",
}

_PHONE = re.compile(r"\+?([0-9]{10,15})", re.ASCII)
_ABSOLUTE = re.compile(r"([0-9]{2})\.?([0-9]{2})\.?([0-9]{2}) ?([0-9]{2}):?([0-9]{2})", re.ASCII)
_TIMESTAMP = re.compile(r"0([0-9]{10})", re.ASCII)
_RELATIVE = re.compile(r"\+([0-9]{1,6})", re.ASCII)


class BadNumber(ValueError):
    """A number in ``phones`` is not a phone number."""


class BadTime(ValueError):
    """``time`` fits none of the forms SMSC reads."""


def phones(text: str) -> list[str]:
    """The numbers in ``phones`` (separated by ``,`` or ``;``), as digits."""
    found = []
    items = re.split(r"[,;]", text)
    if len(items) > 1 and not items[-1].strip():
        items.pop()  # a trailing separator, as list-building clients leave
    for item in items:
        match = _PHONE.fullmatch(item.strip())
        if match is None:
            raise BadNumber(f"{item.strip()!r} is not a phone number")
        found.append(match.group(1))
    return found


MAX_NUMBERS: Final = 1000
"""Numbers in one send.php request (a project decision: SMSC publishes no cap)."""


def network(number: str) -> tuple[str, str, str]:
    """The country, operator and region status.php reports with ``all=2`` (``reference.NETWORKS``)."""
    for prefix, found in NETWORKS:
        if number.startswith(prefix):
            return found
    return ("unknown", "unknown", "unknown")


def is_phone(text: str) -> bool:
    return _PHONE.fullmatch(text.strip()) is not None


def parts(text: str) -> int:
    return len(segment(text, PART_LENGTHS).parts)


def price(number: str) -> Decimal:
    for prefix, amount in PRICES:
        if number.startswith(prefix):
            return amount
    return DEFAULT_PRICE


def undeliverable(number: str) -> bool:
    """Numbers ending in 404 cannot be reached at all: send.php answers error 8."""
    return number.endswith("404")


def send_time(text: str, now: datetime) -> datetime:
    """When a message with ``time=text`` goes out.

    A day, month, hour or minute out of range rolls over, as PHP's mktime does.
    """
    text = text.strip()
    if match := _TIMESTAMP.fullmatch(text):
        return datetime.fromtimestamp(int(match.group(1)), UTC)
    if match := _RELATIVE.fullmatch(text):
        return now + timedelta(minutes=int(match.group(1)))
    match = _ABSOLUTE.fullmatch(text)
    if match is None:
        raise BadTime(f"time: {text!r} is not DDMMYYhhmm, DD.MM.YY hh:mm, 0<timestamp> or +<minutes>")
    day, month, year, hour, minute = (int(value) for value in match.groups())
    months = 2000 * 12 + year * 12 + month - 1
    first = datetime(months // 12, months % 12 + 1, 1, tzinfo=MOSCOW)
    return (first + timedelta(days=day - 1, hours=hour, minutes=minute)).astimezone(UTC)


@dataclass(frozen=True)
class State:
    status: int
    changed: datetime
    error: int


def state_at(message: Document, number: str, now: datetime, delivery_delay: float) -> State:
    """The status of ``message`` to ``number`` at ``now``, when it last changed, and the delivery error code."""
    submitted = datetime.fromisoformat(message["submitted"])
    due = datetime.fromisoformat(message["due"])
    done = due + timedelta(seconds=delivery_delay)
    if now < due:
        return State(WAITING, submitted, 0)
    if now < done:
        return State(HANDED_OVER, due, 0)
    if number.endswith("403"):
        return State(UNDELIVERABLE, done, 1)
    return State(DELIVERED, done, 0)


def inbox_view(message: Document, number: str, now: datetime, delivery_delay: float) -> MessageView:
    """The message to one of its numbers as the inbox shows it (``core/message_view.py``)."""
    split = segment(message["text"], PART_LENGTHS)
    due = datetime.fromisoformat(message["due"])
    return MessageView(
        provider=PROVIDER,
        own_key=f"{message['key']}-{number}",
        id=str(message["id"]),
        sender=message["sender"],
        to=number,
        text=message["text"],
        encoding=encoding_name(split.encoding),
        parts=split.parts,
        submitted_at=datetime.fromisoformat(message["submitted"]),
        history=history(
            (datetime.fromisoformat(message["submitted"]), due, due + timedelta(seconds=delivery_delay)),
            lambda moment: STATUS_NAMES[state_at(message, number, moment, delivery_delay).status],
            COMMON_STATES,
            now,
        ),
        cost=price(number) * message["parts"],
        currency=CURRENCY,
        details={key: value for key, value in message.items() if key != "account"} | {"phones": [number]},
    )


INBOX = sql_index.Searchable(
    PROVIDER,
    "message",
    indexed=(("submitted",),),
    text=("phones",),
    combined=(inbox_sql.text_table("text", "phones", "sender", "id", "key"),),
    name="inbox_smsc_message",
)
"""The inbox's indexes over every account's messages: submission time, and trigrams of the recipients.

The recipients are a list in one document (digits only), so no B-tree holds them one by one; their
trigram table finds the few documents whose list holds a number."""
_STATUS = (
    "CASE WHEN :now < {due} THEN '{waiting}' WHEN :sent_before < {due} THEN '{handed}' "
    "WHEN recipient.value LIKE '%403' THEN '{failed}' ELSE '{delivered}' END"
).format(
    due=inbox_sql.field("due"),
    waiting=STATUS_NAMES[WAITING],
    handed=STATUS_NAMES[HANDED_OVER],
    failed=STATUS_NAMES[UNDELIVERABLE],
    delivered=STATUS_NAMES[DELIVERED],
)
"""``state_at`` in SQL, at ``:now``: stored times are Python's ``isoformat`` in UTC, whose text order is time order
(``:sent_before`` is ``:now`` less the delivery delay)."""


def inbox_table(now: datetime, delivery_delay: float) -> inbox_sql.InboxTable:
    """Every account's messages as inbox rows in SQL: one row per recipient of a request."""
    submitted = sql_index.key(sql_index.path("submitted"))
    return inbox_sql.InboxTable(
        searchable=INBOX,
        submitted_index="submitted",
        to="recipient.value",
        state=inbox_sql.common_state(_STATUS, COMMON_STATES, submitted),
        searched=(*(inbox_sql.field(name) for name in ("text", "sender", "id")), "recipient.value"),
        own_key=f"{inbox_sql.field('key')} || '-' || recipient.value",
        view=lambda message, to, now: inbox_view(message, to, now, delivery_delay),
        provider_states=(*COMMON_STATES,),
        joined=f", json_each(body, {sql_index.path('phones')}) AS recipient",
        position="recipient.key",
        recipients_text="phones",
        params={
            "now": now.astimezone(UTC).isoformat(),
            "sent_before": (now - timedelta(seconds=delivery_delay)).astimezone(UTC).isoformat(),
        },
    )
