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
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse as _isoparse

from ... import search
from ...clock import isoformat
from ...gsm import Limits, segment
from ...inbox import sql as inbox_sql
from ...inbox.views import CommonState, MessageView, encoding_name, history
from ...store import Document, Store
from . import reference
from .dates import stamp

isoparse = functools.lru_cache(maxsize=65_536)(_isoparse)
"""``dateutil``'s ``isoparse``, remembered: a view parses the same stored times many times (the inbox builds many)."""

LIMITS = Limits(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)
"""The usual concatenation limits (the document names none)."""
DEFAULT_LIFETIME_SECONDS = 86400
LOOKUPS = frozenset({"HLR", "MNP"})
"""Types that send no text: a look-up of the number's network (HLR) or of the network it was ported to (MNP)."""
SEARCH_DAYS = 7
"""How far back /v1/sms-full-data looks without a ``time_period``."""
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
    parts = 0 if message.type in LOOKUPS else len(segment(message.text, LIMITS).parts)
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
    """The message as the inbox shows it (``inbox.views``); an HLR look-up has no text and no parts."""
    split = segment(record["text"], LIMITS) if record["type_sms"] != "HLR" else None
    return MessageView(
        provider="jomobile",
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


SEARCHABLE = search.Searchable(
    "jomobile",
    "message",
    indexed=(("login",), ("login", "phone"), ("login", "id_base"), ("login", "createdAt")),
)
"""The message fields ``/v1/sms-full-data`` looks messages up by."""
_LISTED = 500
"""Up to this many wanted phones or ids go into the SQL as parameters; more go in as one JSON list."""
_KEYS = {
    name: search.key(search.path(name))
    for name in ("login", "phone", "id_base", "createdAt", "MCC", "MNC", "sender", "type_sms")
}


@dataclass(frozen=True)
class Search:
    """The filters of ``/v1/sms-full-data``; None means "any"."""

    mcc: int | None = None
    mnc: int | None = None
    sender: str | None = None
    phones: frozenset[str] | None = None
    ids: frozenset[int] | None = None
    period: tuple[datetime, datetime] | None = None
    type: str | None = None
    limit: int | None = None

    def matches(self, record: Document, now: datetime) -> bool:
        start, end = self.period or (now - timedelta(days=SEARCH_DAYS), now)
        checks: list[tuple[Any, Any]] = [
            (self.mcc, record["MCC"]),
            (self.mnc, record["MNC"]),
            (self.sender, record["sender"]),
            (self.type, record["type_sms"]),
        ]
        return (
            all(wanted is None or wanted == value for wanted, value in checks)
            and (self.phones is None or record["phone"] in self.phones)
            and (self.ids is None or record["id_base"] in self.ids)
            and start <= isoparse(record["createdAt"]).replace(microsecond=0) <= end
        )

    def find(self, store: Store, login: str, now: datetime) -> list[Document]:
        """``apply`` in SQL: the user's matching messages as full data, newest first, at most ``limit``."""
        start, end = self.period or (now - timedelta(days=SEARCH_DAYS), now)
        if start.microsecond:  # stored times are whole seconds: the first one not before ``start``
            start = start.replace(microsecond=0) + timedelta(seconds=1)
        terms = [SEARCHABLE.where, f"{_KEYS['login']} = :login", f"{_KEYS['createdAt']} BETWEEN :start AND :end"]
        params: dict[str, Any] = {"login": login, "start": isoformat(start), "end": isoformat(end)}
        for name, wanted in (("MCC", self.mcc), ("MNC", self.mnc), ("sender", self.sender), ("type_sms", self.type)):
            if wanted is not None:
                terms.append(f"{_KEYS[name]} = :{name}")
                params[name] = wanted
        for name, wanted_any in (("phone", self.phones), ("id_base", self.ids)):
            if wanted_any is None:
                continue
            if len(wanted_any) > _LISTED:
                terms.append(f"{_KEYS[name]} IN (SELECT value FROM json_each(:{name}))")
                params[name] = json.dumps(list(wanted_any))
                continue
            # Listed values, so the planner sees a few look-ups on the (login, field) index.
            listed = {f"{name}{index}": value for index, value in enumerate(sorted(wanted_any, key=repr))}
            terms.append(f"{_KEYS[name]} IN ({', '.join(':' + key for key in listed) or 'NULL'})")
            params.update(listed)
        params["limit"] = -1 if self.limit is None else min(self.limit, 2**63 - 1)
        rows = store.select(
            f"SELECT body FROM documents WHERE {' AND '.join(terms)} ORDER BY documents.rowid DESC LIMIT :limit",
            params,
        )
        return [full_data(json.loads(body), now) for (body,) in rows]

    def apply(self, records: list[Document], now: datetime) -> list[Document]:
        """The matching records as full data, newest first, at most ``limit`` of them."""
        found = [full_data(record, now) for record in reversed(records) if self.matches(record, now)]
        return found if self.limit is None else found[: self.limit]


INBOX = search.Searchable(
    "jomobile",
    "message",
    indexed=(("createdAt",),),
    computed=(inbox_sql.digits_index(inbox_sql.field("phone")),),
    combined=(inbox_sql.text_table("text", "phone", "sender", "id_base"),),
    name="inbox_jomobile_message",
)
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
    submitted = search.key(search.path("createdAt"))
    return inbox_sql.InboxTable(
        searchable=INBOX,
        submitted_index="createdAt",
        to=inbox_sql.field("phone"),
        state=inbox_sql.common_state(_STATUS, COMMON_STATES, submitted),
        searched=tuple(inbox_sql.field(name) for name in ("text", "phone", "sender", "id_base")),
        own_key=inbox_sql.field("id_base"),
        view=lambda record, to, now: inbox_view(record, now),
        provider_states=(*COMMON_STATES,),
        params={"now": isoformat(now)},
    )
