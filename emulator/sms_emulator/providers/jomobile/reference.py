"""Jo Mobile's reference data: countries, their networks and the price list.

The prices, country and network calls read this table, and a sent message
takes its destination network (MCC, MNC, operator) and price from it. It is
a small, fixed excerpt, enough to exercise every filter; a number of no
listed country goes to the ITU test network (MCC 001, MNC 01) at a flat price.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CURRENCY = "EUR"
PRODUCTS = ("SMS", "HLR", "WAPPUSH", "FLASHSMS")
HLR_PRICE = Decimal("0.0040")
"""An HLR look-up costs the same everywhere."""
WAPPUSH_FACTOR = Decimal("1.2")
"""A WAP push costs a fifth more than an SMS to the same network."""


@dataclass(frozen=True)
class Network:
    mnc: int
    operator: str
    prefixes: tuple[str, ...]
    """Number prefixes (country code included) that belong to this network."""
    sms_price: Decimal


@dataclass(frozen=True)
class Country:
    name: str
    iso: str
    mcc: int
    continent: str
    calling_code: str
    networks: tuple[Network, ...]
    """The first network also takes the country's numbers that match no prefix."""


@dataclass(frozen=True)
class Destination:
    """Where a number goes: its country (None for the test network) and network."""

    country: Country | None
    network: Network

    @property
    def mcc(self) -> int:
        return self.country.mcc if self.country else TEST_MCC


def _n(mnc: int, operator: str, prefixes: str, price: str) -> Network:
    return Network(mnc, operator, tuple(prefixes.split()), Decimal(price))


COUNTRIES: tuple[Country, ...] = (
    Country(
        "Ukraine",
        "UA",
        255,
        "Europe",
        "380",
        (
            _n(3, "Kyivstar", "38067 38068 38096 38097 38098", "0.0300"),
            _n(1, "Vodafone Ukraine", "38050 38066 38095 38099", "0.0320"),
            _n(6, "lifecell", "38063 38073 38093", "0.0280"),
        ),
    ),
    Country(
        "Germany",
        "DE",
        262,
        "Europe",
        "49",
        (
            _n(1, "Telekom", "49151 49160 49170 49171 49175", "0.0700"),
            _n(2, "Vodafone", "49152 49162 49172 49173 49174", "0.0720"),
            _n(3, "O2", "49157 49159 49163 49176 49177 49178 49179", "0.0690"),
        ),
    ),
    Country(
        "Switzerland",
        "CH",
        228,
        "Europe",
        "41",
        (_n(1, "Swisscom", "4179", "0.0650"), _n(2, "Sunrise", "4176", "0.0640"), _n(3, "Salt", "4178", "0.0630")),
    ),
    Country(
        "United Kingdom",
        "GB",
        234,
        "Europe",
        "44",
        (_n(30, "EE", "447400 447500", "0.0380"), _n(15, "Vodafone UK", "447700", "0.0390")),
    ),
    Country(
        "Poland", "PL", 260, "Europe", "48", (_n(1, "Plus", "4860", "0.0310"), _n(2, "T-Mobile PL", "4869", "0.0320"))
    ),
    Country(
        "United States",
        "US",
        310,
        "North America",
        "1",
        (_n(260, "T-Mobile US", "1206 1425", "0.0075"), _n(410, "AT&T", "1212 1312", "0.0080")),
    ),
    Country("Brazil", "BR", 724, "South America", "55", (_n(5, "Claro BR", "5511", "0.0450"),)),
    Country("Nigeria", "NG", 621, "Africa", "234", (_n(20, "Airtel NG", "234802", "0.0520"),)),
    Country("India", "IN", 404, "Asia", "91", (_n(45, "Airtel IN", "9198", "0.0060"),)),
    Country("Japan", "JP", 440, "Asia", "81", (_n(10, "NTT Docomo", "8190", "0.0790"),)),
    Country("Australia", "AU", 505, "Oceania", "61", (_n(1, "Telstra", "614", "0.0550"),)),
)

TEST_MCC = 1
TEST_NETWORK = Network(1, "Test network", (), Decimal("0.0500"))

_BY_PREFIX = sorted(
    (
        (prefix, country, network)
        for country in COUNTRIES
        for network in country.networks
        for prefix in network.prefixes
    ),
    key=lambda entry: -len(entry[0]),
)
_BY_CALLING_CODE = sorted(COUNTRIES, key=lambda country: -len(country.calling_code))


def destination(number: str) -> Destination:
    """The network a number (digits, country code first) belongs to."""
    for prefix, country, network in _BY_PREFIX:
        if number.startswith(prefix):
            return Destination(country, network)
    for country in _BY_CALLING_CODE:
        if number.startswith(country.calling_code):
            return Destination(country, country.networks[0])
    return Destination(None, TEST_NETWORK)


def product_price(network: Network, product: str) -> Decimal:
    """The list price of one unit (one SMS part, one look-up) of ``product`` to ``network``."""
    if product in ("HLR", "MNP"):  # an MNP look-up is priced like an HLR one
        return HLR_PRICE
    if product == "WAPPUSH":
        return (network.sms_price * WAPPUSH_FACTOR).quantize(Decimal("0.0001"))
    return network.sms_price


def countries(iso: str | None = None, mcc: int | None = None) -> list[Country]:
    """The countries matching an ISO code (``full`` or None: any) and an MCC (None: any)."""
    return [
        country
        for country in COUNTRIES
        if (iso is None or iso.lower() == "full" or country.iso == iso.upper()) and (mcc is None or country.mcc == mcc)
    ]
