"""SMSC's reference data: prices, networks, the currency, its time zone and its part lengths."""

from __future__ import annotations

from datetime import timedelta, timezone
from decimal import Decimal
from typing import Final

from ..gsm import PartLengths

PART_LENGTHS: Final = PartLengths(gsm7_single=160, gsm7_part=153, ucs2_single=70, ucs2_part=67)
"""The usual GSM lengths (7-bit: 160 single, 153 per concatenated part; UCS-2: 70 and 67)."""

MOSCOW: Final = timezone(timedelta(hours=3), "MSK")
"""SMSC reads send times as Moscow time."""

CURRENCY: Final = "RUB"
"""SMSC bills in roubles (the emulator's guess for every account); ``balance.php?cur=1`` reports it."""

PRICES: Final = (("380", Decimal("3.50")), ("375", Decimal("4.20")), ("7", Decimal("1.80")))
"""Price of one SMS by country code (longest first); every other number costs DEFAULT_PRICE."""
DEFAULT_PRICE: Final = Decimal("5.00")

DEFAULT_SENDER: Final = "SMSC.RU"
"""The sender name every account has, and sends with unless it names another."""

NETWORKS: Final = (
    ("7999", ("Russia", "Tele2", "Moscow")),
    ("7916", ("Russia", "MTS", "Moscow")),
    ("7", ("Russia", "MegaFon", "Moscow")),
    ("380", ("Ukraine", "Kyivstar", "Kyiv")),
    ("375", ("Belarus", "A1", "Minsk")),
)
"""Country, operator and region by number prefix (longest first), for ``all=2``; other numbers are unknown."""
