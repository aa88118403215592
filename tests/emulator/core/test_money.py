"""Money (``core/money.py``): one ``move_balance`` for every provider, and the books (``GET /_emulator/ledger``):
deleting never refunds, the control API sets balances through the ledger, and the check does catch books that
do not add up."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest

from sms_emulator.core import money
from sms_emulator.core.store import Document, Store
from sms_emulator.providers.bytehand import ledger as bytehand_ledger
from sms_emulator.providers.jomobile import ledger as jomobile_ledger
from sms_emulator.providers.smsc import ledger as smsc_ledger
from tests.emulator.reliability.traffic import BYTEHAND_KEY, books

LAYOUT = money.Layout(
    provider="p",
    accounts="acct",
    account_key="login",
    currency="EUR",
    currency_field="currency",
    ledger="row",
    ledger_account="login",
    ledger_messages="paid",
    messages="msg",
    message_account="login",
    message_id="key",
    message_cost="cost",
    not_charged="_seeded",
)
"""Where the tests' provider ``p`` keeps its accounts, ledger rows and messages."""


def row(reason: str) -> Callable[[Document], tuple[str, Document]]:
    def make(account: Document) -> tuple[str, Document]:
        return f"{account['login']}-{reason}", {"login": account["login"], "reason": reason}

    return make


def test_deleting_a_message_never_refunds_it(emulator: str, control: httpx.Client) -> None:
    with httpx.Client(base_url=emulator) as client:
        sent = client.post(
            "/bytehand/v2/sms/messages",
            headers=BYTEHAND_KEY,
            json={"sender": "SMS-INFO", "receiver": "+79161234567", "text": "to delete"},
        )
        assert sent.status_code == 201
        before = books(client, "bytehand")["1"]
        assert client.delete(f"/bytehand/v2/sms/messages/{sent.json()['id']}", headers=BYTEHAND_KEY).status_code == 204
        after = books(client, "bytehand")["1"]
    assert after["balance"] == before["balance"]
    assert after["charges"] == before["charges"]
    assert after["problems"] == []


def test_setting_a_balance_is_a_ledger_row_and_unknown_accounts_are_404(control: httpx.Client) -> None:
    for provider, account in (("smsc", "demo"), ("jomobile", "jomobile-demo"), ("bytehand", "1")):
        reply = control.put(f"/ledger/{provider}/{account}", json={"balance": "3.25"})
        assert reply.status_code == 200, reply.text
        assert Decimal(reply.json()["balance"]) == Decimal("3.25")
        assert reply.json()["problems"] == []
    assert control.put("/ledger/tyntec/x", json={"balance": "1"}).status_code == 404
    assert control.put("/ledger/smsc/nobody", json={"balance": "1"}).status_code == 404
    assert control.put("/ledger/smsc/demo", json={"balance": "-1"}).status_code == 400


def test_the_check_finds_books_that_do_not_add_up() -> None:
    store = Store()
    store.put("smsc", "account", "a", {"login": "a", "balance": "10.00", "opening": "10.00"})
    store.put("smsc", "message", "1", {"key": "1", "account": "a", "cost": "1.80"})
    (smsc_books,) = smsc_ledger.books(store)
    assert smsc_books.problems() == ["messages stored without a charge: 1"]

    store.put("bytehand", "user", "7", {"id": 7, "balance": 5.0, "currency": "RUB", "_opening": 10.0})
    (bytehand_books,) = bytehand_ledger.books(store)
    assert bytehand_books.problems() == ["the balance is 5.0, the ledger says 10.0"]

    store.put("jomobile", "customer", "c", {"login": "c", "balance": "1.00", "opening": "1.00"})
    for key in ("1", "2"):
        store.put("jomobile", "ledger", key, {"login": "c", "amount": "0.00", "messages": ["5"]})
    (jomobile_books,) = jomobile_ledger.books(store)
    assert jomobile_books.problems() == ["messages charged more than once: 5"]


def test_one_reader_serves_every_layout_exactly() -> None:
    store = Store()
    store.put("p", "acct", "a", {"login": "a", "balance": 0.30000000000000004, "opening": "0.1"})
    store.put("p", "acct", "b", {"login": "b", "balance": "5", "currency": "RUB"})  # no opening: 0
    store.put("p", "row", "1", {"login": "a", "amount": 0.2, "paid": ["m1", "m2"]})
    store.put("p", "row", "2", {"login": "a", "amount": "-0.1", "paid": 3})
    store.put("p", "row", "3", {"login": "a", "amount": "0.1"})
    store.put("p", "msg", "m1", {"login": "a", "key": "m1", "cost": "0.05"})
    store.put("p", "msg", "m2", {"login": "a", "key": "m2", "cost": 0})
    store.put("p", "msg", "m3", {"login": "a", "key": 3, "cost": 1.5})
    store.put("p", "msg", "m4", {"login": "a", "key": "m4", "cost": 2, "_seeded": True})
    a, b = money.read_books(store, LAYOUT)
    assert (a.account, a.currency, a.opening, a.balance) == ("a", "EUR", Decimal("0.1"), Decimal("0.30000000000000004"))
    assert [(entry.amount, entry.messages) for entry in a.entries] == [
        (Decimal("0.2"), ("m1", "m2")),
        (Decimal("-0.1"), ("3",)),
        (Decimal("0.1"), ()),
    ]
    assert a.charged_messages == {"m1", "3"}  # m2 cost nothing, m4 is seeded
    assert a.problems() == ["the balance is 0.30000000000000004, the ledger says 0.3"]
    assert (b.account, b.currency, b.opening, b.balance, b.entries) == ("b", "RUB", Decimal(0), Decimal(5), ())
    assert b.problems() == ["the balance is 5, the ledger says 0"]


def test_move_balance_changes_the_balance_and_writes_the_row_together() -> None:
    store = Store()
    store.put("p", "acct", "a", {"login": "a", "balance": "1.50"})
    account = money.move_balance(store, LAYOUT, "a", Decimal("-0.25"), row("charge"))
    assert account == {"login": "a", "balance": "1.25"}
    assert store.get("p", "acct", "a") == account
    assert store.list("p", "row") == [{"login": "a", "reason": "charge"}]


def test_move_balance_refuses_to_go_below_zero_and_changes_nothing() -> None:
    store = Store()
    store.put("p", "acct", "a", {"login": "a", "balance": "1.50"})
    made: list[Document] = []

    def never(account: Document) -> tuple[str, Document]:
        made.append(account)
        return "x", {}

    with pytest.raises(money.NotEnoughMoney) as refused:
        money.move_balance(store, LAYOUT, "a", Decimal("-2"), never)
    assert (refused.value.needed, refused.value.balance) == (Decimal(2), Decimal("1.50"))
    assert str(refused.value) == "not enough money: this needs 2.00, the balance is 1.50"
    assert store.get("p", "acct", "a") == {"login": "a", "balance": "1.50"}
    assert (made, store.list("p", "row")) == ([], [])


def test_move_balance_of_no_account_is_none_and_a_layout_may_keep_numbers() -> None:
    store = Store()
    assert money.move_balance(store, LAYOUT, "nobody", Decimal(1), row("deposit")) is None
    numbers = money.Layout(**{**LAYOUT.__dict__, "numbers": True})
    store.put("p", "acct", "b", {"login": "b", "balance": 0.1})
    assert money.move_balance(store, numbers, "b", Decimal("0.2"), row("deposit")) == {"login": "b", "balance": 0.3}
