"""A tyntec message's life: from the send request to its final delivery state.

A stored message keeps only what was decided when it was sent (the parts, when
it is due, when it expires, how it will end); its state at any moment is
derived from the emulator clock, so moving the clock moves every message:

    ACCEPTED --(sendDateTime)--> BUFFERED --(delivery delay)--> DELIVERED
                                    |                  or UNDELIVERABLE
    REJECTED at the due time        +--(validity runs out first)--> EXPIRED

How a message ends depends on its recipient, so tests can reach every state:
a number ending in 403 is REJECTED, one ending in 404 is UNDELIVERABLE.
"""

from __future__ import annotations

import functools
import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse as _isoparse

from ...core import inbox_table as inbox_sql
from ...core.clock import isoformat
from ...core.message_view import CommonState, MessageView, encoding_name, history
from ...core.store import Document
from ..gsm import segment
from . import PROVIDER
from .reference import CURRENCY, PART_LENGTHS, PRICE_EFFECTIVE, network_for

isoparse = functools.lru_cache(maxsize=65_536)(_isoparse)
"""``dateutil``'s ``isoparse``, remembered: a view parses the same stored times many times (the inbox builds many)."""

FINAL_STATES = frozenset({"DELIVERED", "EXPIRED", "REJECTED", "UNDELIVERABLE"})
COMMON_STATES: dict[str, CommonState] = {
    "ACCEPTED": "queued",
    "BUFFERED": "sent",
    "DELIVERED": "delivered",
    "REJECTED": "failed",
    "UNDELIVERABLE": "failed",
    "EXPIRED": "expired",
}


class MessageRejected(ValueError):
    """The send request is well-formed but cannot be accepted; ``field`` names why."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(detail)
        self.field = field


def outcome_for(number: str) -> tuple[str, str | None, str | None]:
    """(final state, GSM error code, reason) the recipient's number leads to."""
    if number.endswith("403"):
        return "REJECTED", "13", "Barred by the destination network"
    if number.endswith("404"):
        return "UNDELIVERABLE", "1", "Unknown subscriber"
    return "DELIVERED", None, None


def new_message(
    fields: dict[str, Any], *, request_id: str, account: str, now: datetime, delivery_delay: float, href: str
) -> Document:
    """Decide everything about a message at send time; raise MessageRejected if it cannot go."""
    encoding = fields.get("encoding") or "AUTO"
    split = segment(fields["message"], PART_LENGTHS, encoding)
    part_limit = fields.get("partLimit")
    if part_limit is not None and len(split.parts) > part_limit:
        raise MessageRejected(
            "partLimit", f"partLimit: the message needs {len(split.parts)} parts, more than the allowed {part_limit}"
        )
    due = now
    if fields.get("sendDateTime"):
        due = max(now, isoparse(fields["sendDateTime"]))
    expires = None
    if fields.get("validity") is not None:
        expires = now + timedelta(minutes=int(fields["validity"]))
    final, error_code, error_reason = outcome_for(fields["to"])
    network = network_for(fields["to"])
    return {
        "requestId": request_id,
        "account": account,
        "href": href,
        "request": fields,
        "to": fields["to"],
        "from": fields["from"],
        "message": fields["message"],
        "encoding": split.encoding,
        "flash": bool(fields.get("flash", False)),
        "parts": list(split.parts),
        "submitDate": isoformat(now),
        "dueAt": isoformat(due),
        "deliverAt": isoformat(due + timedelta(seconds=delivery_delay)),
        "expiresAt": None if expires is None else isoformat(expires),
        "outcome": final,
        "errorCode": error_code,
        "errorReason": error_reason,
        "mccmnc": network.mccmnc,
        "ttid": network.ttid,
        "price": str(network.price),
        "conversions": [],
        "reported": None,
    }


def state_at(message: Document, now: datetime) -> tuple[str, datetime | None]:
    """The delivery state at ``now`` and, once final, when it became final."""
    # The stored moments are our own isoformat(), which the standard library reads several times faster.
    due, deliver = datetime.fromisoformat(message["dueAt"]), datetime.fromisoformat(message["deliverAt"])
    expires = datetime.fromisoformat(message["expiresAt"]) if message["expiresAt"] else None
    final_at = due if message["outcome"] == "REJECTED" else deliver
    if expires is not None and expires < final_at:
        return ("EXPIRED", expires) if now >= expires else (("BUFFERED" if now >= due else "ACCEPTED"), None)
    if now >= final_at:
        return message["outcome"], final_at
    return ("BUFFERED" if now >= due else "ACCEPTED"), None


