"""The HEAD guard (``http/middleware/head_guard.py``): a HEAD the spec does not document never reaches a GET handler."""

from __future__ import annotations

import httpx

KEY = {"apikey": "tyntec-demo-key"}


def test_a_head_the_spec_does_not_document_never_reaches_a_get_handler(emulator: str, control: httpx.Client) -> None:
    query = {"to": "+491701234567", "from": "ACME", "message": "sent by HEAD?"}
    reply = httpx.head(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, params=query)
    assert reply.status_code == 405
    assert set(reply.headers["allow"].split(", ")) == {"GET", "POST"}
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []
