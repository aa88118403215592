"""Submitting messages: pricing, charging the balance, storing, and the birthday greetings.

Every way a message leaves (``/v1/send``, ``/v1/send-bulk``, a group's
birthday greeting) goes through ``Outbox.submit``: the whole request is
priced at the account's prices and charged at once, or refused at once when
the balance is short, so a request never half-succeeds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

from ...clock import Clock
from ...store import Document, Store
from .accounts import PROVIDER, Accounts
from .contacts import Contacts, fill_in
from .dates import at, parse_date, parse_time
from .messages import Outgoing, cost_of, new_record


class NotEnoughMoney(ValueError):
    def __init__(self, cost: Decimal, balance: Decimal) -> None:
        super().__init__(f"Not enough money: the messages cost {cost} EUR, the balance is {balance} EUR.")


class Outbox:
    def __init__(self, store: Store, accounts: Accounts, clock: Clock, delivery_delay: float) -> None:
        self._store = store
        self._accounts = accounts
        self._clock = clock
        self._delivery_delay = delivery_delay

    def submit(self, login: str, messages: Sequence[Outgoing]) -> list[Document]:
        """Charge and store ``messages``; raises NotEnoughMoney (and stores nothing) if the balance is short."""
        if not messages:
            return []
        customer = self._accounts.customer(login)
        discount = Decimal(customer["discount"])
        costs = [cost_of(message, discount) for message in messages]
        total = sum((cost.price for cost in costs), Decimal(0))
        now = self._clock.now()
        ids = [self._store.next_number(f"{PROVIDER}.message") for _ in messages]
        if not self._accounts.charge(login, total, [str(id_base) for id_base in ids], now):
            raise NotEnoughMoney(total, Decimal(self._accounts.customer(login)["balance"]))
        records = []
        for id_base, message, cost in zip(ids, messages, costs, strict=True):
            record = new_record(
                message, id_base=id_base, login=login, now=now, delivery_delay=self._delivery_delay, cost=cost
            )
            self._store.put(PROVIDER, "message", str(id_base), record)
            records.append(record)
        return records

    def send_birthday_greetings(self, contacts: Contacts, now: datetime) -> None:
        """Greet every contact whose birthday is today, once per group and day, from ``time_birth`` on."""
        today = now.date()
        for group in self._store.list(PROVIDER, "group", _greets):
            marker = f"{group['id_group']}:{today.isoformat()}"
            if now < at(today, parse_time(group["time_birth"])) or self._store.get(PROVIDER, "greeted", marker):
                continue
            self._store.put(PROVIDER, "greeted", marker, {"id_group": group["id_group"]})
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
                for contact in contacts.numbers(group["id_group"])
                if _is_birthday(contact.get("date_birth"), today)
                and not contacts.is_black_listed(group["login"], contact["number"])
            ]
            try:
                self.submit(group["login"], greetings)
            except NotEnoughMoney:
                continue  # like the live service: no money, no greetings


def _greets(group: Document) -> bool:
    return bool(group["on_birth"] and group["time_birth"] and group["originator_birth"] and group["text_birth"])


def _is_birthday(date_birth: str | None, today: date) -> bool:
    if not date_birth:
        return False
    born = parse_date(date_birth)
    return (born.month, born.day) == (today.month, today.day)
