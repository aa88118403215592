"""How a text becomes SMS parts: GSM-7 or UCS-2, single or concatenated.

Every provider charges and reports per part, so every emulated provider
splits its messages here. The part lengths differ between providers' documents
(tyntec says 160/152 characters for GSM-7 and 70/66 for UCS-2), so each
provider passes its own ``PartLengths``.
A part never splits a GSM-7 escape pair or a UTF-16 surrogate pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..http.errors import ApiError
from ..http.size_limits import MAX_PARTS

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""Characters of the GSM 03.38 default alphabet, one septet each."""

GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
"""Characters of the GSM 03.38 extension table, two septets each (escape + code)."""

Encoding = Literal["GSM7", "UNICODE"]


@dataclass(frozen=True)
class PartLengths:
    """Characters (septets for GSM-7, UTF-16 units for UCS-2) in a single message, and per part of a longer one."""

    gsm7_single: int
    gsm7_part: int
    ucs2_single: int
    ucs2_part: int


@dataclass(frozen=True)
class Segmentation:
    encoding: Encoding
    parts: tuple[str, ...]
    units: int
    """Length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2."""


def is_gsm7(text: str) -> bool:
    return all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text)


def to_gsm7(text: str, replacement: str = ".") -> str:
    """The text with every character GSM-7 cannot carry replaced."""
    return "".join(char if char in GSM7_BASIC or char in GSM7_EXTENSION else replacement for char in text)


def segment(text: str, lengths: PartLengths, encoding: str = "AUTO") -> Segmentation:
    """Split ``text`` into parts. ``encoding`` is AUTO, GSM7 or UNICODE.

    AUTO picks GSM-7 when every character fits it and UCS-2 otherwise; GSM7
    forces GSM-7, replacing what it cannot carry with ``.``.
    """
    if encoding == "UNICODE" or (encoding != "GSM7" and not is_gsm7(text)):
        split = _split(text, "UNICODE", _ucs2_width, lengths.ucs2_single, lengths.ucs2_part)
    else:
        split = _split(to_gsm7(text), "GSM7", _gsm7_width, lengths.gsm7_single, lengths.gsm7_part)
    if len(split.parts) > MAX_PARTS:
        raise TooManyParts(len(split.parts))
    return split


class TooManyParts(ApiError):
    """A text longer than one message can be (``MAX_PARTS`` parts): a 400 in whatever provider's shape."""

    def __init__(self, parts: int) -> None:
        super().__init__(400, f"the text needs {parts} parts, more than the {MAX_PARTS} one message may have")


def _gsm7_width(char: str) -> int:
    return 2 if char in GSM7_EXTENSION else 1


def _ucs2_width(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _split(text: str, encoding: Encoding, width: Callable[[str], int], single: int, per_part: int) -> Segmentation:
    units = sum(width(char) for char in text)
    if units <= single:
        return Segmentation(encoding, (text,), units)
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for char in text:
        size = width(char)
        if used + size > per_part:
            parts.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += size
    parts.append("".join(current))
    return Segmentation(encoding, tuple(parts), units)
