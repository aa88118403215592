"""The balance: every change of it goes through ``move_balance`` and is recorded as a transaction.

Users hold the balance (a JSON number, as the API shows it), transactions are
the ledger, and a charge names the messages it paid for (``_messages``);
``core/money.py`` moves the money and writes the row in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from dateutil.parser import isoparse

from ...core import money, sql_index
from ...core.clock import Clock, isoformat
from ...core.money import Books, Layout, NotEnoughMoney, read_books
from ...core.store import Document, Store
from . import PROVIDER
from .messages import snowflake
from .reference import CURRENCY
from .search.sql import View

__all__ = [
    "LAYOUT",
    "TRANSACTIONS",
    "NotEnoughMoney",
    "books",
    "move_balance",
    "pay_invoice",
    "payback_description",
    "set_balance",
    "settle",
    "transaction_search",
]

TRANSACTIONS = sql_index.Searchable(PROVIDER, "transaction")
"""A user's transactions are searched in SQL, with no index, trigram table or tally of their own: every send
writes a transaction, and each of those costs every send with ``--db`` (an index page: about 3 % of the
rate, measured), while a page or a count over 100,000 transactions without them takes 0.1-0.2 s (0.8 s
when they were searched in Python)."""

LAYOUT = Layout(
    provider=PROVIDER,
    accounts="user",
    account_key="id",
    opening="_opening",
    currency=CURRENCY,
    currency_field="currency",
    ledger="transaction",
    ledger_account="_user",
    ledger_messages="_messages",
    messages="message",
    message_account="_user",
    message_id="id",
    message_cost="cost",
    not_charged="_seeded",
    numbers=True,
)
"""Users hold the balance, transactions are the ledger, a charge names its messages (``_messages``)."""


def transaction_search(user_id: int) -> View:
    """What ``GET /payments/transactions/group`` searches: the user's transactions, newest first."""
    return View(TRANSACTIONS, {"_user": user_id}, newest_first=True)


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

    def transaction(user: Document) -> tuple[str, Document]:
        row: Document = {
            "id": snowflake(store, clock),
            "type": kind,
            "amount": amount,
            "currency": user["currency"],
            "description": description,
            "created_at": isoformat(clock.now()),
            "_user": user_id,
        }
        if message_ids is not None:
            row["messages"] = len(message_ids)
            row["_messages"] = message_ids
        return row["id"], row

    return money.move_balance(store, LAYOUT, str(user_id), Decimal(str(amount)), transaction)


def set_balance(store: Store, clock: Clock, account: str, balance: Decimal) -> bool:
    """Make a user's balance ``balance`` (the control API's); False when there is no such user.

    The API knows four kinds of transaction: money in is a deposit, money out a payback; no change, no row.
    """
    user = store.get(PROVIDER, "user", account)
    if user is None:
        return False
    amount = float(balance - Decimal(str(user["balance"])))
    if amount:
        kind = "deposit" if amount > 0 else "payback"
        move_balance(store, clock, user["id"], amount, kind, money.CONTROL_API_ADJUSTMENT)
    return True


def pay_invoice(store: Store, clock: Clock, invoice_id: int) -> Document | None:
    """Mark an unpaid invoice ``PAID`` and credit its amount to its user (a ``deposit``); once only.

    Returns the invoice as it is now, or None when there is no such invoice.
    """
    newly_paid: list[Document] = []

    def mark(doc: Document) -> None:
        if doc["state"] == "UNPAID":
            doc["state"] = "PAID"
            newly_paid.append(doc)

    with store.transaction():  # paid and credited together, once
        invoice: Document | None = store.update(PROVIDER, "invoice", str(invoice_id), mark)
        if invoice is not None and newly_paid:
            move_balance(store, clock, invoice["_user"], invoice["amount"], "deposit", f"Invoice {invoice['number']}")
    return invoice


def settle(store: Store, clock: Clock) -> None:
    """Complete the deposits and invoices whose payment has arrived, and pay out the paybacks that are due.

    Deposits arrive one emulated minute after the request, invoices an hour
    after they are issued; paybacks go out a day after the request. Each step
    is a transaction of its own.
    """
    now = clock.now()
    for invoice in store.list(PROVIDER, "invoice", settles("UNPAID", now)):
        pay_invoice(store, clock, invoice["id"])
    for payback in store.list(PROVIDER, "payback", settles("PENDING", now)):
        paid_out = payback_description(payback["details"], paid=True)

        def say_paid_out(transaction: Document, text: str = paid_out) -> None:
            transaction["description"] = text

        with store.transaction():  # paid out and said so together
            store.update(PROVIDER, "payback", str(payback["id"]), lambda doc: doc.update(state="PAID"))
            if payback.get("_transaction"):
                store.update(PROVIDER, "transaction", payback["_transaction"], say_paid_out)
    for due in store.list(PROVIDER, "deposit", lambda doc: deposit_is_due(doc, now)):
        with store.transaction():  # paid and credited together, once
            deposit = store.get(PROVIDER, "deposit", str(due["id"]))
            if deposit is None or not deposit_is_due(deposit, now):
                continue
            store.update(PROVIDER, "deposit", str(deposit["id"]), lambda doc: doc.update(_paid=True))
            move_balance(store, clock, deposit["_user"], deposit["amount"], "deposit", f"Deposit ({deposit['method']})")


def deposit_is_due(deposit: Document, now: datetime) -> bool:
    return not deposit["_paid"] and isoparse(deposit["_due_at"]) <= now


def payback_description(details: str, *, paid: bool) -> str:
    """A payback's transaction says where the money goes and whether it has gone out yet."""
    return f"Withdrawal to {details}: {'paid out' if paid else 'pending'}"


def settles(state: str, now: datetime) -> Callable[[Document], bool]:
    """Whether an invoice or payback still in ``state`` is due to move on at ``now`` (its ``_due_at`` has come)."""
    return lambda doc: doc["state"] == state and "_due_at" in doc and isoparse(doc["_due_at"]) <= now


def books(store: Store) -> list[Books]:
    """Every user's books: opening balance, transactions and the messages that cost something."""
    return read_books(store, LAYOUT)
