"""A Jo Mobile message's life, from the send request to its final state.

A stored message keeps what was decided when it was submitted (its network,
price, send time, lifetime and how it will end); its status at any moment is
derived from the emulator clock, so moving the clock moves every message:

    SCHEDULED --(send time)--> SENT --(delivery delay)--> DELIVERED or UNDELIVERED
        |                        |                        (only with `delivery`; else it stays SENT)
        +------------------------+--(lifetime over first)--> EXPIRED

How a message ends depends on its number, so tests can reach every state: a
number ending in 404 is UNDELIVERED (unknown subscriber), one ending in 408
belongs to a phone that is switched off, so its message waits until its
lifetime is over and ends EXPIRED. An HLR or MNP look-up always reports
(DELIVERED: the number is reachable, on the network shown).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from dateutil.parser import isoparse as _isoparse

from ...core import inbox_table as inbox_sql
from ...core.clock import isoformat
from ...core.message_view import CommonState, MessageView, encoding_name, history
from ...core.store import Document
from ..gsm import PartLengths, segment
from . import PROVIDER, reference
from .dates import stamp

isoparse = functools.lru_cache(maxsize=65_536)(_isoparse)
"""``dateutil``'s ``isoparse``, remembered: a view parses the same stored times many times (the inbox builds many)."""

PART_LENGTHS = PartLengths(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)
"""The usual concatenation lengths (the document names none)."""
DEFAULT_LIFETIME_SECONDS = 86400
LOOKUPS = frozenset({"HLR", "MNP"})
"""Types that send no text: a look-up of the number's network (HLR) or of the network it was ported to (MNP)."""
COMMON_STATES: dict[str, CommonState] = {
    "SCHEDULED": "queued",
    "SENT": "sent",
    "DELIVERED": "delivered",
    "UNDELIVERED": "failed",
    "EXPIRED": "expired",
}
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Outgoing:
    """One message about to be submitted, with its fields already checked and normalized."""

    number: str
    sender: str
    text: str
    type: str
    due: datetime
    lifetime: int = DEFAULT_LIFETIME_SECONDS
    """Seconds."""
    delivery: bool = False
    id_group: int | None = None


@dataclass(frozen=True)
class Cost:
    parts: int
    price: Decimal


def cost_of(message: Outgoing, discount: Decimal) -> Cost:
    """Parts and price of a message for an account with ``discount`` (0.1 is 10% off the list price)."""
    network = reference.destination(message.number).network
    parts = 0 if message.type in LOOKUPS else len(segment(message.text, PART_LENGTHS).parts)
    unit = reference.product_price(network, message.type) * (1 - discount)
    return Cost(parts, (unit * max(parts, 1)).quantize(Decimal("0.0001")))


def new_record(
    message: Outgoing, *, id_base: int, login: str, now: datetime, delivery_delay: float, cost: Cost
) -> Document:
    target = reference.destination(message.number)
    url = _URL.search(message.text) if message.type == "WAPPUSH" else None
    if message.number.endswith("404"):
        outcome = "UNDELIVERED"
    elif message.number.endswith("408"):
        outcome = "UNDELIVERED" if message.type in LOOKUPS else "UNREACHABLE"
    else:
        outcome = "DELIVERED"
    return {
        "id_base": id_base,
        "login": login,
        "phone": message.number,
        "sender": message.sender,
        "text": message.text,
        "type_sms": message.type,
        "MCC": target.mcc,
        "MNC": target.network.mnc,
        "country": target.country.iso if target.country else None,
        "operator": target.network.operator if target.country else None,
        "parts": cost.parts,
        "price": str(cost.price),
        "url": url.group(0) if url else None,
        "createdAt": isoformat(now),
        "dueAt": isoformat(message.due),
        "finalAt": isoformat(message.due + timedelta(seconds=delivery_delay)),
        "expiresAt": isoformat(now + timedelta(seconds=message.lifetime)),
        "lifetime": message.lifetime,
        "delivery": message.delivery or message.type in LOOKUPS,
        "outcome": outcome,
        "id_group": message.id_group,
    }


