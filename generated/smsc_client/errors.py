"""Errors the API functions raise, and the one rule by which they read replies.

Strict on what the document states, tolerant of what the spec guessed: any 2xx
is success, unknown enum values are kept, extra fields are kept and missing
optional fields are ``None`` (``fields_set`` tells them from an explicit null). Only a reply that cannot be read at all (not
JSON, a required field missing, a field of another type) raises, and always
the one class ``Client.unexpected_reply`` names (``UnexpectedReply`` unless a
client layer sets its own), carrying the field's path, what was expected,
what came, the response and whether the provider accepted the request.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

import httpx

T = TypeVar("T")


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ErrorStatus(Exception):
    """Raised by ``sync()``/``asyncio()`` for a non-2xx reply; ``parsed`` is the error body as its model (or None)."""

    def __init__(self, status_code: int, content: bytes, parsed: object):
        self.status_code = status_code
        self.content = content
        self.parsed = parsed
        super().__init__(
            f"HTTP {status_code}: {content[:500].decode(errors='replace')}"
        )


class UnexpectedReply(Exception):
    """A reply that does not fit the spec where the spec is strict (raised unless the client names another class).

    ``accepted`` is True for any 2xx: the provider carried the request out, so do not send it again.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str,
        expected: str,
        got: str,
        response: httpx.Response,
        accepted: bool,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.expected = expected
        self.got = got
        self.response = response
        self.accepted = accepted

    @property
    def body(self) -> bytes:
        """The raw reply body."""
        return self.response.content


class ReplyErrorFactory(Protocol):
    """What ``Client.unexpected_reply`` must be: a callable (usually a class) building the exception to raise."""

    def __call__(
        self,
        message: str,
        *,
        path: str,
        expected: str,
        got: str,
        response: httpx.Response,
        accepted: bool,
    ) -> Exception: ...


_MISSING = object()


def status_of(code: int) -> HTTPStatus:
    """``code`` as an ``HTTPStatus``, also when the standard list lacks it (a provider's own 299 is still a 2xx)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        status = int.__new__(HTTPStatus, code)
        status._name_ = str(code)
        status._value_ = code
        status.phrase = status.description = ""  # type: ignore[misc]
        return status


def describe(value: object) -> str:
    """A short description of a reply value for error messages."""
    if value is _MISSING:
        return "nothing (the field is missing)"
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"{type(value).__name__} {text}"


class ReplyMismatch(ValueError):
    """Internal: a value inside a reply that does not fit; carries its path from the body's root."""

    def __init__(self, path: list[str | int], expected: str, got: str) -> None:
        super().__init__(path, expected, got)
        self.path = path
        self.expected = expected
        self.got = got

    @classmethod
    def at(cls, key: str | int, expected: str, container: Any) -> ReplyMismatch:
        """The field ``key`` of ``container`` (a dict or list) is not ``expected``."""
        try:
            got = describe(container[key])
        except (KeyError, IndexError, TypeError):
            got = describe(_MISSING)
        return cls([key], expected, got)

    def within(self, key: str | int) -> ReplyMismatch:
        self.path.insert(0, key)
        return self

    @property
    def where(self) -> str:
        return "$" + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path
        )


def expect_object(value: Any, name: str) -> None:
    """Raise ``ReplyMismatch`` unless ``value`` is a JSON object (the model ``name``)."""
    if not isinstance(value, dict):
        raise ReplyMismatch([], f"an object ({name})", describe(value))


def read(
    client: Any,
    response: httpx.Response,
    parse: Callable[[httpx.Response], T],
    expected: str,
) -> T:
    """Run one generated parser over ``response``; anything that does not fit becomes the client's one error."""
    try:
        return parse(response)
    except ReplyMismatch as error:
        raise _unexpected(
            client, response, error.where, error.expected, error.got
        ) from None
    except json.JSONDecodeError:
        got = (
            "an empty body"
            if not response.content
            else f"no JSON: {response.text[:80]!r}"
        )
        raise _unexpected(client, response, "$", expected, got) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise _unexpected(
            client, response, "$", expected, describe(response.json())
        ) from None


def empty(client: Any, response: httpx.Response, expected: str) -> Any:
    """A 2xx without the body the success schema has: the request was carried out, but there is nothing to read."""
    raise _unexpected(client, response, "$", expected, "an empty body")


def header_count(client: Any, response: httpx.Response, header: str) -> int:
    """The whole number in ``header``: the answer of a count operation (``x-count`` in the spec).

    A count is the reply's only content, so a missing header or one that is not a number raises the client's
    one error, with ``header <name>`` as its path.
    """
    value = response.headers.get(header)
    text = (value or "").strip()
    if not text.isdigit() or not text.isascii():
        got = "nothing (the header is missing)" if value is None else describe(value)
        raise _unexpected(client, response, f"header {header}", "a whole number", got)
    return int(text)


def _unexpected(
    client: Any, response: httpx.Response, path: str, expected: str, got: str
) -> Exception:
    accepted = 200 <= response.status_code < 300
    message = (
        f"HTTP {response.status_code} reply does not fit at {path}: expected {expected}, got {got}"
        + (" (the request was accepted; do not send it again)" if accepted else "")
    )
    factory: ReplyErrorFactory = getattr(client, "unexpected_reply", UnexpectedReply)
    return factory(
        message,
        path=path,
        expected=expected,
        got=got,
        response=response,
        accepted=accepted,
    )


__all__ = [
    "ErrorStatus",
    "ReplyErrorFactory",
    "UnexpectedReply",
    "UnexpectedStatus",
    "status_of",
]
