"""Faults armed through ``/_emulator/faults`` and acted out by the ``faults`` middleware: every kind, in one place.

(``core/faults.py`` keeps them and reshapes a reply; ``http/middleware/faults.py`` acts them out.) The clients'
side of the same faults, retries and typed errors, is in ``tests/client_layer/`` and ``tests/reply_shapes/``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from sms_emulator.core.faults import Faults, reshape_body, validate
from sms_emulator.core.store import Store
from sms_emulator.http.middleware.faults import FaultInjection

from ._asgi import Downstream, FakeApi, call, http_scope

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


# --- on their own: the armed faults, a reshape, and the middleware in front of a stand-in app ---------------


def test_a_fault_is_taken_once_per_call_until_its_count_runs_out() -> None:
    faults = Faults(Store())
    faults.arm({"provider": "acme", "operationId": "send", "kind": "status", "count": 2})
    asked: list[str] = []

    def operation() -> str:
        asked.append("send")
        return "send"

    assert faults.take("other", operation) is None
    assert [faults.take("acme", operation)["count"] for _ in range(2)] == [2, 1]  # type: ignore[index]
    assert faults.take("acme", operation) is None
    assert faults.armed() == []
    assert len(asked) == 3  # the operation is worked out only while some fault is armed: not for the last call


def test_reshape_sets_and_removes_fields_through_pointers_with_a_star_for_every_item() -> None:
    body = b'{"status": "ok", "items": [{"id": 1, "x": 1}, {"id": 2, "x": 2}], "gone": true}'
    changed = reshape_body(body, {"set": {"/status": "NEW", "/items/*/id": "s"}, "remove": ["/gone", "/items/0/x"]})
    assert json.loads(changed) == {"status": "NEW", "items": [{"id": "s"}, {"id": "s", "x": 2}]}
    assert reshape_body(b"ERROR = 1", {"set": {"/a": 1}}) == b"ERROR = 1"  # text replies keep their body


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        ({"provider": "nope", "kind": "drop"}, "provider: unknown provider 'nope'"),
        ({"provider": "acme", "operationId": "x", "kind": "drop"}, "operationId: acme has no operation 'x'"),
        ({"provider": "acme", "kind": "reshape", "reshape": {}}, "reshape: kind=reshape needs"),
        ({"provider": "acme", "kind": "reshape", "reshape": {"remove": ["a"]}}, "'a' is not a JSON pointer"),
        ({"provider": "acme", "operationId": "send", "kind": "slow"}, None),
    ],
)
def test_validate_names_the_field_at_fault(fault: dict[str, Any], problem: str | None) -> None:
    found = validate(fault, {"acme": ["send"]})
    assert found == problem if problem is None else problem in (found or "")


def injection(app: Downstream, api: FakeApi, **fault: Any) -> FaultInjection:
    faults = Faults(Store())
    faults.arm({"provider": "acme", **fault})
    return FaultInjection(app, faults, api.for_path)


def test_a_status_fault_answers_in_the_apis_error_shape_without_calling_the_app() -> None:
    app, api = Downstream(), FakeApi()
    reply = call(injection(app, api, kind="status", status=429, retryAfter=3), http_scope("/acme/send", "POST"))
    assert (reply.status, reply.body, reply.headers[b"retry-after"]) == (
        429,
        b"acme says injected fault: HTTP 429",
        b"3",
    )
    assert api.rendered[0].operation_id == "sendPost"
    assert app.calls == []


def test_drop_after_runs_the_call_then_leaves_the_reply_unfinished() -> None:
    app = Downstream()
    reply = call(injection(app, FakeApi(), kind="drop-after"), http_scope("/acme/send", "POST"))
    assert len(app.calls) == 1
    assert not reply.complete


def test_paths_of_no_provider_are_never_faulted() -> None:
    app = Downstream()
    assert call(injection(app, FakeApi(), kind="drop"), http_scope("/_emulator/messages")).complete
    assert len(app.calls) == 1
