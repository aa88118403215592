"""BYTEHAND's read-only reference data, as the emulator serves it.

None of this can be changed through the API (time zones, billing plans,
routes, news, ...), so it lives here as constants rather than in the store;
the search methods work on it exactly as on what users create. The numbers
(prices, dates, companies) are made up but plausible.
"""

from __future__ import annotations

from typing import Any, Final

Record = dict[str, Any]

CURRENCY = "RUB"
DEFAULT_SENDER = "SMS-INFO"
STARTUP_BONUS = 10.0

TIME_ZONES: tuple[Record, ...] = tuple(
    {"id": index, "name": name, "utc_offset": offset, "title": title}
    for index, (name, offset, title) in enumerate(
        [
            ("Europe/Kaliningrad", "+02:00", "Kaliningrad"),
            ("Europe/Moscow", "+03:00", "Moscow"),
            ("Europe/Samara", "+04:00", "Samara"),
            ("Asia/Yekaterinburg", "+05:00", "Yekaterinburg"),
            ("Asia/Omsk", "+06:00", "Omsk"),
            ("Asia/Krasnoyarsk", "+07:00", "Krasnoyarsk"),
            ("Asia/Irkutsk", "+08:00", "Irkutsk"),
            ("Asia/Yakutsk", "+09:00", "Yakutsk"),
            ("Asia/Vladivostok", "+10:00", "Vladivostok"),
            ("Asia/Magadan", "+11:00", "Magadan"),
            ("Asia/Kamchatka", "+12:00", "Kamchatka"),
            ("Asia/Almaty", "+05:00", "Almaty"),
            ("Europe/Minsk", "+03:00", "Minsk"),
            ("UTC", "+00:00", "Coordinated Universal Time"),
        ],
        start=1,
    )
)
MOSCOW_TIME_ZONE = 2

BILLING_PLANS: tuple[Record, ...] = (
    {
        "id": 1,
        "name": "Standard",
        "description": "Pay as you go.",
        "monthly_fee": 0.0,
        "discount_percent": 0.0,
        "currency": CURRENCY,
    },
    {
        "id": 2,
        "name": "Business",
        "description": "10% off every route.",
        "monthly_fee": 990.0,
        "discount_percent": 10.0,
        "currency": CURRENCY,
    },
    {
        "id": 3,
        "name": "Corporate",
        "description": "20% off every route and a personal manager.",
        "monthly_fee": 4990.0,
        "discount_percent": 20.0,
        "currency": CURRENCY,
    },
)

LEGAL_ENTITIES: tuple[Record, ...] = (
    {"id": 1, "name": "BYTEHAND LLC", "country": "RU", "currency": CURRENCY, "vat_percent": 20.0},
    {"id": 2, "name": "BYTEHAND Kazakhstan LLP", "country": "KZ", "currency": "KZT", "vat_percent": 12.0},
)

COMPANIES: tuple[Record, ...] = (
    {
        "name": "Romashka LLC",
        "inn": "7701234567",
        "kpp": "770101001",
        "ogrn": "1027700123456",
        "address": "Moscow, Tverskaya st. 1",
    },
    {
        "name": "Romashka Plus LLC",
        "inn": "7702345678",
        "kpp": "770201001",
        "ogrn": "1027700234567",
        "address": "Moscow, Arbat st. 10",
    },
    {
        "name": "Vasilek JSC",
        "inn": "7812345678",
        "kpp": "781201001",
        "ogrn": "1037800123456",
        "address": "Saint Petersburg, Nevsky pr. 20",
    },
    {
        "name": "Sever Trading LLC",
        "inn": "5401234567",
        "kpp": "540101001",
        "ogrn": "1055400123456",
        "address": "Novosibirsk, Lenina st. 5",
    },
    {
        "name": "Ivanov Ivan Ivanovich (sole trader)",
        "inn": "770123456789",
        "ogrn": "304770000123456",
        "address": "Moscow",
    },
)

TEMPLATE_CATEGORIES: tuple[Record, ...] = (
    {"id": 1, "name": "Service"},
    {"id": 2, "name": "Marketing"},
    {"id": 3, "name": "Authentication"},
    {"id": 4, "name": "Reminders"},
    {"id": 5, "name": "Other"},
)

DEPOSIT_OPTIONS: tuple[Record, ...] = (
    {"method": "card", "name": "Bank card", "min_amount": 100.0, "max_amount": 100000.0, "currency": CURRENCY},
    {
        "method": "sbp",
        "name": "Faster Payments System",
        "min_amount": 10.0,
        "max_amount": 600000.0,
        "currency": CURRENCY,
    },
    {"method": "yoomoney", "name": "YooMoney", "min_amount": 100.0, "max_amount": 15000.0, "currency": CURRENCY},
)

EXTERNAL_PROVIDERS: tuple[Record, ...] = (
    {"id": "google", "name": "Google", "authorize_url": "https://accounts.google.com/o/oauth2/v2/auth"},
    {"id": "yandex", "name": "Yandex", "authorize_url": "https://oauth.yandex.ru/authorize"},
    {"id": "vk", "name": "VK", "authorize_url": "https://oauth.vk.com/authorize"},
    {"id": "mailru", "name": "Mail.ru", "authorize_url": "https://oauth.mail.ru/login"},
)

