"""SMSC balances: every charge is a ledger row written with the balance change, in one transaction.

SMSC's API shows only the balance; the ledger (``ledger`` documents: account,
signed amount, the message it paid for) is the emulator's own, so the books
can be checked (``GET /_emulator/ledger``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from ...money import Books, Layout, read_books
from ...store import Document, Store

PROVIDER = "smsc"
CURRENCY = "RUB"


class NotEnoughMoney(Exception):
    """The balance is short of the amount; nothing was changed."""


def move_balance(store: Store, account: str, amount: Decimal, reason: str, now: datetime, message: str = "") -> Decimal:
    """Add ``amount`` (negative: take it) to ``account``'s balance with its ledger row; the new balance.

    Raises NotEnoughMoney, changing nothing, when the balance would go below zero.
    """
    with store.transaction():
        owner = store.get(PROVIDER, "account", account)
        if owner is None:
            raise LookupError(f"no account {account!r}")
        balance = Decimal(owner["balance"]) + amount
        if balance < 0:
            raise NotEnoughMoney(f"the balance {owner['balance']} is short of {-amount}")
        owner["balance"] = str(balance)
        store.put(PROVIDER, "account", account, owner)
        key = str(store.next_number("smsc.ledger"))
        row: Document = {"account": account, "amount": str(amount), "reason": reason, "at": now.isoformat()}
        if message:
            row["message"] = message
        store.put(PROVIDER, "ledger", key, row)
    return balance


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


def books(store: Store) -> list[Books]:
    return read_books(store, LAYOUT)
