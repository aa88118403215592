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

__all__ = ["LAYOUT", "NotEnoughMoney", "books", "move_balance", "set_balance"]

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


def set_balance(store: Store, account: str, balance: Decimal, now: datetime) -> bool:
    """Make ``account``'s balance ``balance`` through a ledger row (the control API's); False if there is none."""
    owner = store.get(PROVIDER, "account", account)
    if owner is None:
        return False
    move_balance(store, account, balance - Decimal(owner["balance"]), money.CONTROL_API_ADJUSTMENT, now)
    return True


def books(store: Store) -> list[Books]:
    return read_books(store, LAYOUT)
