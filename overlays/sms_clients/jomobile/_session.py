"""Logging in to Jo Mobile and keeping the access token fresh, as one ``httpx.Auth``.

Jo Mobile logs in in two steps: ``POST /v1/authorize`` trades the username
and password for an authorization code, ``POST /v1/accesstoken`` trades the
code for an access token and its expiry. Every other call carries the token
in ``X-Access-Token``.

``TokenAuth`` does this inside the request's auth flow: before the first call
that needs a token (all but logging in and registering a customer),
or once the token has expired by the local clock, it yields the two login
requests, then the call itself with the token. ``expires_at`` may come as
Unix seconds or as a date string; when it cannot be read the token is kept
until the server refuses it. When a call is refused for its token all the
same (a 401, or a 400 whose errors name the token: the token was logged out
elsewhere, or the server's clock runs ahead), it logs in again once and
repeats the call; such a refusal means the call was not carried out, so
repeating it is safe even for a send.

The password and the token never appear in ``repr`` or in an exception
message. httpx has no hook for closing an auth, so logging out is the
client's job (``JoMobileClient.close``), with ``end_session`` handing over
the token to destroy.

Logging in runs under a lock (a thread lock for sync clients, a task lock for
async ones), so calls that start together on one client without a token log
in once and share the token; the call itself runs outside the lock.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from datetime import UTC, datetime
from typing import Any

import httpx

from .._redact import redact
from ..errors import ApiError, UnexpectedResponse
from ._errors import (
    PROVIDER,
    LoginFailed,
    RequestRejected,
    describe,
    envelope_code,
    error_class,
    field_errors,
    is_failure,
    read_envelope,
)

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
        """Unix seconds; None when the server gave no expiry we can read (the token is then used until refused)."""
        self._thread_lock = threading.Lock()
        self._task_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        """One per event loop: an asyncio lock belongs to the loop it was first waited on in."""
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
        """The flow without locking, for callers that drive an auth by hand; clients use the two below."""
        if request.url.path.endswith(PUBLIC_PATHS):
            yield request
            return
        yield from self._log_in_if_needed(request, refused=None)
        token = request.headers[HEADER] = self._current_token()
        response = yield request
        if refuses_token(response):
            yield from self._log_in_if_needed(request, refused=token)
            request.headers[HEADER] = self._current_token()
            yield request

    def sync_auth_flow(self, request: httpx.Request) -> Flow:
        if request.url.path.endswith(PUBLIC_PATHS):
            yield request
            return
        with self._thread_lock:
            yield from _reading(self._log_in_if_needed(request, refused=None))
            token = request.headers[HEADER] = self._current_token()
        response = yield request
        response.read()
        if refuses_token(response):
            with self._thread_lock:
                yield from _reading(self._log_in_if_needed(request, refused=token))
                request.headers[HEADER] = self._current_token()
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if request.url.path.endswith(PUBLIC_PATHS):
            yield request
            return
        async with self._lock_for_tasks():
            flow = self._log_in_if_needed(request, refused=None)
            outgoing = _next(flow, None)
            while outgoing is not None:
                reply = yield outgoing
                await reply.aread()
                outgoing = _next(flow, reply)
            token = request.headers[HEADER] = self._current_token()
        response = yield request
        await response.aread()
        if refuses_token(response):
            async with self._lock_for_tasks():
                flow = self._log_in_if_needed(request, refused=token)
                outgoing = _next(flow, None)
                while outgoing is not None:
                    reply = yield outgoing
                    await reply.aread()
                    outgoing = _next(flow, reply)
                request.headers[HEADER] = self._current_token()
            yield request

    def _lock_for_tasks(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._task_locks.get(loop)
        if lock is None:
            for closed in [other for other in self._task_locks if other.is_closed()]:
                del self._task_locks[closed]
            lock = self._task_locks[loop] = asyncio.Lock()
        return lock

    def _log_in_if_needed(self, call: httpx.Request, *, refused: str | None) -> Flow:
        """Log in unless a usable token is held; ``refused`` is a token the server just refused.

        Runs under the client's lock, so of several calls that find no token
        (or the same refused one) only the first logs in; the others use its token.
        """
        if refused is not None and self._token == refused:
            self._token = self._expires_at = None
        if not self.has_valid_token:
            yield from self._log_in(call)

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
        self._expires_at = expiry(_data_of(reply).get("expires_at"))
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
        value = _data_of(reply).get(name)
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


def refuses_token(response: httpx.Response) -> bool:
    """Whether a reply refuses the call for its token: a 401, or a 400 whose errors name the token.

    Jo Mobile's public material shows only 400 errors, so a stale token may
    come back as a 400 naming it. Either way the call was not carried out,
    which makes repeating it after logging in again safe, even for a send.
    """
    envelope = read_envelope(response)
    status = envelope_code(envelope) if response.status_code < 400 and is_failure(envelope) else response.status_code
    if status == 401:
        return True
    if status != 400:
        return False
    return any(
        "token" in field.lower() or "token" in " ".join(messages).lower()
        for field, messages in field_errors(envelope).items()
    )


def expiry(value: object) -> float | None:
    """``expires_at`` as Unix seconds: a number, a numeric string or a date string; None when unreadable.

    A date without a zone is read as UTC. An expiry that cannot be read is no
    reason to refuse a working token: it is kept until the server refuses it.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _data_of(reply: httpx.Response) -> dict[str, Any]:
    data = (read_envelope(reply) or {}).get("data")
    return data if isinstance(data, dict) else {}


def _next(flow: Flow, reply: httpx.Response | None) -> httpx.Request | None:
    """Advance a request flow by one reply; None once it is done."""
    try:
        return next(flow) if reply is None else flow.send(reply)
    except StopIteration:
        return None


def _reading(flow: Flow) -> Flow:
    """Run ``flow`` in a sync client, reading each reply's body before handing it on."""
    outgoing = _next(flow, None)
    while outgoing is not None:
        reply = yield outgoing
        reply.read()
        outgoing = _next(flow, reply)
