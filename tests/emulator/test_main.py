"""The emulator as a program: start-up, persistence, control API, logging."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sms_clients import tyntec
from sms_emulator import Settings
from sms_emulator.core.store import Store
from sms_emulator.http.access_log import RedactSecrets
from tests._server import Receiver, serve_emulator

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


def test_the_module_prints_its_base_urls_and_demo_credentials() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sms_emulator", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner: list[str] = []
        for line in process.stdout:  # up to the control line, which comes after every provider's
            banner.append(line)
            if "/_emulator/" in line or len(banner) >= 50:
                break
        wait_until_listening(port)
    finally:
        process.send_signal(signal.SIGTERM)  # SIGINT is ignored in a background job until uvicorn handles it
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    text = "".join(banner)
    assert f"http://127.0.0.1:{port}/tyntec" in text
    assert "tyntec-demo-key" in text
    assert f"http://127.0.0.1:{port}/_emulator/" in text


def test_state_in_a_file_survives_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    with serve_emulator(Settings(db_path=db)) as base:
        request_id = httpx.post(f"{base}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).json()["requestId"]
        httpx.post(f"{base}/_emulator/clock", json={"advanceSeconds": 3600}).raise_for_status()
    with serve_emulator(Settings(db_path=db)) as base:
        found = httpx.get(f"{base}/tyntec/messaging/v1/messages/{request_id}", headers=KEY)
        assert found.status_code == 200
        assert found.json()["status"] == "DELIVERED"
        assert httpx.get(f"{base}/_emulator/clock").json()["offsetSeconds"] >= 3600


def test_reset_forgets_what_was_sent_but_keeps_the_demo_keys(emulator: str, control: httpx.Client) -> None:
    httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).raise_for_status()
    assert len(control.get("/messages", params={"provider": "tyntec"}).json()) == 1
    control.post("/reset").raise_for_status()
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []
    assert httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).status_code == 200


def test_the_control_api_lists_providers_and_moves_the_clock(control: httpx.Client) -> None:
    info = control.get("/").json()
    assert {"name": "tyntec", "basePath": "/tyntec"}.items() <= info["providers"][0].items()
    before = control.get("/clock").json()["offsetSeconds"]
    after = control.post("/clock", json={"advanceSeconds": 90}).json()["offsetSeconds"]
    assert after == pytest.approx(before + 90)


def test_an_inbound_sms_reaches_your_server_and_parses(control: httpx.Client, callback_receiver: Receiver) -> None:
    url = f"{callback_receiver.url}/inbound"
    attempt = control.post(
        "/tyntec/inbound", json={"url": url, "from": "+4917000000", "to": "+4930123", "message": "hi"}
    )
    assert attempt.json()["status"] == 200
    (received,) = callback_receiver.wait_for(1)
    message = tyntec.parse_inbound_message(received.body)
    assert (message.from_, message.to, message.message, message.size) == ("+4917000000", "+4930123", "hi", 1)


def test_callbacks_go_only_to_this_machine_by_default(emulator: str, control: httpx.Client) -> None:
    body = {**SEND, "callbackUrl": "http://example.com/dlr"}
    httpx.post(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, json=body).raise_for_status()
    control.post("/clock", json={"advanceSeconds": 5}).raise_for_status()
    attempts = [c for c in control.get("/callbacks").json() if c["url"] == "http://example.com/dlr"]
    assert attempts
    assert all(c["status"] is None and "not allowed" in c["error"] for c in attempts)


def test_unknown_paths_get_the_providers_error_shape(emulator: str) -> None:
    reply = httpx.get(f"{emulator}/tyntec/messaging/v1/nothing", headers=KEY)
    assert reply.status_code == 404
    assert reply.headers["content-type"] == "application/problem+json"
    wrong_method = httpx.put(f"{emulator}/tyntec/byon/contacts/v1", headers=KEY)
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "POST"}


def test_a_head_the_spec_does_not_document_never_reaches_a_get_handler(emulator: str, control: httpx.Client) -> None:
    query = {"to": "+491701234567", "from": "ACME", "message": "sent by HEAD?"}
    reply = httpx.head(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, params=query)
    assert reply.status_code == 405
    assert set(reply.headers["allow"].split(", ")) == {"GET", "POST"}
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []


def test_a_body_that_is_not_utf8_is_a_400_not_a_crash(emulator: str) -> None:
    reply = httpx.post(
        f"{emulator}/tyntec/messaging/v1/sms",
        headers={**KEY, "content-type": "application/json"},
        content=b'{"to": "\xff"}',
    )
    assert reply.status_code == 400
    assert "utf-8" in reply.json()["detail"]


def test_the_access_log_never_shows_credentials() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/smsc/sys/send.php?login=a&psw=hunter2&apikey=k3y&access_token=t0k", "1.1", 200),
        None,
    )
    RedactSecrets().filter(record)
    line = record.getMessage()
    assert not {"hunter2", "k3y", "t0k"} & set(line.replace("&", " ").replace("=", " ").split())
    assert "psw=***" in line


def test_the_store_keeps_documents_in_creation_order(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    for name in ("b", "a", "c"):
        store.put("p", "k", name, {"name": name})
    store.put("p", "k", "b", {"name": "b2"})
    assert [d["name"] for d in store.list("p", "k")] == ["b2", "a", "c"]
    assert store.delete("p", "k", "a") == {"name": "a"}
    assert store.get("p", "k", "a") is None
    assert store.next_number("n") == 1
    assert store.next_number("n") == 2
    store.close()
    assert os.path.getsize(tmp_path / "s.db") > 0


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
