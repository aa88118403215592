"""Callbacks go only to this machine by default, and never reach the emulator itself: not its own address and
port under any spelling, and no ``/_emulator`` path on any host (a ``callbackUrl`` once reset the emulator through
``/_emulator/reset``)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx
import pytest

from sms_emulator.core.clock import Clock
from sms_emulator.core.outbound import Outbound, OutboundPolicy
from sms_emulator.core.store import Store
from tests._server import Receiver

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}

SPELLINGS = (
    "127.0.0.1",
    "127.1",
    "127.000.000.001",
    "0x7f000001",
    "2130706433",
    "localhost",
    "LOCALHOST",
    "localhost.",
    "0.0.0.0",  # noqa: S104 - a spelling of this machine to refuse, not an address to bind
    "[::1]",
    "[::ffff:127.0.0.1]",
    "[0:0:0:0:0:0:0:1]",
)
KEY = {"apikey": "tyntec-demo-key"}
SEND = {"to": "+4917612345678", "from": "ACME", "message": "hello"}


def _inbound(control: httpx.Client, url: str) -> dict[str, object]:
    reply = control.post("/tyntec/inbound", json={"url": url, "from": "+4917000000", "to": "+4930123", "message": "hi"})
    reply.raise_for_status()
    record: dict[str, object] = reply.json()
    return record


@pytest.mark.parametrize("host", SPELLINGS)
def test_the_emulators_own_address_is_refused_in_any_spelling(emulator: str, control: httpx.Client, host: str) -> None:
    port = urlsplit(emulator).port
    record = _inbound(control, f"http://{host}:{port}/tyntec/messaging/v1/sms")
    assert record["status"] is None
    assert "emulator itself" in str(record["error"])


@pytest.mark.parametrize(
    "path", ["/_emulator/reset", "/_EMULATOR/reset", "/%5Femulator/reset", "/x/../_emulator/reset"]
)
def test_a_control_api_path_is_refused_on_any_host(
    control: httpx.Client, callback_receiver: Receiver, path: str
) -> None:
    record = _inbound(control, f"{callback_receiver.url}{path}")
    assert record["status"] is None
    assert "/_emulator" in str(record["error"])
    assert callback_receiver.requests == []


def test_a_callback_url_cannot_reset_the_emulator(emulator: str, control: httpx.Client) -> None:
    sent = httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND)
    sent.raise_for_status()
    attack = {**SEND, "callbackUrl": f"{emulator}/_emulator/reset"}
    httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=attack).raise_for_status()
    control.post("/clock", json={"advanceSeconds": 5}).raise_for_status()
    attempts = [c for c in control.get("/callbacks").json() if c["url"] == attack["callbackUrl"]]
    assert attempts
    assert all(c["status"] is None for c in attempts)
    listed = {m["id"] for m in control.get("/messages", params={"provider": "tyntec"}).json()}
    assert sent.json()["requestId"] in listed  # not reset


def test_your_own_server_on_this_machine_is_still_called(control: httpx.Client, callback_receiver: Receiver) -> None:
    record = _inbound(control, f"{callback_receiver.url}/inbound")
    assert record["status"] == 200
    assert len(callback_receiver.wait_for(1)) == 1


def test_callbacks_go_only_to_this_machine_by_default(emulator: str, control: httpx.Client) -> None:
    body = {**SEND, "callbackUrl": "http://example.com/dlr"}
    httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=body).raise_for_status()
    control.post("/clock", json={"advanceSeconds": 5}).raise_for_status()
    attempts = [c for c in control.get("/callbacks").json() if c["url"] == "http://example.com/dlr"]
    assert attempts
    assert all(c["status"] is None and "not allowed" in c["error"] for c in attempts)


def outbound(*allowed: str) -> Outbound:
    store = Store()
    return Outbound(store, Clock(store), OutboundPolicy(allowed_hosts=frozenset(allowed)))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/x", "only http and https URLs with a host"),
        ("http:///x", "only http and https URLs with a host"),
        ("http://127.0.0.1:99999/x", "not a usable URL"),
        ("http://example.com/hook", "host not allowed; start the emulator with --callback-host"),
        ("http://127.0.0.1:9/%2F_emulator/./reset", "never a callback target"),
        ("http://127.0.0.1:9/hook", None),
        ("http://localhost:9/hook", None),
    ],
)
def test_a_url_is_refused_with_the_reason_or_allowed(url: str, reason: str | None) -> None:
    found = asyncio.run(outbound().refusal(url))
    assert found == reason if reason is None else reason in (found or "")


def test_hosts_can_be_allowed_by_name_or_all_at_once() -> None:
    assert outbound("hooks.example.com").is_allowed("https://hooks.example.com/x")
    assert not outbound("hooks.example.com").is_allowed("https://other.example.com/x")
    assert outbound("*").is_allowed("https://other.example.com/x")


def test_a_refused_call_is_recorded_with_its_reason_and_nothing_is_sent() -> None:
    calls = outbound()
    record = asyncio.run(calls.send("acme", "delivery report", "POST", "http://example.com/dlr", json={}, about="7"))
    assert (record["status"], record["about"]) == (None, "7")
    assert "host not allowed" in record["error"]
    assert calls.history() == [record]
