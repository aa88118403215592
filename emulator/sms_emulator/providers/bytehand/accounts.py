"""Users and their credentials (access keys, sessions, OAuth tokens).

Every credential is a ``credential`` document of its user; its secret is
stored separately as a ``key`` document (the secret is the id), so checking a
request's key is one look-up however many credentials exist.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dateutil.parser import isoparse

from ...core.clock import isoformat
from ...core.store import Document, Store
from . import PROVIDER
from .reference import ALL_RIGHTS, CURRENCY, MOSCOW_TIME_ZONE

SESSION_LIFETIME = timedelta(days=30)
TOKEN_LIFETIME = timedelta(days=1)
FIRST_ID = 1000
"""Ids counted by the store start here; seeded objects use the ids below it."""


class Rights:
    """The access rights each operation needs: what the spec lists in its ``x-rights``."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._by_operation = {
            operation["operationId"]: frozenset(operation.get("x-rights", ()))
            for item in spec["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict) and "operationId" in operation
        }

    def needed(self, operation_id: str | None) -> frozenset[str]:
        """The rights an operation needs (none for an unknown one)."""
        return self._by_operation.get(operation_id or "", frozenset())


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, as the credential check found it."""

    user_id: int
    credential_id: int
    rights: frozenset[str]


def new_id(store: Store, kind: str) -> int:
    return store.next_number(f"{PROVIDER}.{kind}", start=FIRST_ID)


def hash_password(password: str) -> str:
    salt = secrets.token_hex(8)
    return f"{salt}${hashlib.sha256((salt + password).encode()).hexdigest()}"


def password_matches(stored: str, password: str) -> bool:
    salt, _, digest = stored.partition("$")
    return hmac.compare_digest(digest, hashlib.sha256((salt + password).encode()).hexdigest())


def new_user(
    store: Store,
    now: datetime,
    *,
    email: str,
    password: str,
    user_id: int | None = None,
    balance: float = 0.0,
    **fields: Any,
) -> Document:
    user = {
        "id": user_id if user_id is not None else new_id(store, "user"),
        "email": email,
        "balance": balance,
        "currency": CURRENCY,
        "billing_plan_id": 1,
        "time_zone_id": MOSCOW_TIME_ZONE,
        "routing": {"mode": "all", "countries": []},
        "created_at": isoformat(now),
        **{key: value for key, value in fields.items() if value is not None},
        "_password": hash_password(password),
        "_opening": balance,
    }
    store.put(PROVIDER, "user", str(user["id"]), user)
    return user


def user_by_email(store: Store, email: str) -> Document | None:
    wanted = email.strip().casefold()
    found = store.list(PROVIDER, "user", lambda user: str(user["email"]).casefold() == wanted)
    return found[0] if found else None


def new_credential(
    store: Store,
    now: datetime,
    *,
    user_id: int,
    kind: str,
    rights: list[str] | tuple[str, ...] = ALL_RIGHTS,
    name: str | None = None,
    expires_at: datetime | None = None,
    application_id: int | None = None,
    ip: str = "127.0.0.1",
    key: str | None = None,
    credential_id: int | None = None,
) -> tuple[Document, str]:
    """Store a new credential; return it and its secret."""
    secret = key or f"bh_{secrets.token_urlsafe(24)}"
    credential = {
        "id": credential_id if credential_id is not None else new_id(store, "credential"),
        "name": name or {"key": "Access key", "session": "Session", "oauth": "OAuth token"}[kind],
        "type": kind,
        "rights": [right for right in ALL_RIGHTS if right in rights],
        "created_at": isoformat(now),
        "_user": user_id,
        "_key": secret,
        "_ip": ip,
    }
    if expires_at is not None:
        credential["expires_at"] = isoformat(expires_at)
    if application_id is not None:
        credential["application_id"] = application_id
    store.put(PROVIDER, "credential", str(credential["id"]), credential)
    store.put(PROVIDER, "key", secret, {"credential": credential["id"]})
    return credential, secret


def credential_for(store: Store, secret: str, kinds: set[str], now: datetime) -> Document | None:
    """The live credential with this secret among ``kinds``, or None."""
    index = store.get(PROVIDER, "key", secret)
    if index is None:
        return None
    credential = store.get(PROVIDER, "credential", str(index["credential"]))
    if credential is None or credential["type"] not in kinds:
        return None
    if "expires_at" in credential and isoparse(credential["expires_at"]) <= now:
        return None
    if store.get(PROVIDER, "user", str(credential["_user"])) is None:
        return None
    return credential


def forget_credential(store: Store, credential: Document) -> None:
    store.delete(PROVIDER, "credential", str(credential["id"]))
    store.delete(PROVIDER, "key", credential["_key"])


def confirm_email(store: Store, token: str) -> Document | None:
    """Follow the link of an address-confirmation e-mail: the pending address becomes the user's ``email``.

    Returns the user, or None when no pending change has that token.
    """
    found = store.list(PROVIDER, "user", lambda doc: bool(token) and doc.get("_email_token") == token)
    if not found:
        return None

    def confirm(doc: Document) -> None:
        doc.update(email=doc["pending_email"], pending_email=None, _email_token=None)

    return store.update(PROVIDER, "user", str(found[0]["id"]), confirm)


def send_mail(store: Store, now: datetime, to: str, subject: str, token: str) -> None:
    """Record an e-mail BYTEHAND would send (listed at ``GET /_emulator/bytehand/mail``)."""
    number = new_id(store, "mail")
    mail = {"id": number, "to": to, "subject": subject, "token": token, "sent_at": isoformat(now)}
    store.put(PROVIDER, "mail", str(number), mail)


def sent_mail(store: Store) -> list[Document]:
    """Every e-mail BYTEHAND would have sent, oldest first."""
    return store.list(PROVIDER, "mail")


def public(document: Document) -> Document:
    """A stored document as the API shows it: without its internal (``_``) keys."""
    return {key: value for key, value in document.items() if not key.startswith("_")}
