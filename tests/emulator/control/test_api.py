"""The control API under ``/_emulator`` (``control/api.py``): information, health, reset and the clock.

Its other routes have tests beside what they serve: messages and events in ``tests/emulator/inbox/``,
faults in ``tests/emulator/http/middleware/test_faults.py``, callbacks in ``tests/emulator/core/test_outbound.py``,
the books in ``tests/emulator/core/test_money.py``, limits with SMSC's rate limits.
"""

from __future__ import annotations

from importlib.metadata import version

import httpx
import pytest

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}


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


def test_health_answers_with_the_version_and_the_providers(emulator: str) -> None:
    health = httpx.get(f"{emulator}/_emulator/health").json()
    assert health["status"] == "ok"
    assert health["version"] == version("sms-clients")
    assert health["providers"] == ["tyntec", "bytehand", "jomobile", "smsc"]
