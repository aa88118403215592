"""Faults armed through ``/_emulator/faults`` and acted out by the ``faults`` middleware: every kind, in one place.

(``core/faults.py`` keeps them and reshapes a reply; ``http/middleware/faults.py`` acts them out.) The clients'
side of the same faults, retries and typed errors, is in ``tests/client_layer/`` and ``tests/reply_shapes/``.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}


def reshape(control: httpx.Client, provider: str, operation_id: str, **how: Any) -> None:
    fault = {"provider": provider, "operationId": operation_id, "kind": "reshape", "reshape": how}
    control.post("/faults", json=fault).raise_for_status()


def test_an_armed_status_fault_answers_in_the_providers_shape_then_disarms(
    emulator: str, control: httpx.Client
) -> None:
    fault = {"provider": "tyntec", "operationId": "sendSms", "kind": "status", "status": 429, "retryAfter": 7}
    assert control.post("/faults", json=fault).status_code == 201
    first = httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND)
    assert (first.status_code, first.headers["retry-after"]) == (429, "7")
    assert first.headers["content-type"] == "application/problem+json"
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []  # the call was not processed
    assert httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).status_code == 200
    assert control.get("/faults").json() == []


def test_a_fault_counts_down_and_affects_only_its_operation(emulator: str, control: httpx.Client) -> None:
    control.post("/faults", json={"provider": "tyntec", "operationId": "getSmsStatus", "kind": "status", "count": 2})
    assert httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).status_code == 200
    statuses = [httpx.get(f"{emulator}/tyntec/messaging/v1/messages/x", headers=KEY).status_code for _ in range(3)]
    assert statuses == [503, 503, 404]


def test_drop_after_processes_the_call_and_then_breaks_the_connection(emulator: str, control: httpx.Client) -> None:
    control.post("/faults", json={"provider": "tyntec", "operationId": "sendSms", "kind": "drop-after"})
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND)
    assert len(control.get("/messages", params={"provider": "tyntec"}).json()) == 1


def test_drop_breaks_the_connection_without_processing(emulator: str, control: httpx.Client) -> None:
    control.post("/faults", json={"provider": "tyntec", "kind": "drop"})
    # A broken connection reads as a protocol error (closed before a reply) or, when the close
    # races the request's last bytes, as a reset (ReadError): both are "no reply at all".
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND)
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []


def test_a_slow_fault_delays_the_reply(emulator: str, control: httpx.Client) -> None:
    control.post("/faults", json={"provider": "tyntec", "kind": "slow", "delaySeconds": 1})
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND, timeout=0.3)


@pytest.mark.parametrize(
    ("fault", "field"),
    [
        ({"provider": "nope", "kind": "drop"}, "provider"),
        ({"provider": "tyntec", "operationId": "x", "kind": "drop"}, "operationId"),
    ],
)
def test_a_fault_for_an_unknown_target_is_refused(control: httpx.Client, fault: dict, field: str) -> None:
    reply = control.post("/faults", json=fault)
    assert reply.status_code == 400
    assert reply.json()["detail"].startswith(f"{field}:")


def test_reshape_leaves_error_replies_alone(emulator: str, control: httpx.Client) -> None:
    reshape(control, "tyntec", "getSmsStatus", status=200, set={"/title": "changed"})
    reply = httpx.get(f"{emulator}/tyntec/messaging/v1/messages/unknown", headers={"apikey": "tyntec-demo-key"})
    assert reply.status_code == 404
    assert reply.json().get("title") != "changed"


def test_a_reshape_without_a_change_is_refused(control: httpx.Client) -> None:
    reply = control.post("/faults", json={"provider": "tyntec", "kind": "reshape", "reshape": {}})
    assert reply.status_code == 400
    assert "reshape" in reply.text
    reply = control.post("/faults", json={"provider": "tyntec", "kind": "reshape", "reshape": {"remove": ["parts"]}})
    assert reply.status_code == 400
    assert "JSON pointer" in reply.text
