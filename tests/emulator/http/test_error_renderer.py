"""Every error in the shape of the provider the path belongs to (``http/error_renderer.py``)."""

from __future__ import annotations

import httpx

KEY = {"apikey": "tyntec-demo-key"}


def test_unknown_paths_get_the_providers_error_shape(emulator: str) -> None:
    reply = httpx.get(f"{emulator}/tyntec/messaging/v1/nothing", headers=KEY)
    assert reply.status_code == 404
    assert reply.headers["content-type"] == "application/problem+json"
    wrong_method = httpx.put(f"{emulator}/tyntec/byon/contacts/v1", headers=KEY)
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "POST"}