def status_view(message: Document, now: datetime) -> Document:
    """The message as ``RestMessageResponse``: what the status call and delivery reports carry."""
    state, done = state_at(message, now)
    failed = state in {"REJECTED", "UNDELIVERABLE"}
    done_date = isoformat(done) if done is not None else None
    price = Decimal(message["price"])
    parts = [
        _without_none(
            {
                "partId": f"{message['requestId']}:{index}",
                "deliveryState": state,
                "doneDate": done_date,
                "errorCode": message["errorCode"] if failed else None,
                "currency": CURRENCY,
                "price": str(price),
                "priceEffective": PRICE_EFFECTIVE,
                "statusText": text[:20],
            }
        )
        for index, text in enumerate(message["parts"], start=1)
    ]
    return _without_none(
        {
            "requestId": message["requestId"],
            "href": message["href"],
            "status": state,
            "from": message["from"],
            "to": message["to"],
            "reference": message["request"].get("reference"),
            "submitDate": message["submitDate"],
            "doneDate": done_date,
            "errorCode": message["errorCode"] if failed else None,
            "errorReason": message["errorReason"]
            if failed
            else ("Validity period expired" if state == "EXPIRED" else None),
            "mccmnc": message["mccmnc"],
            "ttid": message["ttid"],
            "size": len(message["parts"]),
            "parts": parts,
            "overallPrice": str(price * len(message["parts"])),
            "priceEffective": PRICE_EFFECTIVE,
        }
    )


def inbox_view(message: Document, now: datetime) -> MessageView:
    """The message as the inbox shows it (``core/message_view.py``)."""
    moments = [isoparse(message[key]) for key in ("submitDate", "dueAt", "deliverAt") if message[key]]
    if message["expiresAt"]:
        moments.append(isoparse(message["expiresAt"]))
    return MessageView(
        provider=PROVIDER,
        own_key=message["requestId"],
        id=message["requestId"],
        sender=message["from"],
        to=message["to"],
        text=message["message"],
        encoding=encoding_name(message["encoding"]),
        parts=tuple(message["parts"]),
        submitted_at=isoparse(message["submitDate"]),
        history=history(moments, lambda moment: state_at(message, moment)[0], COMMON_STATES, now),
        cost=Decimal(message["price"]) * len(message["parts"]),
        currency=CURRENCY,
        details=message,
    )


INBOX_FIELDS = inbox_sql.MessageFields(
    PROVIDER, submitted="submitDate", to="to", text="message", sender="from", key="requestId", unsent="_seeded"
)
INBOX = INBOX_FIELDS.searchable
"""The inbox's indexes over every account's messages: submission time and the recipient's digits."""
_STATE = (
    "CASE WHEN {expires} IS NOT NULL AND {expires} < {final} THEN "
    "(CASE WHEN :now >= {expires} THEN 'EXPIRED' WHEN :now >= {due} THEN 'BUFFERED' ELSE 'ACCEPTED' END) "
    "WHEN :now >= {final} THEN {outcome} WHEN :now >= {due} THEN 'BUFFERED' ELSE 'ACCEPTED' END"
).format(
    expires=inbox_sql.field("expiresAt"),
    final=f"(CASE {inbox_sql.field('outcome')} WHEN 'REJECTED' THEN {inbox_sql.field('dueAt')} "
    f"ELSE {inbox_sql.field('deliverAt')} END)",
    due=inbox_sql.field("dueAt"),
    outcome=inbox_sql.field("outcome"),
)
"""``state_at`` in SQL, at ``:now`` (stored times are whole seconds, so ``:now`` may drop its fraction)."""


def inbox_table(now: datetime) -> inbox_sql.InboxTable:
    """Every account's messages as inbox rows in SQL (not the demo account's seeded example)."""
    return INBOX_FIELDS.table(state=_STATE, common=COMMON_STATES, view=inbox_view, params={"now": isoformat(now)})


def inbound_message(sender: str, recipient: str, text: str, now: datetime) -> Document:
    """An ``InboundMessage`` as tyntec would post it for an SMS from ``sender`` to your ``recipient``."""
    received = isoformat(now)
    network = network_for(sender)
    parts = segment(text, PART_LENGTHS).parts
    request_id = str(uuid.uuid4())
    return {
        "from": sender,
        "to": recipient,
        "message": text,
        "originMCC": network.mccmnc[:3],
        "originMNC": network.mccmnc[3:],
        "originTtId": network.ttid,
        "totalPrice": 0.0,
        "requestId": request_id,
        "size": len(parts),
        "missingParts": False,
        "contentList": [
            {
                "msgId": f"{request_id}:{index}",
                "sentDate": received,
                "sequenceNumber": index,
                "price": 0.0,
                "currency": CURRENCY,
                "priceEffective": PRICE_EFFECTIVE,
            }
            for index in range(1, len(parts) + 1)
        ],
    }


def report_query(view: Document) -> dict[str, str]:
    """The top-level scalar fields of a report, as query parameters for a GET callback."""
    return {
        key: str(value) for key, value in view.items() if isinstance(value, str | int) and not isinstance(value, bool)
    }


def _without_none(values: dict[str, Any]) -> Document:
    return {key: value for key, value in values.items() if value is not None}
