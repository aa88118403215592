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

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from dateutil.parser import isoparse

from ...clock import Clock, isoformat
from ...gsm import Limits, segment
from ...inbox.views import CommonState, MessageView, encoding_name, history
from ...store import Document, Store

LIMITS = Limits(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)
"""BYTEHAND's limits: 160 GSM-7 characters in one part, 153 per part when split; UCS-2 70 and 67."""

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
    return str(millis * 100_000 + store.next_number("bytehand.snowflake") % 100_000)


def measure(text: str) -> tuple[int, str]:
    """The number of parts ``text`` takes and its encoding (``GSM7`` or ``UCS2``)."""
    split = segment(text, LIMITS)
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


def inbox_view(message: Document, now: datetime, delivery_delay: float) -> MessageView:
    """The message as the inbox shows it (``inbox.views``)."""
    released = isoparse(message["_release_at"])
    moments = [isoparse(message["created_at"]), released, released + timedelta(seconds=delivery_delay)]
    shown = view(message, now, delivery_delay)
    return MessageView(
        provider="bytehand",
        own_key=str(message["id"]),
        id=str(message["id"]),
        sender=message["sender"],
        to=message["receiver"],
        text=message["text"],
        encoding=encoding_name(message.get("encoding", "GSM7")),
        parts=segment(message["text"], LIMITS).parts,
        submitted_at=isoparse(message["created_at"]),
        history=history(moments, lambda moment: str(view(message, moment, delivery_delay)["state"]), COMMON, now),
        cost=Decimal(str(message["cost"])),
        currency=message.get("currency"),
        details=shown,
    )


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
