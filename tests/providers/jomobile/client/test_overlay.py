"""The Jo Mobile overlay on its own: configuration, the envelope, errors, and TokenAuth against a scripted server."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import httpx
import pytest
from jomobile_client.api.account import get_me
from jomobile_client.models import ErrorReply, ProfileReply

from sms_clients import MissingCredential, NotFound, ServerError, UnexpectedResponse, jomobile
from sms_clients._http import RaiseForErrors

BASE = "http://jomobile.test"
LOGIN_REPLIES = {
    "/v1/authorize": {"status": True, "data": {"authorization_code": "code-1"}},
    "/v1/accesstoken": {"status": True, "data": {"access_token": "token-abc-123", "expires_at": 4102444800}},
}
PROFILE = {
    "id": 1,
    "login": "user",
    "name": "U",
    "phone": "380501234567",
    "email": "u@example.com",
    "balance": 1.5,
    "currency": "EUR",
}

Handler = Callable[[httpx.Request], httpx.Response]


def envelope(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


def scripted(calls: Handler, seen: list[httpx.Request] | None = None) -> jomobile.JoMobileClient:
    """A client set up as ``connect`` does, talking to ``calls`` (after the login steps) instead of a network."""

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if request.url.path in LOGIN_REPLIES:
            return envelope(200, LOGIN_REPLIES[request.url.path])
        return calls(request)

    session = jomobile.TokenAuth(BASE, "user", "pass-word-1")
    checked = RaiseForErrors(
        session, provider="jomobile", parse_error=jomobile.error_details, check_reply=jomobile.check_reply
    )
    return jomobile.JoMobileClient(
        base_url=BASE,
        session=session,
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(7.0, connect=3.0),
        httpx_args={"auth": checked, "transport": httpx.MockTransport(handler)},
    )


def test_connect_reads_credentials_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOMOBILE_USERNAME", "env-user")
    monkeypatch.setenv("JOMOBILE_PASSWORD", "env-pass")
    monkeypatch.setenv("JOMOBILE_BASE_URL", "http://127.0.0.1:9/jomobile/")
    client = jomobile.connect()
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9/jomobile/"
    assert "username='env-user'" in repr(client.session)
    assert "env-pass" not in repr(client)


@pytest.mark.parametrize(
    ("argument", "variable"), [("username", "JOMOBILE_USERNAME"), ("password", "JOMOBILE_PASSWORD")]
)
def test_a_missing_credential_names_its_variable(monkeypatch: pytest.MonkeyPatch, argument: str, variable: str) -> None:
    monkeypatch.delenv("JOMOBILE_USERNAME", raising=False)
    monkeypatch.delenv("JOMOBILE_PASSWORD", raising=False)
    given = {"username": "u", "password": "p"}
    del given[argument]
    with pytest.raises(MissingCredential, match=variable):
        jomobile.connect("http://127.0.0.1:9", **given)


def test_the_defaults_are_the_live_api_and_finite_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOMOBILE_BASE_URL", raising=False)
    client = jomobile.connect(username="u", password="p")
    assert str(client.get_httpx_client().base_url) == "https://restapi.jomobile.online"
    timeout = client.get_httpx_client().timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)
    assert jomobile.connect(username="u", password="p", timeout=2).get_httpx_client().timeout.read == 2.0


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (200, {"status": True, "data": {}}, None),
        (200, {"status": False, "error_code": 400, "errors": {"text": ["too long"]}}, jomobile.RequestRejected),
        (200, {"status": False, "error_code": 401, "errors": {}}, jomobile.TokenRejected),
        (400, {"status": False, "error_code": 400, "errors": {"login": ["taken"]}}, jomobile.RequestRejected),
        (401, {"status": False, "error_code": 401, "errors": {"access_token": ["expired"]}}, jomobile.TokenRejected),
        (404, {"status": False, "error_code": 404, "errors": {"request": ["Not Found"]}}, NotFound),
        (502, "<html>bad gateway</html>", ServerError),
    ],
)
def test_error_class_reads_the_status_and_the_envelope(status: int, body: object, expected: type | None) -> None:
    assert jomobile.error_class(envelope(status, body)) is expected


def test_error_details_give_the_code_and_every_field_message() -> None:
    body = {"status": False, "error_code": 400, "errors": {"login": ["taken", "too short"], "email": "bad"}}
    assert jomobile.error_details(envelope(400, body)) == ("400", "login: taken too short; email: bad")
    assert jomobile.error_details(httpx.Response(400, content=b"<html>")) == (None, None)


def test_data_unwraps_a_reply_and_raises_for_anything_else() -> None:
    reply = ProfileReply.from_dict({"status": True, "data": PROFILE})
    assert jomobile.data(reply).login == "user"
    error = ErrorReply.from_dict({"status": False, "error_code": 401, "errors": {"access_token": ["expired"]}})
    with pytest.raises(jomobile.TokenRejected) as caught:
        jomobile.data(error)
    assert (caught.value.error_code, caught.value.errors) == (401, {"access_token": ["expired"]})
    failed = ProfileReply.from_dict(
        {"status": False, "data": PROFILE, "error_code": 400, "errors": {"phone": ["invalid"]}}
    )
    with pytest.raises(jomobile.RequestRejected) as rejected:
        jomobile.data(failed)
    assert rejected.value.errors == {"phone": ["invalid"]}
    with pytest.raises(UnexpectedResponse):
        jomobile.data(None)


def test_a_success_status_with_a_failed_envelope_raises() -> None:
    body = {"status": False, "error_code": 400, "errors": {"id_group": ["Group 5 not found."]}}
    with scripted(lambda request: envelope(200, body)) as client, pytest.raises(jomobile.RequestRejected) as caught:
        get_me.sync(client=client)
    assert (caught.value.status, caught.value.error_code) == (200, 400)
    assert caught.value.errors == {"id_group": ["Group 5 not found."]}


def test_a_refused_token_is_renewed_once_and_a_fresh_one_is_not_renewed_at_all() -> None:
    seen: list[httpx.Request] = []
    replies = [envelope(200, {"status": True, "data": PROFILE})]
    refused = envelope(401, {"status": False, "error_code": 401, "errors": {"access_token": ["nope"]}})
    client = scripted(lambda request: replies.pop() if replies else refused, seen)
    get_me.sync(client=client)
    with pytest.raises(jomobile.TokenRejected) as caught:
        get_me.sync(client=client)
    assert [request.url.path for request in seen] == [
        "/v1/authorize",
        "/v1/accesstoken",
        "/v1/me",
        "/v1/me",  # refused: the held token is dropped, and the call repeated once with a new one
        "/v1/authorize",
        "/v1/accesstoken",
        "/v1/me",  # refused again: a token obtained for this very call is not renewed
    ]
    assert caught.value.errors == {"access_token": ["nope"]}
    assert "token-abc-123" not in str(caught.value)
    assert client.session.logins == 2


def test_the_login_requests_carry_the_calls_timeouts_and_the_call_carries_the_token() -> None:
    seen: list[httpx.Request] = []
    with scripted(lambda request: envelope(200, {"status": True, "data": PROFILE}), seen) as client:
        assert jomobile.data(get_me.sync(client=client)).login == "user"
    authorize, exchange, call, logout = seen
    assert json.loads(authorize.content) == {"username": "user", "password": "pass-word-1"}
    assert json.loads(exchange.content) == {"authorization_code": "code-1"}
    for request in (authorize, exchange, call):
        assert request.extensions["timeout"] == {"connect": 3.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert call.headers["X-Access-Token"] == logout.headers["X-Access-Token"] == "token-abc-123"
    assert "X-Access-Token" not in authorize.headers
    assert logout.url.path == "/v1/logout"


def test_calls_that_need_no_token_do_not_log_in() -> None:
    seen: list[httpx.Request] = []
    client = scripted(lambda request: envelope(200, {"status": True, "data": PROFILE}), seen)
    client.get_httpx_client().post("/v1/register", json={})
    assert [request.url.path for request in seen] == ["/v1/register"]
    assert "X-Access-Token" not in seen[0].headers


@pytest.mark.parametrize(
    ("reply", "expected", "message"),
    [
        (envelope(500, {"status": False, "error_code": 500, "errors": {"request": ["boom"]}}), ServerError, "boom"),
        (envelope(200, {"status": True, "data": {"authorization_code": 5}}), UnexpectedResponse, "authorization_code"),
        (envelope(200, {"status": True}), UnexpectedResponse, "without a authorization_code"),
    ],
)
def test_a_broken_login_step_raises_a_typed_error(reply: httpx.Response, expected: type, message: str) -> None:
    session = jomobile.TokenAuth(BASE, "user", "pass-word-1")
    client = httpx.Client(transport=httpx.MockTransport(lambda request: reply), auth=session)
    with pytest.raises(expected) as caught:
        client.get(f"{BASE}/v1/me")
    assert message in str(caught.value)
    assert "pass-word-1" not in str(caught.value)


def test_a_failed_logout_is_logged_without_the_token_and_closing_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    def calls(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/logout":
            raise httpx.ConnectError("connection refused")
        return envelope(200, {"status": True, "data": PROFILE})

    client = scripted(calls)
    get_me.sync(client=client)
    with caplog.at_level(logging.WARNING, logger="sms_clients.jomobile"):
        client.close()
    assert "logging out failed (ConnectError)" in caplog.text
    assert "token-abc-123" not in caplog.text
    assert not client.session.has_valid_token


def test_the_session_repr_masks_password_and_token() -> None:
    client = scripted(lambda request: envelope(200, {"status": True, "data": PROFILE}))
    get_me.sync(client=client)
    text = repr(client) + repr(client.session) + repr(client.get_httpx_client().auth)
    assert "pass-word-1" not in text
    assert "token-abc-123" not in text
    assert "token='***'" in repr(client.session)
