"""The books of a provider that keeps balances, and the invariant they must satisfy.

For every account: balance = opening balance + Σ credits - Σ charges of its
ledger, every stored message that cost something is named by exactly one
charge, and deleting a message never refunds it (its charge stays). Each
provider with money (BYTEHAND, Jo Mobile, SMSC) writes a ledger row in the
same store transaction as every change of a balance and reports its books
through ``Provider.books()``; ``GET /_emulator/ledger`` lists them with
whatever breaks the invariant, so tests (and users testing billing code)
can check it through the API.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Entry:
    """One ledger row: a signed amount (positive: a credit) and the messages a charge paid for."""

    amount: Decimal
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Books:
    provider: str
    account: str
    currency: str
    opening: Decimal
    balance: Decimal
    entries: tuple[Entry, ...]
    charged_messages: frozenset[str] = field(default_factory=frozenset)
    """Stored messages that cost something (each must be named by exactly one charge)."""

    @property
    def credits(self) -> Decimal:
        return sum((entry.amount for entry in self.entries if entry.amount > 0), Decimal(0))

    @property
    def charges(self) -> Decimal:
        return -sum((entry.amount for entry in self.entries if entry.amount < 0), Decimal(0))

    def problems(self) -> list[str]:
        """What breaks the invariant; empty when the books add up."""
        found = []
        expected = self.opening + self.credits - self.charges
        if expected != self.balance:
            found.append(f"the balance is {self.balance}, the ledger says {expected}")
        named = Counter(message for entry in self.entries for message in entry.messages)
        uncharged = sorted(message for message in self.charged_messages if named[message] == 0)
        twice = sorted(message for message, times in named.items() if times > 1)
        if uncharged:
            found.append(f"messages stored without a charge: {', '.join(uncharged[:10])}")
        if twice:
            found.append(f"messages charged more than once: {', '.join(twice[:10])}")
        return found

    def as_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "account": self.account,
            "currency": self.currency,
            "opening": str(self.opening),
            "credits": str(self.credits),
            "charges": str(self.charges),
            "balance": str(self.balance),
            "entries": len(self.entries),
            "messages": len(self.charged_messages),
            "problems": self.problems(),
        }


def decimal(value: Any) -> Decimal:
    """A stored amount (a float of cents or a decimal string) as an exact Decimal, to the cent or finer."""
    return Decimal(str(value)) if value is not None else Decimal(0)


def charged(messages: Iterable[tuple[str, Any]]) -> frozenset[str]:
    """The ids of ``(id, cost)`` pairs that cost something."""
    return frozenset(message_id for message_id, cost in messages if decimal(cost) != 0)


CONTROL_API_ADJUSTMENT = "Balance set through the emulator's control API"
"""The description of a ledger row that ``PUT /_emulator/ledger/{provider}/{account}`` wrote."""
