"""The demo accounts the emulator starts with (and gets back after a reset).

``demo`` (with money, an API key and four sender names, one of them refused
by one operator and shown under another name by another, one switched off)
and ``empty`` (no money), so clients can reach SMSC's error 3.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ...core.store import Store
from . import PROVIDER, accounts, senders
from .reference import DEFAULT_SENDER

DEMO_ACCOUNTS: dict[str, dict[str, Any]] = {
    "demo": {"password": "demo-password", "apikey": "smsc-demo-key", "balance": Decimal("100.00")},
    "empty": {"password": "empty-password", "apikey": None, "balance": Decimal("0.00")},
}

_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
DEMO_SENDERS: tuple[dict[str, Any], ...] = (
    {"id": 1, "account": "demo", "name": DEFAULT_SENDER},
    {
        "id": 2,
        "account": "demo",
        "name": "ACME",
        "cmt": "our brand",
        "operators": {"tele2": 3},
        "substitutes": {"mts_step": "ACME.INFO"},
    },
    {"id": 3, "account": "demo", "name": "OLDBRAND", "disabled": True},
    {"id": 4, "account": "empty", "name": DEFAULT_SENDER},
)
"""Allowed long ago (so accepted at every operator) unless switched off; ACME is refused by tele2 and
shown by mts_step as ACME.INFO."""

CREDENTIALS = {
    "login / psw": "demo / demo-password (or its MD5)",
    "apikey": "smsc-demo-key",
    "login with no money": "empty / empty-password",
}
"""What the start-up banner and ``GET /_emulator/`` show."""


def seed(store: Store) -> None:
    for login, account in DEMO_ACCOUNTS.items():
        accounts.add(store, login, account["password"], account["apikey"], account["balance"])
    for seeded in DEMO_SENDERS:
        doc = senders.new_sender(seeded["id"], seeded["account"], seeded["name"], seeded.get("cmt", ""), _EPOCH)
        doc.update(
            approved=True,
            disabled=seeded.get("disabled", False),
            operators=seeded.get("operators", {}),
            substitutes=seeded.get("substitutes", {}),
        )
        store.put(PROVIDER, "sender", str(seeded["id"]), doc)
