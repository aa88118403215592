"""tyntec's reference data: destination networks and their prices, and the document's part lengths."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..gsm import PartLengths

PART_LENGTHS = PartLengths(gsm7_single=160, gsm7_part=152, ucs2_single=70, ucs2_part=66)
"""The part lengths tyntec's SMS API document gives."""
PRICE_EFFECTIVE = "2024-01-01T00:00:00Z"
CURRENCY = "EUR"


@dataclass(frozen=True)
class Network:
    country: str | None
    mccmnc: str
    ttid: str
    price: Decimal


# A few destination networks by calling code (longest prefix wins); anything else is the test network.
NETWORKS: dict[str, Network] = {
    "1": Network("US", "310260", "20512", Decimal("0.0075")),
    "44": Network("GB", "23410", "21004", Decimal("0.0380")),
    "49": Network("DE", "26201", "77292", Decimal("0.0450")),
    "33": Network("FR", "20801", "20810", Decimal("0.0520")),
    "48": Network("PL", "26001", "26010", Decimal("0.0310")),
    "7": Network("RU", "25001", "25010", Decimal("0.0290")),
    "380": Network("UA", "25501", "25510", Decimal("0.0270")),
}
TEST_NETWORK = Network(None, "00101", "10000", Decimal("0.0050"))


def network_for(number: str) -> Network:
    digits = number.lstrip("+")
    for length in (3, 2, 1):
        if digits[:length] in NETWORKS:
            return NETWORKS[digits[:length]]
    return TEST_NETWORK
