"""SMSC's error codes: one exception class per meaning, and what each code means per script.

SMSC numbers its errors per script: 3 is "not enough money" for send.php but
"sender name not found" for senders.php. So a code alone says little; the
pair (script, code) picks the class. Every class derives from ``SmscError``
(catch that for any SMSC error) and from the ``sms_clients.errors`` class of
the same meaning (catch ``RateLimited`` and an SMSC rate limit is caught with
every other provider's).
"""

from __future__ import annotations

from typing import Final

import httpx

from ..errors import (
    ApiError,
    AuthenticationFailed,
    Conflict,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    UnexpectedResponse,
)

PROVIDER: Final = "smsc"
SCRIPTS: Final = ("send.php", "status.php", "balance.php", "senders.php")
"""The four scripts of the legacy HTTP API."""


class SmscError(ApiError):
    """An error reply from SMSC, or a reply that could not be read.

    ``error_code`` is SMSC's number (``code`` holds the same as text, like
    every ``ApiError``), ``message`` the description the reply carried,
    ``meaning`` what the code means for ``script``, ``fmt`` the format the
    reply was requested in, ``body`` the raw reply, and ``message_id`` the id
    of the message a send.php error 3, 6, 7 or 8 refers to.
    """

    def __init__(
        self,
        *,
        error_code: int | None,
        message: str,
        script: str,
        fmt: int,
        body: bytes | str,
        meaning: str,
        message_id: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            provider=PROVIDER,
            status=response.status_code if response is not None else 200,
            code=None if error_code is None else str(error_code),
            message=message,
            response=response,
        )
        self.error_code = error_code
        self.script = script
        self.fmt = fmt
        self.body = body
        self.meaning = meaning
        self.message_id = message_id
        self.args = (self._describe(),)

    def _describe(self) -> str:
        about = f"error {self.error_code} ({self.meaning})" if self.error_code is not None else self.meaning
        suffix = f" [message id {self.message_id}]" if self.message_id is not None else ""
        return f"smsc {self.script} (fmt={self.fmt}) {about}: {self.message}{suffix}"


class InvalidParameters(SmscError, InvalidRequest):
    """Code 1 (every script): a parameter is missing, malformed or does not fit the others."""


class BadCredentials(SmscError, AuthenticationFailed):
    """Code 2 (every script): wrong login or password, or a request from an IP address the account does not allow."""


class InsufficientFunds(SmscError, PermissionDenied):
    """send.php code 3: the account has not enough money for the message."""


class SenderNotFound(SmscError, NotFound):
    """senders.php code 3: no such sender name."""


class MessageNotFound(SmscError, NotFound):
    """status.php code 3: no such message."""


class IpBlocked(SmscError, PermissionDenied):
    """Code 4 (every script): the client's IP address is temporarily blocked."""


class InvalidDate(SmscError, InvalidRequest):
    """send.php code 5: the send time (``time``) has a wrong format."""


class SenderNotSaved(SmscError, Conflict):
    """senders.php code 5: the sender name could not be saved or deleted (for example, it already exists)."""


class MessageForbidden(SmscError, PermissionDenied):
    """send.php code 6: the message is forbidden, by its text or by its sender name."""


class InvalidNumber(SmscError, InvalidRequest):
    """send.php and senders.php code 7: a phone number has a wrong format."""


class Undeliverable(SmscError, InvalidRequest):
    """send.php and senders.php code 8: the message (or confirmation code) cannot be delivered to the number."""


class TooManyRequests(SmscError, RateLimited):
    """Code 9 (every script): duplicate, too frequent or too many concurrent requests; wait and retry."""


class CodeAlreadySent(SmscError, RateLimited):
    """senders.php code 10: a confirmation code was already sent to the number; retry after 8 hours."""

    @property
    def retry_after(self) -> float | None:
        return 8 * 3600.0


class WrongCode(SmscError, InvalidRequest):
    """senders.php code 11: the confirmation code is wrong."""


class UnknownError(SmscError, UnexpectedResponse):
    """An error code the script does not document; its meaning is unknown."""


class SmscParseError(SmscError, UnexpectedResponse, ValueError):
    """A reply that fits none of the shapes SMSC documents for the format and script; the message quotes it."""


_COMMON: dict[int, tuple[type[SmscError], str]] = {
    1: (InvalidParameters, "error in the parameters"),
    2: (BadCredentials, "wrong login or password"),
    4: (IpBlocked, "IP address temporarily blocked"),
}

ERRORS: Final[dict[str, dict[int, tuple[type[SmscError], str]]]] = {
    "send.php": {
        **_COMMON,
        3: (InsufficientFunds, "not enough money"),
        5: (InvalidDate, "wrong date format"),
        6: (MessageForbidden, "message forbidden by its text or sender name"),
        7: (InvalidNumber, "wrong phone number format"),
        8: (Undeliverable, "the message cannot be delivered"),
        9: (TooManyRequests, "duplicate or too frequent requests"),
    },
    "status.php": {
        **_COMMON,
        3: (MessageNotFound, "message not found"),
        9: (TooManyRequests, "too many concurrent requests"),
    },
    "balance.php": {
        **_COMMON,
        9: (TooManyRequests, "more than ten balance requests a minute"),
    },
    "senders.php": {
        **_COMMON,
        3: (SenderNotFound, "sender name not found"),
        5: (SenderNotSaved, "error saving or deleting the sender name"),
        7: (InvalidNumber, "wrong number format"),
        8: (Undeliverable, "the confirmation code cannot be delivered"),
        9: (TooManyRequests, "too many requests"),
        10: (CodeAlreadySent, "a code was already sent to the number; retry after 8 hours"),
        11: (WrongCode, "wrong confirmation code"),
    },
}
"""What each documented code means for each script, and the class that stands for it."""

CODES_WITH_MESSAGE_ID: Final = frozenset({3, 6, 7, 8})
"""send.php errors whose reply also carries the id of the message they refer to."""


def error_for(
    *,
    script: str,
    error_code: int,
    message: str,
    fmt: int,
    body: bytes | str,
    message_id: int | None = None,
    response: httpx.Response | None = None,
) -> SmscError:
    """The exception for ``error_code`` as ``script`` means it (``UnknownError`` for an undocumented code).

    ``message`` is the description the reply carried; fmt 1 carries none, so the meaning stands in.
    """
    cls, meaning = ERRORS.get(script, {}).get(error_code, (UnknownError, f"undocumented error code for {script}"))
    return cls(
        error_code=error_code,
        message=message or meaning,
        script=script,
        fmt=fmt,
        body=body,
        meaning=meaning,
        message_id=message_id,
        response=response,
    )
