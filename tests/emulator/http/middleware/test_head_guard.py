"""The HEAD guard (``http/middleware/head_guard.py``): a HEAD the spec does not document never reaches a GET handler."""

from __future__ import annotations

import httpx
import pytest
from starlette.exceptions import HTTPException

from sms_emulator.http.middleware.head_guard import UndocumentedHeadGuard

from ._asgi import Downstream, FakeApi, call, http_scope

KEY = {"apikey": "tyntec-demo-key"}


def guard(app: Downstream) -> UndocumentedHeadGuard:
    return UndocumentedHeadGuard(app, FakeApi().for_path)


def test_a_head_the_spec_does_not_document_is_a_405_and_never_reaches_the_app() -> None:
    app = Downstream()
    with pytest.raises(HTTPException) as refused:
        call(guard(app), http_scope("/acme/send", "HEAD"))
    assert refused.value.status_code == 405
    assert app.calls == []


@pytest.mark.parametrize(
    ("path", "method"),
    [("/acme/things", "HEAD"), ("/acme/send", "GET"), ("/acme/nowhere", "HEAD"), ("/_emulator/messages", "HEAD")],
    ids=["documented HEAD", "GET", "a path the spec lacks (its 404 comes later)", "not a provider's path"],
)
def test_everything_else_passes_through(path: str, method: str) -> None:
    app = Downstream()
    assert call(guard(app), http_scope(path, method)).status == 200
    assert len(app.calls) == 1


def test_a_head_the_spec_does_not_document_never_reaches_a_get_handler(emulator: str, control: httpx.Client) -> None:
    query = {"to": "+491701234567", "from": "ACME", "message": "sent by HEAD?"}
    reply = httpx.head(f"{emulator}/tyntec/messaging/v1/sms", headers=KEY, params=query)
    assert reply.status_code == 405
    assert set(reply.headers["allow"].split(", ")) == {"GET", "POST"}
    assert control.get("/messages", params={"provider": "tyntec"}).json() == []