PROMO_CODES: dict[str, float] = {"WELCOME": 100.0, "SPRING2024": 50.0, "PARTNER": 300.0}

ALL_RIGHTS: tuple[str, ...] = (
    "profile_view",
    "profile_manage",
    "credentials_manage",
    "sms_view",
    "sms_send",
    "sms_manage",
    "contacts_view",
    "contacts_manage",
    "payments_view",
    "payments_manage",
)

NEWS: tuple[Record, ...] = tuple(
    {"id": index, "title": title, "text": text, "category": category, "published_at": published}
    for index, (title, text, category, published) in enumerate(
        [
            ("API v2 released", "The REST API v2 is available to every account.", "product", "2021-03-01T09:00:00Z"),
            ("New route to Kazakhstan", "Direct connection to Kcell.", "tariffs", "2021-05-12T09:00:00Z"),
            ("Maintenance on June 5", "Sending may be delayed for 15 minutes.", "maintenance", "2021-06-01T09:00:00Z"),
            ("Contact list segments", "Save a query as a segment and send to it.", "product", "2021-09-20T09:00:00Z"),
            (
                "Prices for MegaFon change",
                "The price per part changes on October 1.",
                "tariffs",
                "2021-09-25T09:00:00Z",
            ),
            ("BYTEHAND turns 10", "Thank you for being with us.", "company", "2021-11-11T09:00:00Z"),
            ("SMPP connections", "Reset your SMPP password from the account.", "product", "2022-02-14T09:00:00Z"),
            ("Maintenance on March 3", "Reports may come late for an hour.", "maintenance", "2022-03-01T09:00:00Z"),
            ("OAuth sign-in", "Sign in with Google, Yandex, VK or Mail.ru.", "product", "2022-06-30T09:00:00Z"),
            ("New office", "We moved to a new office.", "company", "2023-01-16T09:00:00Z"),
            ("Prices for Tele2 change", "The price per part changes on May 1.", "tariffs", "2023-04-10T09:00:00Z"),
            ("Campaign statistics", "Countries, parts and errors per campaign.", "product", "2023-08-01T09:00:00Z"),
        ],
        start=1,
    )
)

APPLICATIONS: tuple[Record, ...] = (
    {
        "id": 1,
        "name": "BYTEHAND demo app",
        "description": "An application for trying BYTEHAND's OAuth provider on your own machine.",
        "client_id": "bytehand-demo-app",
        "website": "http://127.0.0.1",
        "redirect_uris": ["http://127.0.0.1", "http://localhost"],
        "rights": list(ALL_RIGHTS),
        "_secret": "bytehand-demo-app-secret",
    },
    {
        "id": 2,
        "name": "amoCRM integration",
        "description": "Send SMS from amoCRM deals.",
        "client_id": "amocrm",
        "website": "https://www.amocrm.ru",
        "redirect_uris": ["https://www.amocrm.ru/oauth"],
        "rights": ["sms_view", "sms_send", "contacts_view"],
        "_secret": "amocrm-secret",
    },
    {
        "id": 3,
        "name": "Bitrix24 connector",
        "description": "SMS notifications for Bitrix24 CRM.",
        "client_id": "bitrix24",
        "website": "https://www.bitrix24.ru",
        "redirect_uris": ["https://oauth.bitrix.info"],
        "rights": ["sms_view", "sms_send"],
        "_secret": "bitrix24-secret",
    },
    {
        "id": 4,
        "name": "1C-Bitrix module",
        "description": "SMS for online shops on 1C-Bitrix.",
        "client_id": "1c-bitrix",
        "website": "https://www.1c-bitrix.ru",
        "redirect_uris": ["https://www.1c-bitrix.ru/oauth"],
        "rights": ["sms_send"],
        "_secret": "1c-bitrix-secret",
    },
    {
        "id": 5,
        "name": "Zapier",
        "description": "Connect BYTEHAND to thousands of apps.",
        "client_id": "zapier",
        "website": "https://zapier.com",
        "redirect_uris": ["https://zapier.com/dashboard/auth/oauth/return"],
        "rights": ["sms_view", "sms_send", "contacts_view", "contacts_manage"],
        "_secret": "zapier-secret",
    },
)

# Calling code -> ISO country, longest prefix first when looked up.
CALLING_CODES: dict[str, str] = {
    "1": "US",
    "7": "RU",
    "76": "KZ",
    "77": "KZ",
    "20": "EG",
    "27": "ZA",
    "30": "GR",
    "31": "NL",
    "32": "BE",
    "33": "FR",
    "34": "ES",
    "36": "HU",
    "39": "IT",
    "40": "RO",
    "41": "CH",
    "43": "AT",
    "44": "GB",
    "45": "DK",
    "46": "SE",
    "47": "NO",
    "48": "PL",
    "49": "DE",
    "52": "MX",
    "55": "BR",
    "61": "AU",
    "81": "JP",
    "82": "KR",
    "86": "CN",
    "90": "TR",
    "91": "IN",
    "370": "LT",
    "371": "LV",
    "372": "EE",
    "373": "MD",
    "374": "AM",
    "375": "BY",
    "380": "UA",
    "992": "TJ",
    "993": "TM",
    "994": "AZ",
    "995": "GE",
    "996": "KG",
    "998": "UZ",
}

