"""Logging in to Jo Mobile and keeping the access token fresh, as one ``httpx.Auth``.

Jo Mobile logs in in two steps: ``POST /v1/authorize`` trades the username
and password for an authorization code, ``POST /v1/accesstoken`` trades the
code for an access token and its expiry. Every other call carries the token
in ``X-Access-Token``.

``TokenAuth`` does this inside the request's auth flow: before the first call
that needs a token (all but logging in and registering a customer),
or once the token has expired by the local clock, it yields the two login
requests, then the call itself with the token. When a call answers 401 all
the same (the token was logged out elsewhere, or the server's clock runs
ahead), it logs in again once and repeats the call; a 401 means the call was
not carried out, so repeating it is safe even for a send. An auth flow that
only yields requests runs unchanged in sync and async httpx clients.

The password and the token never appear in ``repr`` or in an exception
message. httpx has no hook for closing an auth, so logging out is the
client's job (``JoMobileClient.close``), with ``end_session`` handing over
the token to destroy.

Requests running at the same moment on one client may each log in once when
there is no valid token; every token obtained works, and the last one is kept.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from typing import Any

import httpx

from .._redact import redact
from ..errors import ApiError, UnexpectedResponse
from ._errors import PROVIDER, LoginFailed, RequestRejected, describe, error_class, field_errors, read_envelope

HEADER = "X-Access-Token"
PUBLIC_PATHS = ("/v1/authorize", "/v1/accesstoken", "/v1/register")
"""The calls that take no token (the spec's ``security: []``): they go out as they are, without logging in."""
EXPIRY_MARGIN = 30.0
"""Seconds before ``expires_at`` at which a token is treated as expired, so it does not expire in flight."""

Flow = Generator[httpx.Request, httpx.Response, None]


class TokenAuth(httpx.Auth):
    """Logs in with a username and password, sends ``X-Access-Token``, logs in again when needed."""

    requires_response_body = True

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._username = username
        self._password = password
        self._clock = clock
        self._token: str | None = None
        self._expires_at: float | None = None
        self.logins = 0
        """How many times this auth has logged in."""

    def __repr__(self) -> str:
        token = "'***'" if self._token else "None"
        return f"TokenAuth({self._base_url!r}, username={self._username!r}, password='***', token={token})"

    def secrets(self) -> Iterable[str]:
        return tuple(secret for secret in (self._password, self._token) if secret)

    @property
    def has_valid_token(self) -> bool:
        """Whether a token is held that has not expired by the local clock."""
        if self._token is None:
            return False
        return self._expires_at is None or self._clock() < self._expires_at - EXPIRY_MARGIN

    def end_session(self) -> str | None:
        """Forget the token and hand it over for logging out; None when there is none worth destroying."""
        token = self._token if self.has_valid_token else None
        self._token = self._expires_at = None
        return token

    def auth_flow(self, request: httpx.Request) -> Flow:
        if request.url.path.endswith(PUBLIC_PATHS):
            yield request
            return
        logged_in_now = False
        if not self.has_valid_token:
            yield from self._log_in(request)
            logged_in_now = True
        request.headers[HEADER] = self._current_token()
        response = yield request
        if response.status_code == 401 and not logged_in_now:
            self._token = self._expires_at = None
            yield from self._log_in(request)
            request.headers[HEADER] = self._current_token()
            yield request

    def _log_in(self, call: httpx.Request) -> Flow:
        """Yield the two login requests (with the call's timeouts) and keep the token they bring."""
        extensions = {key: value for key, value in call.extensions.items() if key == "timeout"}
        reply = yield httpx.Request(
            "POST",
            f"{self._base_url}/v1/authorize",
            json={"username": self._username, "password": self._password},
            extensions=extensions,
        )
        code = self._data(reply, "authorization_code")
        reply = yield httpx.Request(
            "POST", f"{self._base_url}/v1/accesstoken", json={"authorization_code": code}, extensions=extensions
        )
        self._token = self._data(reply, "access_token")
        expires_at = self._data(reply, "expires_at", int)
        self._expires_at = float(expires_at)
        self.logins += 1

    def _current_token(self) -> str:
        if self._token is None:  # pragma: no cover - _log_in either sets a token or raises
            raise RuntimeError("no access token after logging in")
        return self._token

    def _data(self, reply: httpx.Response, name: str, kind: type = str) -> Any:
        """``data[name]`` of a login step's reply; the typed error when the step failed."""
        envelope = read_envelope(reply)
        failed = error_class(reply)
        if failed is not None:
            # A refused login step is a 400 like any rejected request, but what it means is "wrong credentials".
            exception = LoginFailed if failed is RequestRejected else failed
            raise self._error(exception, reply, describe(field_errors(envelope)) or reply.reason_phrase)
        data = (envelope or {}).get("data")
        value = data.get(name) if isinstance(data, dict) else None
        if not isinstance(value, kind) or isinstance(value, bool):
            where = reply.request.url.path
            raise self._error(UnexpectedResponse, reply, f"{where} answered without a {name} in data")
        return value

    def _error(self, exception: type[ApiError], reply: httpx.Response, message: str) -> ApiError:
        envelope = read_envelope(reply)
        code = (envelope or {}).get("error_code")
        return exception(
            provider=PROVIDER,
            status=reply.status_code,
            code=None if code is None else str(code),
            message=redact(f"logging in failed: {message}", self.secrets()),
            response=reply,
        )
