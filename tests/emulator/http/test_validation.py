"""connexion's validators as the emulator uses them (``http/validation.py``): errors name the field, never crash."""

from __future__ import annotations

import httpx

KEY = {"apikey": "tyntec-demo-key"}


def test_a_body_that_is_not_utf8_is_a_400_not_a_crash(emulator: str) -> None:
    reply = httpx.post(
        f"{emulator}/tyntec/messaging/v1/sms",
        headers={**KEY, "content-type": "application/json"},
        content=b'{"to": "\xff"}',
    )
    assert reply.status_code == 400
    assert "utf-8" in reply.json()["detail"]