def status_at(record: Document, now: datetime) -> tuple[str, datetime | None]:
    """The status at ``now`` and, once final, when it became final."""
    due, final, expires = (isoparse(record[key]) for key in ("dueAt", "finalAt", "expiresAt"))
    if due >= expires:
        return ("EXPIRED", expires) if now >= expires else ("SCHEDULED", None)
    if now < due:
        return "SCHEDULED", None
    if record["outcome"] != "UNREACHABLE" and final <= expires:
        if now < final:
            return "SENT", None
        return (record["outcome"], final) if record["delivery"] else ("SENT", None)
    return ("EXPIRED", expires) if now >= expires else ("SENT", None)


def inbox_view(record: Document, now: datetime) -> MessageView:
    """The message as the inbox shows it (``core/message_view.py``); an HLR look-up has no text and no parts."""
    split = segment(record["text"], PART_LENGTHS) if record["type_sms"] != "HLR" else None
    return MessageView(
        provider=PROVIDER,
        own_key=str(record["id_base"]),
        id=str(record["id_base"]),
        sender=record["sender"],
        to=record["phone"],
        text=record["text"],
        encoding=encoding_name(split.encoding) if split else "GSM7",
        parts=split.parts if split else (),
        submitted_at=isoparse(record["createdAt"]),
        history=history(
            (isoparse(record[key]) for key in ("createdAt", "dueAt", "finalAt", "expiresAt")),
            lambda moment: status_at(record, moment)[0],
            COMMON_STATES,
            now,
        ),
        cost=Decimal(record["price"]),
        currency=reference.CURRENCY,
        details=full_data(record, now),
    )


def full_data(record: Document, now: datetime) -> Document:
    """A message as ``/v1/sms-full-data`` returns it."""
    status, done = status_at(record, now)
    return {
        "id_base": record["id_base"],
        "phone": record["phone"],
        "sender": record["sender"],
        "text": record["text"],
        "type_sms": record["type_sms"],
        "status": status,
        "MCC": record["MCC"],
        "MNC": record["MNC"],
        "country": record["country"],
        "operator": record["operator"],
        "parts": record["parts"],
        "price": float(Decimal(record["price"])),
        "currency": reference.CURRENCY,
        "url": record["url"],
        "date_create": stamp(isoparse(record["createdAt"])),
        "date_send": stamp(isoparse(record["dueAt"])),
        "date_delivery": stamp(done) if done is not None and record["delivery"] else None,
        "lifetime": record["lifetime"],
        "delivery": record["delivery"],
        "id_group": record["id_group"],
    }


INBOX_FIELDS = inbox_sql.MessageFields(
    PROVIDER, submitted="createdAt", to="phone", text="text", sender="sender", key="id_base"
)
INBOX = INBOX_FIELDS.searchable
"""The inbox's indexes over every login's messages: submission time and the recipient's digits."""
_STATUS = (
    "CASE WHEN {due} >= {expires} THEN (CASE WHEN :now >= {expires} THEN 'EXPIRED' ELSE 'SCHEDULED' END) "
    "WHEN :now < {due} THEN 'SCHEDULED' "
    "WHEN {outcome} != 'UNREACHABLE' AND {final} <= {expires} THEN "
    "(CASE WHEN :now < {final} THEN 'SENT' WHEN {delivery} THEN {outcome} ELSE 'SENT' END) "
    "WHEN :now >= {expires} THEN 'EXPIRED' ELSE 'SENT' END"
).format(
    due=inbox_sql.field("dueAt"),
    expires=inbox_sql.field("expiresAt"),
    final=inbox_sql.field("finalAt"),
    outcome=inbox_sql.field("outcome"),
    delivery=inbox_sql.field("delivery"),
)
"""``status_at`` in SQL, at ``:now`` (stored times are whole seconds, so ``:now`` may drop its fraction)."""


def inbox_table(now: datetime) -> inbox_sql.InboxTable:
    """Every login's messages as inbox rows in SQL."""
    return INBOX_FIELDS.table(state=_STATUS, common=COMMON_STATES, view=inbox_view, params={"now": isoformat(now)})