_CIS = {"RU", "KZ", "BY", "UA", "UZ", "KG", "TJ", "TM", "AM", "AZ", "GE", "MD"}

# Operator routes with their number ranges: (country, operator, mcc, mnc, price, [(from, to), ...]).
_OPERATOR_ROUTES: tuple[tuple[str, str, str, str, float, tuple[tuple[str, str], ...]], ...] = (
    ("RU", "MTS", "250", "01", 2.45, (("79100000000", "79199999999"), ("79800000000", "79899999999"))),
    ("RU", "MegaFon", "250", "02", 2.65, (("79200000000", "79299999999"), ("79370000000", "79379999999"))),
    ("RU", "Beeline", "250", "99", 2.55, (("79030000000", "79099999999"), ("79600000000", "79699999999"))),
    ("RU", "Tele2", "250", "20", 2.35, (("79500000000", "79529999999"), ("79000000000", "79029999999"))),
    ("KZ", "Kcell", "401", "02", 3.10, (("77010000000", "77019999999"), ("77020000000", "77029999999"))),
    ("KZ", "Beeline KZ", "401", "01", 3.20, (("77050000000", "77059999999"), ("77770000000", "77779999999"))),
    ("BY", "A1", "257", "01", 4.20, (("375290000000", "375299999999"),)),
    ("BY", "MTS BY", "257", "02", 4.10, (("375330000000", "375339999999"),)),
    ("UA", "Kyivstar", "255", "03", 3.90, (("380670000000", "380679999999"),)),
    ("UZ", "Ucell", "434", "05", 3.80, (("998930000000", "998949999999"),)),
)


def _routes() -> tuple[tuple[Record, ...], tuple[Record, ...]]:
    routes: list[Record] = []
    intervals: list[Record] = []
    for country, operator, mcc, mnc, price, ranges in _OPERATOR_ROUTES:
        route = {
            "id": len(routes) + 1,
            "country": country,
            "operator": operator,
            "mcc": mcc,
            "mnc": mnc,
            "price": price,
            "currency": CURRENCY,
        }
        routes.append(route)
        for number_from, number_to in ranges:
            intervals.append(
                {
                    "id": len(intervals) + 1,
                    "route_id": route["id"],
                    "country": country,
                    "operator": operator,
                    "number_from": number_from,
                    "number_to": number_to,
                }
            )
    # Every other number of a known country takes that country's general route.
    for country in sorted(set(CALLING_CODES.values())):
        routes.append(
            {
                "id": len(routes) + 1,
                "country": country,
                "operator": "Other operators",
                "mcc": "000",
                "mnc": "00",
                "price": 3.50 if country in _CIS else 6.50,
                "currency": CURRENCY,
            }
        )
    return tuple(routes), tuple(intervals)


ROUTES, ROUTE_INTERVALS = _routes()

LEGACY_LISTS: tuple[Record, ...] = (
    {"name": "Clients 2019", "contacts": [{"phone": "+79161110001", "name": "Anna"}, {"phone": "+79161110002"}]},
    {"name": "Clients 2020", "contacts": [{"phone": "+79161110003", "name": "Boris"}]},
    {"name": "Partners", "contacts": [{"phone": "+77011110004", "name": "Dana"}, {"phone": "+375291110005"}]},
    {"name": "Staff", "contacts": []},
    {"name": "Old club members", "contacts": [{"phone": "+79031110006", "name": "Egor"}]},
)
"""Contact lists the demo user made with the v1 API; the v2 API can read, delete and upgrade them."""


def public(record: Record) -> Record:
    """A reference record without its internal (``_``) keys."""
    return {key: value for key, value in record.items() if not key.startswith("_")}


def by_id(records: tuple[Record, ...], record_id: int) -> Record | None:
    return next((record for record in records if record["id"] == record_id), None)


PLACES: Final = (
    ("5.255.", ("RU", "Moscow")),
    ("77.88.", ("RU", "Moscow")),
    ("95.31.", ("RU", "Saint Petersburg")),
    ("2.132.", ("KZ", "Almaty")),
    ("8.8.", ("US", "Mountain View")),
)
"""Where an address is, by prefix (the emulator has no geolocation database)."""
HOME: Final = ("RU", "Moscow")
"""Where a loopback, private or unknown address is placed: where BYTEHAND is."""


def place_of(address: str) -> tuple[str, str]:
    """The country (ISO 3166-1 alpha-2) and city ``getCurrentUserCredentialGeo`` reports for ``address``."""
    for prefix, place in PLACES:
        if address.startswith(prefix):
            return place
    return HOME
