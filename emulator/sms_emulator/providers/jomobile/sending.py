"""Submitting messages: pricing, charging the balance, storing, and the birthday greetings.

Every way a message leaves (``/v1/send``, ``/v1/send-bulk``, a group's
birthday greeting) goes through ``submit``: the whole request is priced at
the account's prices and charged at once, or refused at once when the
balance is short (``NotEnoughMoney``), so a request never half-succeeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from ...core.money import NotEnoughMoney
from ...core.runtime import Runtime
from ...core.store import Document
from . import PROVIDER, accounts, contacts, ledger
from .contacts import fill_in
from .dates import at, parse_date, parse_time
from .messages import Outgoing, cost_of, new_record

__all__ = ["NotEnoughMoney", "send_birthday_greetings", "short_of_money", "submit"]


def submit(runtime: Runtime, login: str, messages: Sequence[Outgoing]) -> list[Document]:
    """Charge and store ``messages``; raises NotEnoughMoney (and stores nothing) if the balance is short."""
    if not messages:
        return []
    store = runtime.store
    customer = accounts.customer(store, login)
    discount = Decimal(customer["discount"])
    costs = [cost_of(message, discount) for message in messages]
    total = sum((cost.price for cost in costs), Decimal(0))
    now = runtime.clock.now()
    ids = [store.next_number(f"{PROVIDER}.message") for _ in messages]
    ledger.charge(store, login, total, [str(id_base) for id_base in ids], now)
    records = []
    for id_base, message, cost in zip(ids, messages, costs, strict=True):
        record = new_record(
            message, id_base=id_base, login=login, now=now, delivery_delay=runtime.delivery_delay, cost=cost
        )
        store.put(PROVIDER, "message", str(id_base), record)
        records.append(record)
    return records


def short_of_money(refused: NotEnoughMoney) -> str:
    """What Jo Mobile answers when a request costs more than the balance."""
    return f"Not enough money: the messages cost {refused.needed} EUR, the balance is {refused.balance} EUR."


def send_birthday_greetings(runtime: Runtime) -> None:
    """Greet every contact whose birthday is today, once per group and day, from ``time_birth`` on."""
    store, now = runtime.store, runtime.clock.now()
    today = now.date()
    for group in store.list(PROVIDER, "group", _greets):
        marker = f"{group['id_group']}:{today.isoformat()}"
        if now < at(today, parse_time(group["time_birth"])) or store.get(PROVIDER, "greeted", marker):
            continue
        store.put(PROVIDER, "greeted", marker, {"id_group": group["id_group"]})
        greetings = [
            Outgoing(
                number=contact["number"],
                sender=group["originator_birth"],
                text=fill_in(group["text_birth"], contact),
                type="SMS",
                due=now,
                delivery=True,
                id_group=group["id_group"],
            )
            for contact in contacts.numbers(store, group["id_group"])
            if _is_birthday(contact.get("date_birth"), today)
            and not contacts.is_black_listed(store, group["login"], contact["number"])
        ]
        try:
            submit(runtime, group["login"], greetings)
        except NotEnoughMoney:
            continue  # like the live service: no money, no greetings


def _greets(group: Document) -> bool:
    return bool(group["on_birth"] and group["time_birth"] and group["originator_birth"] and group["text_birth"])


def _is_birthday(date_birth: str | None, today: date) -> bool:
    if not date_birth:
        return False
    born = parse_date(date_birth)
    return (born.month, born.day) == (today.month, today.day)
