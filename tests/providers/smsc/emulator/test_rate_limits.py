"""The per-minute limits of the error tables (error 9), and the control API switch that relaxes them."""

from __future__ import annotations

import httpx
import pytest
from smsc_client import Client
from smsc_client.api.account import get_balance
from smsc_client.api.messages import send_message
from smsc_client.api.sender_names import manage_senders
from smsc_client.models import Cost, Fmt

from sms_clients import RateLimited, smsc


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def test_the_limits_are_enforced_by_default_and_a_reset_restores_them(control: httpx.Client) -> None:
    assert control.get("/limits").json() == {"enforced": True}
    assert control.post("/limits", json={"enforced": False}).json() == {"enforced": False}
    control.post("/reset").raise_for_status()
    assert control.get("/limits").json() == {"enforced": True}


def test_balance_allows_ten_requests_a_minute(client: Client, control: httpx.Client) -> None:
    for _ in range(10):
        get_balance.sync(client=client)
    with pytest.raises(smsc.TooManyRequests) as caught:
        get_balance.sync(client=client, fmt=Fmt.JSON)
    assert isinstance(caught.value, RateLimited)
    assert caught.value.script == "balance.php"
    advance(control, 61)
    assert get_balance.sync(client=client, fmt=Fmt.NUMBERS)


def test_the_same_list_request_three_times_a_minute(client: Client, control: httpx.Client) -> None:
    for _ in range(3):
        manage_senders.sync(client=client, get=1, fmt=Fmt.JSON)
    manage_senders.sync(client=client, get=1, all_=1, fmt=Fmt.JSON)  # a different request counts apart
    with pytest.raises(smsc.TooManyRequests):
        manage_senders.sync(client=client, get=1, fmt=Fmt.JSON)
    advance(control, 61)
    assert manage_senders.sync(client=client, get=1, fmt=Fmt.JSON)


def test_five_new_sender_names_a_minute(client: Client) -> None:
    for index in range(5):
        manage_senders.sync(client=client, add=1, sender=f"NAME{index}")
    with pytest.raises(smsc.TooManyRequests):
        manage_senders.sync(client=client, add=1, sender="NAME5")


def test_the_same_message_once_a_minute_and_the_same_price_five_times(client: Client, control: httpx.Client) -> None:
    send_message.sync(client=client, phones="79991234567", mes="once")
    with pytest.raises(smsc.TooManyRequests):
        send_message.sync(client=client, phones="79991234567", mes="once")
    send_message.sync(client=client, phones="79991234567", mes="another text")
    for _ in range(5):
        send_message.sync(client=client, phones="79991234567", mes="price", cost=Cost.PRICE_ONLY)
    with pytest.raises(smsc.TooManyRequests):
        send_message.sync(client=client, phones="79991234567", mes="price", cost=Cost.PRICE_ONLY)
    advance(control, 61)
    send_message.sync(client=client, phones="79991234567", mes="once")


def test_relaxed_limits_let_every_request_through(client: Client, relaxed: None) -> None:
    for _ in range(12):
        get_balance.sync(client=client)
    for _ in range(3):
        send_message.sync(client=client, phones="79991234567", mes="again and again")
