"""How every provider's generated client is set up: credentials, errors, retries, timeouts.

The generated ``Client`` builds its httpx clients lazily from its constructor
arguments, and copies itself (``with_headers``, ``with_timeout``) from them
too. So everything the overlays add travels in those arguments: the provider's
``httpx.Auth`` is wrapped in ``RaiseForErrors``, an ``httpx.Auth`` as well,
because an auth flow is the one httpx extension point that runs for sync and
async clients alike and sees each final response. It turns every error
response into the matching ``sms_clients.errors`` exception, so a generated
function never hands back an error body where its result was expected. Any
2xx passes: the generated code reads it by the tolerant-reply rule and raises
``UnexpectedResponse`` (through the client's ``unexpected_reply`` hook, set
here) only for a body that does not fit where the spec is strict. Retries and per-call timeouts live one
layer down, in the transport (``_transport.PolicyTransport``).

Which responses are errors is the HTTP status by default (``error_class_for``).
A provider whose API reports errors inside a successful reply (SMSC, Jo
Mobile's envelope), or that raises its own subclasses of the shared
exceptions, passes a ``check_reply`` that raises them first.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from typing import Any, Protocol, TypeVar, runtime_checkable

import httpx

from ._operations import OperationRow, OperationTable
from ._redact import redact, remember
from ._transport import PolicyTransport, RetryPolicy
from .errors import ApiError, UnexpectedResponse, error_class_for

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Every client's default: 5 s to connect, 30 s for each read, write and pool wait."""

ErrorDetails = tuple[str | None, str | None]
"""The provider's own error code and message, either of which may be missing."""

ErrorParser = Callable[[httpx.Response], ErrorDetails]

ReplyCheck = Callable[[httpx.Response], None]
"""Raises the provider's own ``ApiError`` for a reply that is an error, whatever its status; returns otherwise.

Runs before the status check, so a provider can report errors that come with
HTTP 200 (SMSC, Jo Mobile) and raise its own subclasses for 4xx and 5xx.
"""


@runtime_checkable
class SecretAuth(Protocol):
    """An ``httpx.Auth`` that can name the secrets it sends, so they can be kept out of messages."""

    def secrets(self) -> Iterable[str]: ...


