"""Jo Mobile's token handling against a server that answers the way the public material leaves open.

The material shows ``expires_at`` but not its form, and shows only 400
errors; so a token may expire as a date string, and a stale token may be
refused with a 400 naming it. Neither may lock a client out.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from jomobile_client.api.account import get_me

from sms_clients import AuthenticationFailed, jomobile

from ._stub import Reply, Request, stub_server


@dataclass
class Provider:
    """A Jo Mobile server: issues tokens with ``expiry``, refuses stale ones the way ``refusal`` says."""

    expiry: object = 4_102_444_800  # 2100-01-01 in Unix seconds
    refusal: Reply = (401, {"status": False, "error_code": 401, "errors": {"token": ["Invalid token."]}})
    login_delay: float = 0.0
    tokens_work: bool = True
    valid: set[str] = field(default_factory=set)
    logins: int = 0
    calls: list[str] = field(default_factory=list)
    _counter: Iterator[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: Request) -> Reply:
        path = request.path.removeprefix("/jomobile")
        self.calls.append(path)
        if path == "/v1/authorize":
            time.sleep(self.login_delay)
            return 200, {"status": True, "data": {"authorization_code": "code"}}
        if path == "/v1/accesstoken":
            with self._lock:
                self.logins += 1
                token = f"token-{next(self._counter)}"
                if self.tokens_work:
                    self.valid.add(token)
            return 200, {"status": True, "data": {"access_token": token, "expires_at": self.expiry}}
        if request.headers.get("x-access-token") not in self.valid:
            return self.refusal
        return 200, {"status": True, "data": {"id": 7, "login": "demo"}}

    def log_everyone_out(self) -> None:
        self.valid.clear()


@pytest.fixture
def provider() -> Provider:
    return Provider()


@pytest.fixture
def connect(provider: Provider) -> Iterator[Callable[[], jomobile.JoMobileClient]]:
    with stub_server(provider) as url:
        yield lambda: jomobile.connect(url, username="demo", password="secret", retries=0)


def login_of(client: jomobile.JoMobileClient) -> object:
    return jomobile.data(get_me.sync(client=client)).login


@pytest.mark.parametrize("expiry", ["2099-02-12 15:00:00", "2099-02-12T15:00:00Z", "4102444800", 4102444800.5])
def test_expires_at_as_a_date_or_seconds_is_read(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient], expiry: object
) -> None:
    provider.expiry = expiry
    client = connect()
    assert login_of(client) == "demo"
    assert login_of(client) == "demo"
    assert provider.logins == 1
    assert client.session.has_valid_token


def test_an_expiry_in_the_past_as_a_date_logs_in_before_the_next_call(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient]
) -> None:
    provider.expiry = "2001-01-01 00:00:00"
    client = connect()
    assert login_of(client) == "demo"
    assert login_of(client) == "demo"
    assert provider.logins == 2  # the local clock saw the token expired, so it logged in again first
    assert "401" not in str(provider.calls)


@pytest.mark.parametrize("expiry", ["soon", None, {"at": 1}, True])
def test_an_unreadable_expiry_keeps_the_token_until_it_is_refused(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient], expiry: object
) -> None:
    provider.expiry = expiry
    client = connect()
    assert login_of(client) == "demo"
    assert login_of(client) == "demo"
    assert provider.logins == 1
    provider.log_everyone_out()
    assert login_of(client) == "demo"
    assert provider.logins == 2
    assert provider.calls[-4:] == ["/v1/me", "/v1/authorize", "/v1/accesstoken", "/v1/me"]


@pytest.mark.parametrize(
    "refusal",
    [
        (401, {"status": False, "error_code": 401, "errors": {"token": ["Token expired."]}}),
        (400, {"status": False, "error_code": 400, "errors": {"token": ["Token is invalid."]}}),
        (400, {"status": False, "error_code": 400, "errors": {"access": ["Invalid access token."]}}),
        (200, {"status": False, "error_code": 400, "errors": {"X-Access-Token": ["expired"]}}),
    ],
)
def test_a_call_refused_for_its_token_logs_in_once_and_is_repeated(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient], refusal: Reply
) -> None:
    provider.refusal = refusal
    client = connect()
    login_of(client)
    provider.log_everyone_out()
    assert login_of(client) == "demo"
    assert provider.logins == 2
    assert provider.calls[-4:] == ["/v1/me", "/v1/authorize", "/v1/accesstoken", "/v1/me"]


def test_a_400_that_does_not_name_the_token_is_not_repeated(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient]
) -> None:
    provider.refusal = (400, {"status": False, "error_code": 400, "errors": {"text": ["Too long."]}})
    client = connect()
    login_of(client)
    provider.log_everyone_out()
    with pytest.raises(jomobile.RequestRejected, match="Too long"):
        login_of(client)
    assert provider.logins == 1


def test_a_token_refused_again_after_logging_in_raises(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient]
) -> None:
    client = connect()
    login_of(client)
    provider.log_everyone_out()
    provider.tokens_work = False
    with pytest.raises(AuthenticationFailed):
        login_of(client)
    assert provider.logins == 2  # one more login, then the repeat's refusal is final
    assert provider.calls[-4:] == ["/v1/me", "/v1/authorize", "/v1/accesstoken", "/v1/me"]


def test_concurrent_first_calls_on_one_client_log_in_once(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient]
) -> None:
    provider.login_delay = 0.2
    client = connect()
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(login_of(client))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert results == ["demo"] * 6
    assert provider.logins == 1


def test_concurrent_first_async_calls_log_in_once(
    provider: Provider, connect: Callable[[], jomobile.JoMobileClient]
) -> None:
    provider.login_delay = 0.2
    client = connect()

    async def main() -> list[object]:
        replies = await asyncio.gather(*(get_me.asyncio(client=client) for _ in range(6)))
        await client.get_async_httpx_client().aclose()
        return [jomobile.data(reply).login for reply in replies]

    assert asyncio.run(main()) == ["demo"] * 6
    assert provider.logins == 1
