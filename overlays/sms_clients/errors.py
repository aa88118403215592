"""The one exception hierarchy every provider's client raises.

Catch a class here and it works whichever provider raised it: a tyntec problem
document, a BYTEHAND error body, a Jo Mobile envelope or an SMSC error line
all become the same ``ApiError`` subclasses, chosen by what the failure means
(mostly, by HTTP status). Each carries the provider, the HTTP status, the
provider's own error code and message, and the raw ``httpx.Response``.

    SmsError
    ├── MissingCredential         no key/password given or found in the environment
    ├── WebhookParseError         a callback body that is not what the provider sends
    ├── ConnectionFailed          no answer: the connection failed or broke off (after retries)
    │   └── TimedOut              no answer in time (after retries)
    └── ApiError                  the provider answered with an error
        ├── InvalidRequest        400, 422
        ├── AuthenticationFailed  401
        ├── PermissionDenied      403
        ├── NotFound              404
        ├── Conflict              409
        ├── RateLimited           429
        ├── ServerError           5xx
        └── UnexpectedResponse    an undocumented status, or a reply that does not fit (.path, .accepted)

Messages never contain credentials: the client layer removes them before an
exception is built.
"""

from __future__ import annotations

import httpx

from ._redact import redact


class SmsError(Exception):
    """Base class of everything this package raises on purpose."""


class MissingCredential(SmsError, ValueError):
    """A credential was neither passed nor set in its environment variable."""

    def __init__(self, provider: str, argument: str, variable: str) -> None:
        super().__init__(f"{provider}: no {argument} given; pass {argument}=... or set {variable}")
        self.provider = provider
        self.argument = argument
        self.variable = variable


class WebhookParseError(SmsError, ValueError):
    """A body your server received is not a valid callback from the provider."""

    def __init__(self, provider: str, what: str, problem: str) -> None:
        super().__init__(f"{provider}: not a valid {what}: {problem}")
        self.provider = provider
        self.what = what
        self.problem = problem


class ConnectionFailed(SmsError):
    """The provider could not be reached, or the connection broke before the reply (after any retries)."""

    def __init__(self, provider: str, method: str, url: str, cause: Exception) -> None:
        super().__init__(f"{provider}: {method} {url} failed: {type(cause).__name__}: {redact(str(cause))}")
        self.provider = provider
        self.method = method
        self.url = url
        self.cause = cause


class TimedOut(ConnectionFailed):
    """The provider did not answer within the timeout (after any retries)."""


class ApiError(SmsError):
    """The provider answered a request with an error."""

    def __init__(
        self,
        *,
        provider: str,
        status: int,
        code: str | None,
        message: str,
        response: httpx.Response | None = None,
    ) -> None:
        suffix = f" (code {code})" if code else ""
        super().__init__(f"{provider} answered HTTP {status}: {message}{suffix}")
        self.provider = provider
        self.status = status
        self.code = code
        self.message = message
        self.response = response


class InvalidRequest(ApiError):
    """The request was malformed or broke a rule of the API (400, 422)."""


class AuthenticationFailed(ApiError):
    """The credentials are missing, wrong or expired (401)."""


class PermissionDenied(ApiError):
    """The credentials are valid but may not do this (403)."""


class NotFound(ApiError):
    """The resource does not exist, or not for these credentials (404)."""


class Conflict(ApiError):
    """The request conflicts with the resource's current state (409)."""


class RateLimited(ApiError):
    """Too many requests (429); ``retry_after`` is the wait the provider asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        value = self.response.headers.get("Retry-After") if self.response is not None else None
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(ApiError):
    """The provider failed (5xx)."""


class UnexpectedResponse(ApiError):
    """A status the API does not document, or a reply that does not fit where the spec is strict.

    Guessed parts of a reply never raise this (unknown enum values, extra or
    missing optional fields and any 2xx are read as they come); a body that is
    not JSON, misses a required field or has a field of another type does.
    ``path`` names the field (``$.parts[0].price``), ``expected`` and ``got``
    say what was wrong, ``body`` is the raw reply, and ``accepted`` is True
    when the provider answered 2xx: it carried the request out, so do not
    send it again.
    """

    def __init__(
        self,
        *,
        provider: str,
        status: int,
        code: str | None,
        message: str,
        response: httpx.Response | None = None,
        path: str | None = None,
        expected: str | None = None,
        got: str | None = None,
        accepted: bool = False,
    ) -> None:
        super().__init__(provider=provider, status=status, code=code, message=message, response=response)
        self.path = path
        self.expected = expected
        self.got = got
        self.accepted = accepted
        self.body: bytes | str = response.content if response is not None else b""
        """The raw reply body (empty when there was no reply)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidRequest,
    401: AuthenticationFailed,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    422: InvalidRequest,
    429: RateLimited,
}


def error_class_for(status: int) -> type[ApiError]:
    """The exception class that stands for an HTTP error status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return UnexpectedResponse


__all__ = [
    "ApiError",
    "AuthenticationFailed",
    "Conflict",
    "ConnectionFailed",
    "InvalidRequest",
    "MissingCredential",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "ServerError",
    "SmsError",
    "TimedOut",
    "UnexpectedResponse",
    "WebhookParseError",
    "error_class_for",
]
