"""Plain-HTTP senders for the three providers with money, and the emulator's books, for the money tests.

Each ``send`` makes one request for one message and returns the id the provider acknowledged it with, or
None when it was refused for want of money; any other answer fails the test, so a 500 or a wrong refusal
cannot hide. ``/_emulator/messages`` lists messages under these ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

SMSC_LOGIN = {"login": "demo", "psw": "demo-password"}
BYTEHAND_KEY = {"X-Service-Key": "bytehand-demo-key"}


@dataclass(frozen=True)
class Account:
    provider: str
    account: str
    price: Decimal
    """What one message of ``send`` costs."""
    send: Callable[[httpx.Client, int], str | None]
    """Send message number ``n``; its id if accepted, None if refused for want of money."""


def smsc_send(client: httpx.Client, n: int) -> str | None:
    reply = client.get("/smsc/sys/send.php", params={**SMSC_LOGIN, "phones": "79991234567", "mes": f"m{n}", "fmt": 3})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    if "error_code" in body:
        assert body["error_code"] == 3, body  # 3: not enough money
        return None
    assert body["cnt"] == 1, body
    return str(body["id"])


def bytehand_send(client: httpx.Client, n: int) -> str | None:
    reply = client.post(
        "/bytehand/v2/sms/messages",
        headers=BYTEHAND_KEY,
        json={"sender": "SMS-INFO", "receiver": "+79161234567", "text": f"m{n}"},
    )
    if reply.status_code == 403:
        assert "not enough money" in reply.json()["description"], reply.text
        return None
    assert reply.status_code == 201, reply.text
    return str(reply.json()["id"])


def jomobile_token(client: httpx.Client) -> str:
    code = client.post(
        "/jomobile/v1/authorize", json={"username": "jomobile-demo", "password": "jomobile-demo-password"}
    )
    token = client.post("/jomobile/v1/accesstoken", json=code.json()["data"])
    return str(token.json()["data"]["access_token"])


def jomobile_sender(token: str) -> Callable[[httpx.Client, int], str | None]:
    def send(client: httpx.Client, n: int) -> str | None:
        reply = client.post(
            "/jomobile/v1/send",
            headers={"X-Access-Token": token},
            json=[{"number": "380671234567", "senderID": "ACME", "text": f"m{n}"}],
        )
        if reply.status_code == 400:
            assert "balance" in reply.json()["errors"], reply.text
            return None
        assert reply.status_code == 200, reply.text
        return str(reply.json()["data"][0]["id"])

    return send


def accounts(client: httpx.Client) -> list[Account]:
    """The demo account of each provider with money, with the price of one test message measured once."""
    jomobile_send = jomobile_sender(jomobile_token(client))
    found = [
        Account("smsc", "demo", Decimal(0), smsc_send),
        Account("bytehand", "1", Decimal(0), bytehand_send),
        Account("jomobile", "jomobile-demo", Decimal(0), jomobile_send),
    ]
    priced = []
    for account in found:
        before = balance(client, account)
        assert account.send(client, -1) is not None
        priced.append(Account(account.provider, account.account, before - balance(client, account), account.send))
    return priced


def books(client: httpx.Client, provider: str) -> dict[str, dict[str, Any]]:
    reply = client.get("/_emulator/ledger", params={"provider": provider})
    reply.raise_for_status()
    return {entry["account"]: entry for entry in reply.json()}


def balance(client: httpx.Client, account: Account) -> Decimal:
    return Decimal(books(client, account.provider)[account.account]["balance"])


def set_balance(client: httpx.Client, account: Account, amount: Decimal) -> None:
    reply = client.put(f"/_emulator/ledger/{account.provider}/{account.account}", json={"balance": str(amount)})
    assert reply.status_code == 200, reply.text
    assert Decimal(reply.json()["balance"]) == amount


def tyntec_send(client: httpx.Client, n: int) -> str | None:
    reply = client.post(
        "/tyntec/messaging/v1/sms",
        headers={"apikey": "tyntec-demo-key"},
        json={"to": "+4917612345678", "from": "ACME", "message": f"m{n}"},
    )
    assert reply.status_code == 200, reply.text
    return str(reply.json()["requestId"])
