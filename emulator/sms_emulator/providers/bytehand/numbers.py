"""Phone numbers: their E.164 form, country, route and price per part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reference import CALLING_CODES, ROUTE_INTERVALS, ROUTES, Record

_SEPARATORS = re.compile(r"[\s().\-]")
_LONGEST_CODE = max(len(code) for code in CALLING_CODES)
# Countries of the North American (+1) and Russian (+7) plans have fixed-length numbers.
_FIXED_LENGTH = {"1": 11, "7": 11}


@dataclass(frozen=True)
class Destination:
    digits: str
    """The number in E.164 without the ``+``."""
    country: str
    route: Record

    @property
    def e164(self) -> str:
        return "+" + self.digits


def plus_digits(phone: str) -> str:
    """A number the spec has already validated (``+`` optional, then digits) in the one form stored: ``+digits``."""
    return "+" + phone.strip().lstrip("+")


def digits_of(raw: str) -> str | None:
    """The E.164 digits of a number written in any usual notation, or None if it is not one.

    A Russian number written with the trunk prefix (``8 916 ...``) counts as ``+7 916 ...``.
    """
    text = _SEPARATORS.sub("", raw.strip())
    if text.startswith("+"):
        text = text[1:]
    elif len(text) == 11 and text.startswith("8"):
        text = "7" + text[1:]
    if not text.isdigit() or not 8 <= len(text) <= 15 or text.startswith("0"):
        return None
    return text


def country_of(digits: str) -> str | None:
    for length in range(_LONGEST_CODE, 0, -1):
        code = digits[:length]
        if code in CALLING_CODES:
            expected = _FIXED_LENGTH.get(code[0])
            if expected is not None and len(digits) != expected:
                return None
            return CALLING_CODES[code]
    return None


def destination(raw: str) -> Destination | None:
    """Where a message to ``raw`` goes, or None when BYTEHAND cannot send to it."""
    digits = digits_of(raw)
    if digits is None:
        return None
    country = country_of(digits)
    if country is None:
        return None
    return Destination(digits, country, route_for(digits, country))


def route_for(digits: str, country: str) -> Record:
    """The operator route whose interval holds the number, else the country's general route."""
    number = int(digits)
    for interval in ROUTE_INTERVALS:
        low, high = interval["number_from"], interval["number_to"]
        if len(low) == len(digits) and int(low) <= number <= int(high):
            return next(route for route in ROUTES if route["id"] == interval["route_id"])
    return next(route for route in ROUTES if route["country"] == country and route["operator"] == "Other operators")
