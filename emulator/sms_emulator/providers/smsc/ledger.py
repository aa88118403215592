"""SMSC balances: every charge is a ledger row written with the balance change (``core/money.py``), in one transaction.

SMSC's API shows only the balance; the ledger (``ledger`` documents: account,
signed amount, the message it paid for) is the emulator's own, so the books
can be checked (``GET /_emulator/ledger``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from ...core import money
from ...core.money import Books, Layout, NotEnoughMoney, read_books
from ...core.store import Document, Store
from . import PROVIDER
from .reference import CURRENCY

__all__ = ["LAYOUT", "NotEnoughMoney", "books", "move_balance"]

LAYOUT = Layout(
    provider=PROVIDER,
    accounts="account",
    account_key="login",
    currency=CURRENCY,
    ledger="ledger",
    ledger_account="account",
    ledger_messages="message",
    messages="message",
    message_account="account",
    message_id="key",
    message_cost="cost",
)
"""Accounts hold the balance; a ledger row's ``message`` is the stored key of the message it paid for."""


def move_balance(store: Store, account: str, amount: Decimal, reason: str, now: datetime, message: str = "") -> Decimal:
    """Add ``amount`` (negative: take it) to ``account``'s balance with its ledger row; the new balance.

    Raises NotEnoughMoney, changing nothing, when the balance would go below zero.
    """

    def row(_owner: Document) -> tuple[str, Document]:
        entry: Document = {"account": account, "amount": str(amount), "reason": reason, "at": now.isoformat()}
        if message:
            entry["message"] = message
        return str(store.next_number(f"{PROVIDER}.ledger")), entry

    owner = money.move_balance(store, LAYOUT, account, amount, row)
    if owner is None:
        raise LookupError(f"no account {account!r}")
    return Decimal(owner["balance"])


def books(store: Store) -> list[Books]:
    return read_books(store, LAYOUT)
