"""The balance: every change of it goes through ``move_balance`` and is recorded as a transaction."""

from __future__ import annotations

from ... import search
from ...clock import Clock, isoformat
from ...money import Books, Layout, read_books
from ...store import Document, Store
from .accounts import PROVIDER
from .messages import snowflake
from .sql_search import View

TRANSACTIONS = search.Searchable("bytehand", "transaction")
"""A user's transactions are searched in SQL, with no index, trigram table or tally of their own: every send
writes a transaction, and each of those costs every send with ``--db`` (an index page: about 3 % of the
rate, measured), while a page or a count over 100,000 transactions without them takes 0.1-0.2 s (0.8 s
when they were searched in Python)."""


def transaction_search(user_id: int) -> View:
    """What ``GET /payments/transactions/group`` searches: the user's transactions, newest first."""
    return View(TRANSACTIONS, {"_user": user_id}, newest_first=True)


class NotEnoughMoney(Exception):
    """Taking the amount would make the balance negative; nothing was changed."""

    def __init__(self, needed: float, balance: float) -> None:
        super().__init__(f"not enough money: this needs {needed:.2f}, the balance is {balance:.2f}")


class _Refused(Exception):
    """Raised inside a store update to leave the document unchanged."""


def move_balance(
    store: Store,
    clock: Clock,
    user_id: int,
    amount: float,
    kind: str,
    description: str,
    message_ids: list[str] | None = None,
) -> Document | None:
    """Add ``amount`` (negative: take it) to the user's balance and record the transaction.

    Returns the updated user, or None if the user does not exist. Raises
    NotEnoughMoney, changing nothing, when the balance would go below zero.
    A charge names the messages it paid for (``message_ids``), so the books
    can show that each was charged once.
    """
    amount = round(amount, 2)
    before: list[float] = []

    def change(user: Document) -> None:
        before.append(float(user["balance"]))
        balance = round(before[0] + amount, 2)
        if balance < 0:
            raise _Refused
        user["balance"] = balance

    try:
        user = store.update(PROVIDER, "user", str(user_id), change)
    except _Refused:
        raise NotEnoughMoney(-amount, before[0]) from None
    if user is None:
        return None
    transaction = {
        "id": snowflake(store, clock),
        "type": kind,
        "amount": amount,
        "currency": user["currency"],
        "description": description,
        "created_at": isoformat(clock.now()),
        "_user": user_id,
    }
    if message_ids is not None:
        transaction["messages"] = len(message_ids)
        transaction["_messages"] = message_ids
    store.put(PROVIDER, "transaction", transaction["id"], transaction)
    return user


LAYOUT = Layout(
    provider=PROVIDER,
    accounts="user",
    account_key="id",
    opening="_opening",
    currency="RUB",
    currency_field="currency",
    ledger="transaction",
    ledger_account="_user",
    ledger_messages="_messages",
    messages="message",
    message_account="_user",
    message_id="id",
    message_cost="cost",
    not_charged="_seeded",
)
"""Users hold the balance, transactions are the ledger, a charge names its messages (``_messages``)."""


def books(store: Store) -> list[Books]:
    """Every user's books: opening balance, transactions and the messages that cost something."""
    return read_books(store, LAYOUT)
