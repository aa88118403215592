"""The emulator as a program: start-up, persistence, control API, logging."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from sms_clients import tyntec
from sms_emulator import Settings
from sms_emulator._logging import RedactSecrets
from sms_emulator.store import Store

from ._server import Receiver, serve_emulator

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
        banner = []
        while not banner or ("/_emulator/" not in banner[-1] and banner[-1] and len(banner) < 100):
            banner.append(process.stdout.readline())  # one block per provider, the control API last
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
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
    assert len(control.get("/messages").json()) == 1
    control.post("/reset").raise_for_status()
    assert control.get("/messages").json() == []
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
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}


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
