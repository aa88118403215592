"""How every provider's generated client is set up: credentials, errors, timeouts.

The generated ``Client`` builds its httpx clients lazily from its constructor
arguments, and copies itself (``with_headers``, ``with_timeout``) from them
too. So everything the overlays add travels in those arguments: the provider's
``httpx.Auth`` is wrapped in ``RaiseForErrors``, an ``httpx.Auth`` as well,
because an auth flow is the one httpx extension point that runs for sync and
async clients alike and sees each final response. It turns every error
response into the matching ``sms_clients.errors`` exception, so a generated
function never hands back an error body where its result was expected.

Which responses are errors, and which exception each raises, is the HTTP
status by default (``error_class_for``). A provider whose API also reports
errors inside a successful reply, or that wants its own subclasses of the
shared exceptions, passes ``classify_error``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable
from typing import Any, Protocol, TypeVar, runtime_checkable

import httpx

from ._redact import redact
from .errors import ApiError, UnexpectedResponse, error_class_for

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Every client's default: 5 s to connect, 30 s for each read, write and pool wait."""

ErrorDetails = tuple[str | None, str | None]
"""The provider's own error code and message, either of which may be missing."""

ErrorParser = Callable[[httpx.Response], ErrorDetails]

ErrorClassifier = Callable[[httpx.Response], type[ApiError] | None]
"""The exception class a response stands for, or None when it is not an error."""


def error_class_by_status(response: httpx.Response) -> type[ApiError] | None:
    """The default ``ErrorClassifier``: every 4xx and 5xx is an error, chosen by its status."""
    return error_class_for(response.status_code) if response.status_code >= 400 else None


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
        classify_error: ErrorClassifier = error_class_by_status,
    ) -> None:
        self._credentials = credentials
        self._provider = provider
        self._parse_error = parse_error
        self._classify_error = classify_error

    def __repr__(self) -> str:
        return f"RaiseForErrors({self._credentials!r}, provider={self._provider!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._credentials.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            try:
                outgoing = flow.send(response)
            except StopIteration:
                break
        self.check(response)

    def check(self, response: httpx.Response) -> None:
        """Raise the matching ``ApiError`` if ``response`` is an error or an unreadable success."""
        error_class = self._classify_error(response)
        if error_class is not None:
            code, message = _safe_parse(self._parse_error, response)
            raise error_class(
                provider=self._provider,
                status=response.status_code,
                code=code,
                message=self._clean(message or response.reason_phrase or "error"),
                response=response,
            )
        if _declares_json(response) and response.content:
            try:
                json.loads(response.content)
            except ValueError:
                raise UnexpectedResponse(
                    provider=self._provider,
                    status=response.status_code,
                    code=None,
                    message=f"the body is not the JSON it claims to be: {self._clean(response.text[:200])!r}",
                    response=response,
                ) from None

    def _clean(self, text: str) -> str:
        secrets = self._credentials.secrets() if isinstance(self._credentials, SecretAuth) else ()
        return redact(text, secrets)


ClientT = TypeVar("ClientT")


def build_client(
    client_class: Callable[..., ClientT],
    *,
    base_url: str,
    provider: str,
    credentials: httpx.Auth,
    parse_error: ErrorParser,
    timeout: float | httpx.Timeout | None = None,
    classify_error: ErrorClassifier = error_class_by_status,
    **client_args: Any,
) -> ClientT:
    """A generated ``Client`` for ``base_url`` that authenticates and raises typed errors."""
    checked = RaiseForErrors(credentials, provider=provider, parse_error=parse_error, classify_error=classify_error)
    return client_class(
        base_url=base_url.rstrip("/"),
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={"auth": checked},
        **client_args,
    )


def _safe_parse(parse_error: ErrorParser, response: httpx.Response) -> ErrorDetails:
    try:
        return parse_error(response)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, None


def _declares_json(response: httpx.Response) -> bool:
    media_type = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")
