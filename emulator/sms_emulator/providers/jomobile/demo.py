"""The demo account the emulator starts with (and gets back after a reset).

``jomobile-demo`` with a balance no test spends, a discount, a standing
authorization code (a script or a fuzzer gets a token in one call), and the
document's example group (id 13) with three contacts. A state file keeps
what it holds: an account or group already there is left as it is.
"""

from __future__ import annotations

from decimal import Decimal

from ...core.store import Store
from . import PROVIDER, accounts, contacts

DEMO_LOGIN = "jomobile-demo"
DEMO_PASSWORD = "jomobile-demo-password"  # noqa: S105 - published demo credential
DEMO_CODE = "jomobile-demo-code"
"""A standing authorization code of the demo account: it never expires and can be exchanged any number
of times, so a script or a fuzzer can get a token in one call. Codes from /v1/authorize work once."""
DEMO_BALANCE = Decimal("1000000.00")
"""Enough that no test or fuzzing run spends it; registered customers start at 0."""
DEMO_DISCOUNT = Decimal("0.10")
DEMO_CONTACTS = (
    {"number": "380671112201", "name": "Olena", "surname": "Kovalenko", "male": "f", "date_birth": "1990-05-17"},
    {"number": "380501112202", "name": "Taras", "surname": "Shevchuk", "male": "m", "note_1": "VIP"},
    {"number": "4915112345603", "name": "Anna", "surname": "Becker", "male": "f"},
)
CREDENTIALS = {"username / password": f"{DEMO_LOGIN} / {DEMO_PASSWORD}", "reusable authorization code": DEMO_CODE}
"""What the start-up banner and ``GET /_emulator/`` show."""


def seed(store: Store) -> None:
    """The demo account, its standing code and its group, unless a state file still has them."""
    accounts.add_code(store, DEMO_CODE, DEMO_LOGIN, None, standing=True)
    if store.get(PROVIDER, "customer", DEMO_LOGIN) is None:
        demo = {
            "login": DEMO_LOGIN,
            "password": DEMO_PASSWORD,
            "name": "Demo Customer",
            "phone": "380501234567",
            "email": "demo@example.com",
        }
        accounts.register(store, demo, balance=DEMO_BALANCE, discount=DEMO_DISCOUNT)
    if store.get(PROVIDER, "group", str(contacts.DEMO_GROUP_ID)) is None:
        contacts.create_group(store, DEMO_LOGIN, {"name_group": "Demo group"}, id_group=contacts.DEMO_GROUP_ID)
        contacts.add_numbers(store, contacts.DEMO_GROUP_ID, DEMO_CONTACTS)
