"""Concurrent senders against a small balance: never overspent, each accepted message charged once.

16 threads send 5 messages each (80 in all) against a balance that pays for 7 of them, for every
provider with money. Before every request ran in one store transaction, a review saw SMSC accept
all 80 sends on a balance of 100.00 (144.00 charged) and lose the balance updates.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import httpx
import pytest

from .traffic import Account, accounts, balance, books, set_balance

THREADS, PER_THREAD, AFFORDABLE = 16, 5, 7


@pytest.fixture
def plain(emulator: str, control: httpx.Client) -> httpx.Client:
    control.post("/limits", json={"enforced": False}).raise_for_status()
    return httpx.Client(base_url=emulator, timeout=30)


def _hammer(base_url: str, account: Account) -> list[bool]:
    """Whether each of the sends was accepted."""

    def worker(thread: int) -> list[bool]:
        with httpx.Client(base_url=base_url, timeout=30) as client:
            return [account.send(client, thread * 100 + index) is not None for index in range(PER_THREAD)]

    with ThreadPoolExecutor(THREADS) as pool:
        return [outcome for outcomes in pool.map(worker, range(THREADS)) for outcome in outcomes]


@pytest.mark.parametrize("provider", ["smsc", "bytehand", "jomobile"])
def test_concurrent_sends_never_overspend_and_the_books_add_up(
    emulator: str, plain: httpx.Client, provider: str
) -> None:
    (account,) = [each for each in accounts(plain) if each.provider == provider]
    assert account.price > 0
    start = account.price * AFFORDABLE + Decimal("0.01")
    set_balance(plain, account, start)
    charges_before = Decimal(books(plain, provider)[account.account]["charges"])

    outcomes = _hammer(emulator, account)

    assert outcomes.count(True) == AFFORDABLE
    assert outcomes.count(False) == THREADS * PER_THREAD - AFFORDABLE
    left = balance(plain, account)
    assert left == start - AFFORDABLE * account.price
    after = books(plain, provider)[account.account]
    assert Decimal(after["charges"]) - charges_before == AFFORDABLE * account.price
    assert after["problems"] == []
    assert all(entry["problems"] == [] for entry in books(plain, provider).values())
