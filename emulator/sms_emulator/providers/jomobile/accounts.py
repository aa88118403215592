"""Customers and the two-step token flow.

``/v1/authorize`` trades a login and password for an authorization code
(valid 5 minutes, usable once), ``/v1/accesstoken`` trades the code for an
access token (valid one hour), ``/v1/logout`` destroys the token. Expiry
follows the emulator's clock, so moving the clock expires codes and tokens.

Passwords are kept salted and hashed, never in clear, even in the emulator.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse

from ...clock import isoformat
from ...money import Books, Layout, read_books
from ...store import Document, Store
from .reference import CURRENCY

PROVIDER = "jomobile"
LAYOUT = Layout(
    provider=PROVIDER,
    accounts="customer",
    account_key="login",
    currency=CURRENCY,
    ledger="ledger",
    ledger_account="login",
    ledger_messages="messages",
    messages="message",
    message_account="login",
    message_id="id_base",
    message_cost="price",
)
"""Customers hold the balance; a ledger row's ``messages`` lists the messages (``id_base``) it paid for."""
CODE_LIFETIME = timedelta(minutes=5)
TOKEN_LIFETIME = timedelta(hours=1)
TOKEN_ALPHABET = string.ascii_letters + string.digits + "-_"

DEMO_LOGIN = "jomobile-demo"
DEMO_PASSWORD = "jomobile-demo-password"  # noqa: S105 - published demo credential
DEMO_CODE = "jomobile-demo-code"
"""A standing authorization code of the demo account: it never expires and can be exchanged any number
of times, so a script or a fuzzer can get a token in one call. Codes from /v1/authorize work once."""
DEMO_BALANCE = Decimal("1000000.00")
"""Enough that no test or fuzzing run spends it; registered customers start at 0."""
DEMO_DISCOUNT = Decimal("0.10")


class LoginRejected(ValueError):
    """A credential was refused; ``field`` names the request field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class Accounts:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- customers ---------------------------------------------------------

    def seed_demo(self) -> None:
        """The demo account and its standing code; an account kept in a state file is left as it is."""
        self._store.put(PROVIDER, "code", DEMO_CODE, {"login": DEMO_LOGIN, "expiresAt": None, "standing": True})
        if self._store.get(PROVIDER, "customer", DEMO_LOGIN) is not None:
            return
        demo = {
            "login": DEMO_LOGIN,
            "password": DEMO_PASSWORD,
            "name": "Demo Customer",
            "phone": "380501234567",
            "email": "demo@example.com",
        }
        self.register(demo, balance=DEMO_BALANCE, discount=DEMO_DISCOUNT)

    def register(
        self,
        fields: dict[str, Any],
        *,
        balance: Decimal = Decimal("0.00"),
        discount: Decimal = Decimal("0"),
    ) -> Document:
        """Create a customer; raises LoginRejected when the login is taken."""
        login = fields["login"]
        if self._store.get(PROVIDER, "customer", login) is not None:
            raise LoginRejected("login", f"The login {login!r} is already taken.")
        salt = secrets.token_hex(8)
        customer = {
            "id": self._store.next_number(f"{PROVIDER}.customer"),
            "login": login,
            "salt": salt,
            "passwordHash": _hash(salt, fields["password"]),
            "name": fields["name"],
            "phone": fields["phone"].lstrip("+"),
            "email": fields["email"],
            "skype": fields.get("skype"),
            "company_name": fields.get("company_name"),
            "balance": str(balance),
            "opening": str(balance),
            "discount": str(discount),
        }
        self._store.put(PROVIDER, "customer", login, customer)
        return customer

    def customer(self, login: str) -> Document:
        """The customer ``login``; ``holder`` only names logins that exist, so callers may rely on it."""
        found = self._store.get(PROVIDER, "customer", login)
        if found is None:
            raise LookupError(f"no customer {login!r}")
        return found

    def charge(self, login: str, amount: Decimal, messages: list[str], now: datetime) -> bool:
        """Take ``amount`` for ``messages`` from the balance, with its ledger row; False (nothing taken) if short."""
        return self.move_balance(login, -amount, "charge", now, messages)

    def move_balance(
        self, login: str, amount: Decimal, reason: str, now: datetime, messages: list[str] | None = None
    ) -> bool:
        """Add ``amount`` (negative: take it) with a ledger row, in one transaction; False if it would go negative."""
        with self._store.transaction():
            customer = self.customer(login)
            left = Decimal(customer["balance"]) + amount
            if left < 0:
                return False
            customer["balance"] = str(left)
            self._store.put(PROVIDER, "customer", login, customer)
            row: Document = {"login": login, "amount": str(amount), "reason": reason, "at": isoformat(now)}
            if messages:
                row["messages"] = messages
            self._store.put(PROVIDER, "ledger", str(self._store.next_number(f"{PROVIDER}.ledger")), row)
        return True

    def books(self) -> list[Books]:
        """Every customer's books (see ``money.py``)."""
        return read_books(self._store, LAYOUT)

    # --- the token flow ----------------------------------------------------

    def authorize(self, login: str, password: str, now: datetime) -> str:
        found = self._store.get(PROVIDER, "customer", login)
        if found is None or not hmac.compare_digest(found["passwordHash"], _hash(found["salt"], password)):
            raise LoginRejected("password", "Incorrect username or password.")
        code = secrets.token_hex(16)
        self._store.put(PROVIDER, "code", code, {"login": login, "expiresAt": isoformat(now + CODE_LIFETIME)})
        return code

    def exchange(self, code: str, now: datetime) -> tuple[str, datetime]:
        """A new access token for ``code`` and when it expires; a code from /v1/authorize works once."""
        found = self._store.get(PROVIDER, "code", code)
        if found is None or (found["expiresAt"] is not None and isoparse(found["expiresAt"]) <= now):
            raise LoginRejected("authorization_code", "The authorization code is invalid, used or expired.")
        if not found.get("standing"):
            self._store.delete(PROVIDER, "code", code)
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(30))
        expires = (now + TOKEN_LIFETIME).replace(microsecond=0)
        self._store.put(PROVIDER, "token", token, {"login": found["login"], "expiresAt": isoformat(expires)})
        return token, expires

    def holder(self, token: str, now: datetime) -> str | None:
        """The login a token belongs to, or None when it is unknown, expired or logged out."""
        found = self._store.get(PROVIDER, "token", token)
        if found is None or isoparse(found["expiresAt"]) <= now:
            return None
        if self._store.get(PROVIDER, "customer", found["login"]) is None:
            return None
        return str(found["login"])

    def logout(self, token: str) -> None:
        self._store.delete(PROVIDER, "token", token)


def profile(customer: Document) -> Document:
    """A customer as ``/v1/me`` shows it."""
    return {
        "id": customer["id"],
        "login": customer["login"],
        "name": customer["name"],
        "phone": customer["phone"],
        "email": customer["email"],
        "skype": customer["skype"],
        "company_name": customer["company_name"],
        "balance": float(Decimal(customer["balance"]).quantize(Decimal("0.0001"))),
        "currency": CURRENCY,
    }


def _hash(salt: str, password: str) -> str:
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()
