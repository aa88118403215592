"""Jo Mobile's error envelope, read into the shared exception hierarchy.

Every error the API answers looks like ``{"status": false, "error_code": 400,
"errors": {"password": ["Incorrect username or password."]}}``: 400 for a
rejected request, 401 for a token that is missing, wrong, expired or logged
out. The same envelope inside a 200 reply is an error too. Each becomes a
``JoMobileError`` that is also the shared class a caller would catch
(``RequestRejected`` is an ``InvalidRequest``, ``TokenRejected`` and
``LoginFailed`` are ``AuthenticationFailed``), carrying the envelope's
``error_code`` and per-field ``errors``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import httpx

from ..errors import ApiError, AuthenticationFailed, InvalidRequest, SmsError, error_class_for

PROVIDER = "jomobile"

FieldErrors = dict[str, list[str]]


class JoMobileError(ApiError):
    """An error in Jo Mobile's envelope. ``error_code`` is the envelope's code, ``errors`` maps fields to messages.

    Both are read from ``response``, or from ``envelope`` (the error body as a dict) when there is no response.
    """

    def __init__(
        self,
        *,
        provider: str,
        status: int,
        code: str | None,
        message: str,
        response: httpx.Response | None = None,
        envelope: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(provider=provider, status=status, code=code, message=message, response=response)
        if envelope is None and response is not None:
            envelope = read_envelope(response)
        self.error_code: int | None = envelope_code(envelope)
        self.errors: FieldErrors = field_errors(envelope)


class RequestRejected(JoMobileError, InvalidRequest):
    """The API refused the request (400); ``errors`` names each field at fault."""


class TokenRejected(JoMobileError, AuthenticationFailed):
    """The access token was missing, wrong, expired or logged out, even after logging in again (401)."""


class LoginFailed(JoMobileError, AuthenticationFailed):
    """Logging in failed: wrong username or password, or the authorization code was refused."""


class PartiallySent(SmsError):
    """A send split into packages of 100 failed after some packages went out.

    ``sent`` holds the replies for the messages that went out, ``unsent`` the
    messages of the failed package and those after it, and ``__cause__`` the
    error. After a timeout or a lost connection the failed package may have
    gone out nonetheless: check with ``/v1/sms-full-data`` before resending.
    """

    def __init__(self, sent: Sequence[Any], unsent: Sequence[Any], cause: BaseException) -> None:
        super().__init__(
            f"{PROVIDER}: {len(sent)} of {len(sent) + len(unsent)} messages were sent, then a package failed: {cause}"
        )
        self.sent = list(sent)
        self.unsent = list(unsent)


def read_envelope(response: httpx.Response) -> dict[str, Any] | None:
    """The reply body as a JSON object, or None when it is not one."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def envelope_code(envelope: dict[str, Any] | None) -> int | None:
    code = (envelope or {}).get("error_code")
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def field_errors(envelope: dict[str, Any] | None) -> FieldErrors:
    """``errors`` as a dict of lists of strings, whatever shape the body had."""
    raw = (envelope or {}).get("errors")
    if not isinstance(raw, dict):
        return {}
    return {
        str(field): [str(item) for item in (messages if isinstance(messages, list) else [messages])]
        for field, messages in raw.items()
    }


def is_failure(envelope: dict[str, Any] | None) -> bool:
    return envelope is not None and envelope.get("status") is False


def error_class(response: httpx.Response) -> type[ApiError] | None:
    """The exception class a Jo Mobile reply stands for, or None for a success."""
    status = response.status_code
    if status < 400:
        envelope = read_envelope(response)
        if not is_failure(envelope):
            return None
        status = envelope_code(envelope) or 400
    if status == 400:
        return RequestRejected
    if status == 401:
        return TokenRejected
    return error_class_for(status)


def check_reply(response: httpx.Response) -> None:
    """Raise the ``JoMobileError`` an envelope reports, whatever the status (a ``_http.ReplyCheck``).

    Statuses without Jo Mobile's own class (429, 5xx, ...) are left to the shared status check.
    """
    kind = error_class(response)
    if kind is None or not issubclass(kind, JoMobileError):
        return
    code, message = error_details(response)
    raise kind(
        provider=PROVIDER,
        status=response.status_code,
        code=code,
        message=message or response.reason_phrase or "error",
        response=response,
    )


def error_details(response: httpx.Response) -> tuple[str | None, str | None]:
    """(code, message) of an error reply: the envelope's ``error_code`` and its field messages."""
    envelope = read_envelope(response)
    code = envelope_code(envelope)
    return (None if code is None else str(code)), describe(field_errors(envelope))


def describe(errors: FieldErrors) -> str | None:
    """``errors`` as one line: ``password: Incorrect username or password.; login: ...``."""
    return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in errors.items()) or None
