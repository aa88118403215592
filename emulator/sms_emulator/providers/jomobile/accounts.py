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

from ...core.clock import isoformat
from ...core.store import Document, Store
from . import PROVIDER
from .reference import CURRENCY

CODE_LIFETIME = timedelta(minutes=5)
TOKEN_LIFETIME = timedelta(hours=1)
TOKEN_ALPHABET = string.ascii_letters + string.digits + "-_"


class LoginRejected(ValueError):
    """A credential was refused; ``field`` names the request field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# --- customers ---------------------------------------------------------------


def register(
    store: Store,
    fields: dict[str, Any],
    *,
    balance: Decimal = Decimal("0.00"),
    discount: Decimal = Decimal("0"),
) -> Document:
    """Create a customer; raises LoginRejected when the login is taken."""
    login = fields["login"]
    if store.get(PROVIDER, "customer", login) is not None:
        raise LoginRejected("login", f"The login {login!r} is already taken.")
    salt = secrets.token_hex(8)
    customer = {
        "id": store.next_number(f"{PROVIDER}.customer"),
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
    store.put(PROVIDER, "customer", login, customer)
    return customer


def customer(store: Store, login: str) -> Document:
    """The customer ``login``; ``holder`` only names logins that exist, so callers may rely on it."""
    found = store.get(PROVIDER, "customer", login)
    if found is None:
        raise LookupError(f"no customer {login!r}")
    return found


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


# --- the token flow ------------------------------------------------------------


def add_code(store: Store, code: str, login: str, expires: datetime | None, *, standing: bool = False) -> None:
    """An authorization code of ``login``; a standing one (the demo's) never expires and works any number of times."""
    document: Document = {"login": login, "expiresAt": None if expires is None else isoformat(expires)}
    if standing:
        document["standing"] = True
    store.put(PROVIDER, "code", code, document)


def authorize(store: Store, login: str, password: str, now: datetime) -> str:
    found = store.get(PROVIDER, "customer", login)
    if found is None or not hmac.compare_digest(found["passwordHash"], _hash(found["salt"], password)):
        raise LoginRejected("password", "Incorrect username or password.")
    code = secrets.token_hex(16)
    add_code(store, code, login, now + CODE_LIFETIME)
    return code


def exchange(store: Store, code: str, now: datetime) -> tuple[str, datetime]:
    """A new access token for ``code`` and when it expires; a code from /v1/authorize works once."""
    found = store.get(PROVIDER, "code", code)
    if found is None or (found["expiresAt"] is not None and isoparse(found["expiresAt"]) <= now):
        raise LoginRejected("authorization_code", "The authorization code is invalid, used or expired.")
    if not found.get("standing"):
        store.delete(PROVIDER, "code", code)
    token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(30))
    expires = (now + TOKEN_LIFETIME).replace(microsecond=0)
    store.put(PROVIDER, "token", token, {"login": found["login"], "expiresAt": isoformat(expires)})
    return token, expires


def holder(store: Store, token: str, now: datetime) -> str | None:
    """The login a token belongs to, or None when it is unknown, expired or logged out."""
    found = store.get(PROVIDER, "token", token)
    if found is None or isoparse(found["expiresAt"]) <= now:
        return None
    if store.get(PROVIDER, "customer", found["login"]) is None:
        return None
    return str(found["login"])


def logout(store: Store, token: str) -> None:
    store.delete(PROVIDER, "token", token)


def _hash(salt: str, password: str) -> str:
    return hashlib.sha256(f"{salt}:{password}".encode()).hexdigest()
