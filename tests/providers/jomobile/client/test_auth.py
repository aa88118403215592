"""Logging in, renewing the token, logging out: the overlay's TokenAuth against the emulator."""

from __future__ import annotations

import logging

import httpx
import pytest
from jomobile_client.api.account import get_me
from jomobile_client.models import Profile
from sms_operations.jomobile import OPERATIONS

from sms_clients import AuthenticationFailed, _http, jomobile

from ..conftest import PASSWORD, USERNAME, advance, raw_token


def record(client: jomobile.JoMobileClient) -> list[tuple[str, int, str | None]]:
    """(path, status, X-Access-Token) of every request the client's sync connection sends from now on."""
    seen: list[tuple[str, int, str | None]] = []

    def on_response(response: httpx.Response) -> None:
        request = response.request
        seen.append(
            (request.url.path.removeprefix("/jomobile"), response.status_code, request.headers.get("X-Access-Token"))
        )

    client.get_httpx_client().event_hooks["response"].append(on_response)
    return seen


def me(client: jomobile.JoMobileClient) -> Profile:
    return jomobile.data(get_me.sync(client=client))


def test_the_first_call_logs_in_and_the_next_ones_reuse_the_token(client: jomobile.JoMobileClient) -> None:
    seen = record(client)
    assert me(client).login == USERNAME
    assert me(client).login == USERNAME
    assert [(path, status) for path, status, _ in seen] == [
        ("/v1/authorize", 200),
        ("/v1/accesstoken", 200),
        ("/v1/me", 200),
        ("/v1/me", 200),
    ]
    tokens = {token for path, _, token in seen if path == "/v1/me"}
    assert len(tokens) == 1
    assert None not in tokens
    assert client.session.logins == 1


def test_a_token_that_expired_on_the_server_is_renewed_once(
    client: jomobile.JoMobileClient, control: httpx.Client
) -> None:
    me(client)
    seen = record(client)
    advance(control, 3601)  # tokens live one hour on the emulator's clock; the client's clock has not moved
    assert me(client).login == USERNAME
    assert [(path, status) for path, status, _ in seen] == [
        ("/v1/me", 401),
        ("/v1/authorize", 200),
        ("/v1/accesstoken", 200),
        ("/v1/me", 200),
    ]
    assert seen[0][2] != seen[-1][2]
    assert client.session.logins == 2


def test_a_token_the_local_clock_sees_expiring_is_renewed_before_the_call(base_url: str) -> None:
    now = [1_000_000_000.0]
    session = jomobile.TokenAuth(base_url, USERNAME, PASSWORD, clock=lambda: now[0])
    client = _http.build_client(
        jomobile.JoMobileClient,
        base_url=base_url,
        provider="jomobile",
        credentials=session,
        parse_error=jomobile.error_details,
        check_reply=jomobile.check_reply,
        operations=OPERATIONS,
        session=session,
    )
    with client:
        me(client)
        seen = record(client)
        now[0] = 2**40  # far past the token's expires_at
        me(client)
    # No 401 first; and no logout at the end, since by the local clock the new token has expired as well.
    assert [path for path, _, _ in seen] == ["/v1/authorize", "/v1/accesstoken", "/v1/me"]
    assert session.logins == 2


def test_closing_the_client_logs_out_and_the_token_stops_working(base_url: str) -> None:
    client = jomobile.connect(base_url, username=USERNAME, password=PASSWORD)
    seen = record(client)
    me(client)
    client.close()
    token = seen[-2][2]
    assert seen[-1][:2] == ("/v1/logout", 200)
    assert seen[-1][2] == token
    after = httpx.get(f"{base_url}/v1/me", headers={"X-Access-Token": token or ""})
    assert after.status_code == 401
    assert after.json() == {
        "status": False,
        "error_code": 401,
        "errors": {"access_token": ["The access token is invalid, expired or logged out; log in again."]},
    }
    assert not client.session.has_valid_token


