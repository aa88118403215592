"""Reading SMSC's four reply formats: the error shapes, and the values a success reply holds.

Each reader takes the decoded reply text and raises ``ShapeError`` (naming
what does not fit) rather than letting an ``IndexError``, ``KeyError`` or a
wrong value escape; the public parsers turn it into ``SmscParseError``.

    fmt 0  text       ERROR = N (description)[, ID - <id>]     key = value, key = value
    fmt 1  numbers    0,-N  or  <id>,-N                        v1,v2,v3
    fmt 2  XML        <result><error>..</error><error_code>N</error_code>[<id>..</id>]</result>
    fmt 3  JSON       {"error": "..", "error_code": N[, "id": <id>]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

TEXT, NUMBERS, XML, JSON = 0, 1, 2, 3
FORMATS = (TEXT, NUMBERS, XML, JSON)

_INTEGER = re.compile(r"-?[0-9]{1,30}", re.ASCII)
_MONEY = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,10})?", re.ASCII)
_TEXT_ERROR = re.compile(
    r"ERROR\s*=\s*(-?[0-9]{1,30})\s*(?:\((.*)\))?\s*(?:,\s*ID\s*-\s*([0-9]{1,30}))?", re.ASCII | re.DOTALL
)
_NUMBERS_ERROR = re.compile(r"([0-9]{1,30}),-([0-9]{1,30})", re.ASCII)


class ShapeError(ValueError):
    """The reply does not have the shape its format and script promise."""


@dataclass(frozen=True)
class ErrorReply:
    """An error reply, read from any format."""

    code: int
    description: str
    message_id: int | None


def decode(body: bytes | str, charset: str) -> str:
    """The reply as text; bytes are decoded with the ``charset`` it was requested in."""
    if isinstance(body, str):
        return body
    if not isinstance(body, bytes | bytearray):
        raise ShapeError(f"expected the reply as bytes or str, got {type(body).__name__}")
    try:
        return bytes(body).decode(charset)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ShapeError(f"the reply is not valid {charset} ({exc})") from None


# --- errors -------------------------------------------------------------------


def read_error(text: str, fmt: int) -> ErrorReply | None:
    """The error ``text`` holds, or None when it is not an error reply.

    A body that starts like an error but breaks the shape raises ShapeError:
    it is never taken for a success.
    """
    stripped = text.strip()
    if fmt == TEXT:
        if not stripped.upper().startswith("ERROR"):
            return None
        match = _TEXT_ERROR.fullmatch(stripped)
        if match is None:
            raise ShapeError("it starts with ERROR but is not `ERROR = N (description)`")
        code, description, message_id = match.groups()
        return ErrorReply(integer(code, "the error code"), description or "", _optional_id(message_id))
    if fmt == NUMBERS:
        match = _NUMBERS_ERROR.fullmatch(stripped)
        if match is None:
            return None
        message_id, code = match.groups()
        return ErrorReply(integer(code, "the error code"), "", _optional_id(message_id))
    if fmt == XML:
        root = _try_xml(stripped)
        if root is None or root.tag != "result" or (root.find("error_code") is None and root.find("error") is None):
            return None
        code_text = child_text(root, "error_code")
        message_id = root.find("id")
        return ErrorReply(
            integer(code_text, "<error_code>"),
            (root.findtext("error") or "").strip(),
            None if message_id is None else _optional_id(message_id.text or ""),
        )
    value = _try_json(stripped)
    if not isinstance(value, dict) or ("error_code" not in value and "error" not in value):
        return None
    if "error_code" not in value:
        raise ShapeError('the JSON error has no "error_code"')
    description = value.get("error", "")
    return ErrorReply(
        json_integer(value["error_code"], '"error_code"'),
        description if isinstance(description, str) else str(description),
        None if value.get("id") in (None, 0, "0", "") else json_integer(value["id"], '"id"'),
    )


def _optional_id(text: str | None) -> int | None:
    if not text:
        return None
    value = integer(text, "the message id")
    return value or None


# --- values -------------------------------------------------------------------


def integer(text: str | None, what: str) -> int:
    if text is None or not _INTEGER.fullmatch(text.strip()):
        raise ShapeError(f"{what} should be an integer, got {text!r}")
    return int(text.strip())


def money(text: str | None, what: str) -> Decimal:
    if text is None or not _MONEY.fullmatch(text.strip()):
        raise ShapeError(f"{what} should be an amount like 12.34, got {text!r}")
    return Decimal(text.strip())


def json_integer(value: Any, what: str) -> int:
    """A JSON number that is an integer, or a string of digits (SMSC quotes some numbers)."""
    if isinstance(value, bool):
        raise ShapeError(f"{what} should be an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return integer(value, what)
    raise ShapeError(f"{what} should be an integer, got {value!r}")


def json_money(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ShapeError(f"{what} should be an amount, got {value!r}")
    return money(str(value), what)


def text_pairs(line: str, separator: str = "=") -> dict[str, str]:
    """``key = value, key = value`` (or ``KEY - value``) as a dict with lower-case keys."""
    pairs: dict[str, str] = {}
    for part in line.split(","):
        key, found, value = part.partition(separator)
        if not found or not key.strip():
            raise ShapeError(f"expected `key {separator} value`, got {part.strip()!r}")
        name = key.strip().lower()
        if name in pairs:
            raise ShapeError(f"{name!r} appears twice in one line")
        pairs[name] = value.strip()
    return pairs


def lines(text: str) -> list[str]:
    """The non-empty lines of a list reply."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def xml(text: str) -> Element:
    root = _try_xml(text.strip())
    if root is None:
        raise ShapeError("the reply is not well-formed XML")
    return root


def child_text(element: Element, name: str) -> str:
    child = element.find(name)
    if child is None:
        raise ShapeError(f"<{element.tag}> has no <{name}>")
    return (child.text or "").strip()


def json_document(text: str) -> Any:
    value = _try_json(text.strip())
    if value is _NOT_JSON:
        raise ShapeError("the reply is not JSON")
    return value


def json_object(text: str) -> dict[str, Any]:
    value = json_document(text)
    if not isinstance(value, dict):
        raise ShapeError(f"expected a JSON object, got {type(value).__name__}")
    return value


_NOT_JSON = object()


def _try_json(text: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return _NOT_JSON


def _try_xml(text: str) -> Element | None:
    if not text.startswith("<"):
        return None
    try:
        root: Element = fromstring(text)
    except (ParseError, DefusedXmlException, ValueError, RecursionError):
        return None
    return root
