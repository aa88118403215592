"""Sender names: moderation, registration at the operators, substitutes, and confirmed phone numbers.

A stored name keeps only when its moderation started and what was decided
for it; its status at any moment follows from the emulated clock:

    waiting for moderation (0) --10 min--> allowed (1): sent for registration at every operator (1)
                                              --1 day--> accepted by every operator (2)

Seeded names may fix an operator's status or substitute; a switched-off name
(2) is switched off (4) at every operator. A phone number confirmed with
``check_code`` is allowed at once.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from ...core.store import Document
from .formats import OPERATORS, SenderView

MODERATION: Final = timedelta(minutes=10)
REGISTRATION: Final = timedelta(days=1)
CODE_LIFETIME: Final = timedelta(hours=8)
"""A confirmation code blocks a new one to the same number for 8 hours."""

WAITING, ALLOWED, SWITCHED_OFF = 0, 1, 2

_NAME = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 ._-]{0,9}[A-Za-z0-9._-])?|\+?[0-9]{10,15}", re.ASCII)


def valid_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


def new_sender(sender_id: int, account: str, name: str, comment: str, now: datetime) -> Document:
    return {
        "id": sender_id,
        "account": account,
        "name": name,
        "cmt": comment,
        "since": now.isoformat(),
        "approved": False,
        "disabled": False,
        "operators": {},
        "substitutes": {},
    }


def view(sender: Document, now: datetime) -> SenderView:
    since = datetime.fromisoformat(sender["since"])
    allowed_at = since if sender["approved"] else since + MODERATION
    if sender["disabled"]:
        status, at_operators = SWITCHED_OFF, 4
    elif now < allowed_at:
        status, at_operators = WAITING, 0
    else:
        status, at_operators = ALLOWED, (1 if now < allowed_at + REGISTRATION else 2)
    operators = {op: int(sender["operators"].get(op, at_operators)) for op in OPERATORS}
    return SenderView(sender["name"], int(sender["id"]), status, operators, dict(sender["substitutes"]))