class RaiseForErrors(httpx.Auth):
    """Runs the provider's auth, then raises a typed exception for any error response."""

    requires_response_body = True

    def __init__(
        self,
        credentials: httpx.Auth,
        *,
        provider: str,
        parse_error: ErrorParser,
        operations: OperationTable | None = None,
        check_reply: ReplyCheck | None = None,
    ) -> None:
        self._credentials = credentials
        self._provider = provider
        self._parse_error = parse_error
        self._operations = operations
        self._check_reply = check_reply
        # Checked once: isinstance against a runtime-checkable Protocol costs tens of microseconds a call.
        self._secret_source = credentials if isinstance(credentials, SecretAuth) else None
        self._remember_secrets()

    def __repr__(self) -> str:
        return f"RaiseForErrors({self._credentials!r}, provider={self._provider!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield from self._checked(self._credentials.auth_flow(request), read=False)

    # httpx calls these two; passing them on lets a provider's auth lock per thread or per task (Jo Mobile's login).
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield from self._checked(self._credentials.sync_auth_flow(request), read=True)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._credentials.async_auth_flow(request)
        outgoing = await anext(flow)
        while True:
            response = yield outgoing
            await response.aread()
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                break
        self.check(response)

    def _checked(
        self, flow: Generator[httpx.Request, httpx.Response, None], *, read: bool
    ) -> Generator[httpx.Request, httpx.Response, None]:
        outgoing = next(flow)
        while True:
            self._remember_secrets()  # a login step may have brought a token
            response = yield outgoing
            if read:
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                break
        self._remember_secrets()
        self.check(response)

    def _remember_secrets(self) -> None:
        """Let ``_redact`` mask the credentials' secrets in every log line and message (see there)."""
        if self._secret_source is not None:
            remember(self._secret_source.secrets())

    def check(self, response: httpx.Response) -> None:
        """Raise the matching ``ApiError`` if ``response`` is an error, undocumented, or an unreadable success."""
        if self._check_reply is not None:
            try:
                self._check_reply(response)
            except ApiError as error:
                error.message = self._clean(error.message)
                error.args = tuple(self._clean(str(arg)) for arg in error.args)
                raise
        if response.status_code >= 400:
            code, message = _safe_parse(self._parse_error, response)
            raise self._error(error_class_for(response.status_code), response, message, code)
        if 200 <= response.status_code < 300:
            return  # any 2xx is success; the generated code reads the body (the tolerant-reply rule)
        request = response.request
        operation = self._operations.find(request.method, request.url.path) if self._operations else None
        if operation is not None and not operation.documents(response.status_code):
            message = f"{operation.operation_id} does not document HTTP {response.status_code}"
            raise self._error(UnexpectedResponse, response, message)

    def _error(
        self, kind: type[ApiError], response: httpx.Response, message: str | None, code: str | None = None
    ) -> ApiError:
        text = self._clean(message or response.reason_phrase or "error")
        return kind(provider=self._provider, status=response.status_code, code=code, message=text, response=response)

    def _clean(self, text: str) -> str:
        secrets = self._credentials.secrets() if isinstance(self._credentials, SecretAuth) else ()
        return redact(text, secrets)

    def unexpected_reply(
        self, message: str, *, path: str, expected: str, got: str, response: httpx.Response, accepted: bool
    ) -> UnexpectedResponse:
        """The generated client's ``unexpected_reply`` hook: a reply that does not fit raises ``UnexpectedResponse``."""
        return UnexpectedResponse(
            provider=self._provider,
            status=response.status_code,
            code=None,
            message=self._clean(message),
            response=response,
            path=path,
            expected=expected,
            got=self._clean(got),
            accepted=accepted,
        )


ClientT = TypeVar("ClientT")


def build_client(
    client_class: Callable[..., ClientT],
    *,
    base_url: str,
    provider: str,
    credentials: httpx.Auth,
    parse_error: ErrorParser,
    operations: Iterable[OperationRow],
    timeout: float | httpx.Timeout | None = None,
    retries: int = RetryPolicy.retries,
    retry_non_idempotent: bool = False,
    check_reply: ReplyCheck | None = None,
    **client_args: Any,
) -> ClientT:
    """A generated ``Client`` for ``base_url`` that authenticates, retries and raises typed errors.

    ``operations`` is the provider's table from ``sms_operations``; ``retries``
    (0 switches them off) applies to idempotent operations only unless
    ``retry_non_idempotent`` is set. ``check_reply`` raises the provider's own
    errors (see ``ReplyCheck``).
    """
    base_url = base_url.rstrip("/")
    table = OperationTable(operations, httpx.URL(base_url).path)
    policy = RetryPolicy(retries=retries, retry_non_idempotent=retry_non_idempotent)
    raise_for_errors = RaiseForErrors(
        credentials, provider=provider, parse_error=parse_error, operations=table, check_reply=check_reply
    )
    return client_class(
        base_url=base_url,
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        unexpected_reply=raise_for_errors.unexpected_reply,
        httpx_args={"auth": raise_for_errors, "transport": PolicyTransport(provider, table, policy)},
        **client_args,
    )


def error_body(response: httpx.Response) -> dict[str, Any] | None:
    """The error body as a JSON object, or None when there is none (for ``ErrorParser`` functions)."""
    if not response.content:
        return None
    body = response.json()
    return body if isinstance(body, dict) else None


def text(value: object) -> str | None:
    """A body field as text, keeping a missing one missing."""
    return None if value is None else str(value)


def _safe_parse(parse_error: ErrorParser, response: httpx.Response) -> ErrorDetails:
    try:
        return parse_error(response)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, None
