"""Customers' balances: every change is a ledger row written with it (``core/money.py``), in one transaction.

Customers hold the balance (decimal text); a ledger row's ``messages`` lists
the messages (``id_base``) a charge paid for, so the books can show each was
charged once. Jo Mobile's API shows only the balance; the ledger is the
emulator's own (``GET /_emulator/ledger``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from ...core import money
from ...core.clock import isoformat
from ...core.money import Books, Layout, NotEnoughMoney, read_books
from ...core.store import Document, Store
from . import PROVIDER
from .reference import CURRENCY

__all__ = ["LAYOUT", "NotEnoughMoney", "books", "charge", "move_balance", "set_balance"]

LAYOUT = Layout(
    provider=PROVIDER,
    accounts="customer",
    account_key="login",
    currency=CURRENCY,
    ledger="ledger",
    ledger_account="login",
    ledger_messages="messages",
    messages="message",
    message_account="login",
    message_id="id_base",
    message_cost="price",
)
"""Customers hold the balance; a ledger row's ``messages`` lists the messages (``id_base``) it paid for."""


def move_balance(
    store: Store, login: str, amount: Decimal, reason: str, now: datetime, messages: list[str] | None = None
) -> Document:
    """Add ``amount`` (negative: take it) with a ledger row, in one transaction; the customer after it.

    Raises NotEnoughMoney, changing nothing, when the balance would go below zero.
    """

    def row(_customer: Document) -> tuple[str, Document]:
        entry: Document = {"login": login, "amount": str(amount), "reason": reason, "at": isoformat(now)}
        if messages:
            entry["messages"] = messages
        return str(store.next_number(f"{PROVIDER}.ledger")), entry

    found = money.move_balance(store, LAYOUT, login, amount, row)
    if found is None:
        raise LookupError(f"no customer {login!r}")
    return found


def set_balance(store: Store, login: str, balance: Decimal, now: datetime) -> bool:
    """Make ``login``'s balance ``balance`` through a ledger row (the control API's); False without such a customer."""
    found = store.get(PROVIDER, "customer", login)
    if found is None:
        return False
    move_balance(store, login, balance - Decimal(found["balance"]), money.CONTROL_API_ADJUSTMENT, now)
    return True


def charge(store: Store, login: str, amount: Decimal, messages: list[str], now: datetime) -> Document:
    """Take ``amount`` for ``messages`` from the balance, with its ledger row (NotEnoughMoney if short)."""
    return move_balance(store, login, -amount, "charge", now, messages)


def books(store: Store) -> list[Books]:
    """Every customer's books (see ``core/money.py``)."""
    return read_books(store, LAYOUT)