def test_closing_a_client_that_never_logged_in_sends_nothing(base_url: str) -> None:
    client = jomobile.connect(base_url, username=USERNAME, password=PASSWORD)
    seen = record(client)
    client.close()
    assert seen == []


@pytest.mark.anyio
async def test_the_async_client_logs_in_renews_and_logs_out(base_url: str, control: httpx.Client) -> None:
    async with jomobile.connect(base_url, username=USERNAME, password=PASSWORD) as client:
        seen: list[tuple[str, int]] = []

        async def on_response(response: httpx.Response) -> None:
            seen.append((response.request.url.path.removeprefix("/jomobile"), response.status_code))

        client.get_async_httpx_client().event_hooks["response"].append(on_response)
        first = jomobile.data(await get_me.asyncio(client=client))
        advance(control, 3601)
        second = jomobile.data(await get_me.asyncio(client=client))
    assert first.login == second.login == USERNAME
    assert seen == [
        ("/v1/authorize", 200),
        ("/v1/accesstoken", 200),
        ("/v1/me", 200),
        ("/v1/me", 401),
        ("/v1/authorize", 200),
        ("/v1/accesstoken", 200),
        ("/v1/me", 200),
        ("/v1/logout", 200),
    ]


def test_a_wrong_password_raises_login_failed_with_the_field_errors(base_url: str) -> None:
    client = jomobile.connect(base_url, username=USERNAME, password="not-the-password-42")
    with client, pytest.raises(jomobile.LoginFailed) as caught:
        me(client)
    error = caught.value
    assert isinstance(error, AuthenticationFailed)
    assert (error.status, error.error_code) == (400, 400)
    assert error.errors == {"password": ["Incorrect username or password."]}
    assert "Incorrect username or password." in str(error)
    assert "not-the-password-42" not in str(error)
    assert "not-the-password-42" not in repr(client)


def test_a_token_rejected_by_the_server_is_a_token_rejected_error(base_url: str) -> None:
    reply = httpx.get(f"{base_url}/v1/me", headers={"X-Access-Token": "made-up-token"})
    error = jomobile.error_class(reply)
    assert error is jomobile.TokenRejected
    assert issubclass(error, AuthenticationFailed)
    assert jomobile.error_details(reply) == (
        "401",
        "access_token: The access token is invalid, expired or logged out; log in again.",
    )


def test_an_authorization_code_works_once_and_for_five_minutes(base_url: str, control: httpx.Client) -> None:
    def code() -> str:
        reply = httpx.post(f"{base_url}/v1/authorize", json={"username": USERNAME, "password": PASSWORD})
        return str(reply.json()["data"]["authorization_code"])

    def exchange(value: str) -> httpx.Response:
        return httpx.post(f"{base_url}/v1/accesstoken", json={"authorization_code": value})

    once = code()
    assert exchange(once).status_code == 200
    again = exchange(once)
    assert again.status_code == 400
    assert list(again.json()["errors"]) == ["authorization_code"]
    late = code()
    advance(control, 301)
    assert exchange(late).status_code == 400


def test_logout_destroys_only_the_token_it_is_called_with(base_url: str) -> None:
    first, second = raw_token(base_url), raw_token(base_url)
    assert httpx.get(f"{base_url}/v1/logout", headers={"X-Access-Token": first}).json() == {
        "status": True,
        "data": {"logout": True},
    }
    assert httpx.get(f"{base_url}/v1/me", headers={"X-Access-Token": first}).status_code == 401
    assert httpx.get(f"{base_url}/v1/me", headers={"X-Access-Token": second}).status_code == 200


def test_neither_the_password_nor_the_token_reaches_the_logs(
    client: jomobile.JoMobileClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen = record(client)
    me(client)
    token = seen[-1][2]
    assert token
    assert PASSWORD not in caplog.text
    assert token not in caplog.text
    assert PASSWORD not in repr(client)
    assert token not in repr(client)
    assert token not in repr(client.session)
