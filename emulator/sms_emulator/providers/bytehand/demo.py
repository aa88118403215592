"""The demo accounts the emulator starts with (and gets back after a reset).

The demo user (``demo@bytehand.test``, key ``bytehand-demo-key``) has a
balance and one of everything, with fixed ids below 1000 (the spec's examples
use them): a contact list with three contacts, a property and a segment, and
an empty one; a
campaign and a message scheduled for 2099, so they can still be stopped; an
approved sender signature, a template, an unpaid invoice, a bound Google
account, five legacy (v1) contact lists, and a referral (the second demo
user). Also two single-use grants, an OAuth access token and a password-reset
e-mail, so clients and fuzzers can try the token and reset flows without a
browser or a mailbox.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ...core.clock import isoformat
from ...core.store import Document, Store
from . import PROVIDER, messages, numbers
from .accounts import new_credential, new_user
from .reference import APPLICATIONS, CURRENCY, DEFAULT_SENDER, LEGACY_LISTS

DEMO_EMAIL = "demo@bytehand.test"
DEMO_PASSWORD = "bytehand-demo-password"  # noqa: S105 - a published demo credential
DEMO_KEY = "bytehand-demo-key"
READ_ONLY_KEY = "bytehand-readonly-key"
OTHER_EMAIL = "other@bytehand.test"
OTHER_KEY = "bytehand-other-key"
DEMO_TOKEN = "bytehand-demo-token"  # noqa: S105 - a published demo credential
DEMO_RESET_TOKEN = "bytehand-demo-reset-token"  # noqa: S105 - a published demo credential
DEMO_BALANCE = 100_000.0
DEMO_CAMPAIGN_ID = "100000000000000001"
DEMO_MESSAGE_ID = "100000000000000002"
READ_ONLY_RIGHTS = ("profile_view", "sms_view", "contacts_view", "payments_view")
SCHEDULED_FOR = "2099-01-01T09:00:00Z"
CREDENTIALS = {
    "X-Service-Key (every right)": DEMO_KEY,
    "X-Service-Key (read-only rights)": READ_ONLY_KEY,
    "X-Service-Key (a second account)": OTHER_KEY,
    "loginUser": f"{DEMO_EMAIL} / {DEMO_PASSWORD}",
    "access_token (OAuth, every right)": DEMO_TOKEN,
    "OAuth application": "client_id bytehand-demo-app, client_secret bytehand-demo-app-secret",
}
"""What the start-up banner and ``GET /_emulator/`` show."""
_GRANT_LIFETIME = timedelta(days=1)
_LONG_AGO = "2020-01-15T10:00:00Z"
_DEMO_CONTACTS = (
    (1, "+79161110001", "Anna", "Moscow"),
    (2, "+79261110002", "Boris", "Kazan"),
    (3, "+79031110003", "Vera", "Moscow"),
)


def seed(store: Store, now: datetime) -> None:
    """Create both demo users and everything the first one owns."""
    new_user(store, now, email=DEMO_EMAIL, password=DEMO_PASSWORD, user_id=1, balance=DEMO_BALANCE, name="Demo")
    new_user(store, now, email=OTHER_EMAIL, password=DEMO_PASSWORD, user_id=2, name="Other", referrer_id=1)
    new_credential(store, now, user_id=1, kind="key", name="Demo key", key=DEMO_KEY, credential_id=1)
    new_credential(
        store,
        now,
        user_id=1,
        kind="key",
        name="Read-only key",
        rights=READ_ONLY_RIGHTS,
        key=READ_ONLY_KEY,
        credential_id=2,
    )
    new_credential(store, now, user_id=2, kind="key", name="Other key", key=OTHER_KEY, credential_id=3)
    _seed_grants(store, now)
    _seed_contacts(store)
    _seed_sending(store)
    _seed_other(store)


def _seed_grants(store: Store, now: datetime) -> None:
    expires = now + _GRANT_LIFETIME
    application = APPLICATIONS[0]
    new_credential(
        store,
        now,
        user_id=1,
        kind="oauth",
        name=application["name"],
        expires_at=expires,
        application_id=application["id"],
        key=DEMO_TOKEN,
        credential_id=4,
    )
    store.put(PROVIDER, "reset-token", DEMO_RESET_TOKEN, {"user": 1, "expires_at": isoformat(expires)})
    mail = {
        "id": 1,
        "to": DEMO_EMAIL,
        "subject": "Password reset",
        "token": DEMO_RESET_TOKEN,
        "sent_at": isoformat(now),
    }
    store.put(PROVIDER, "mail", "1", mail)


def _seed_contacts(store: Store) -> None:
    _put(store, "contact-list", {"id": 1, "name": "Demo clients", "description": "Three clients to try campaigns on"})
    _put(store, "contact-list", {"id": 2, "name": "Demo archive", "description": "An empty list, free to delete"})
    _put(store, "property", {"id": 1, "name": "city", "description": "Where the client lives", "_list": 1})
    _put(
        store, "segment", {"id": 1, "name": "Names with an A", "query": "name=~a", "_list": 1, "updated_at": _LONG_AGO}
    )
    for contact_id, phone, name, city in _DEMO_CONTACTS:
        contact = {"id": contact_id, "phone": phone, "name": name, "properties": {"city": city}, "_list": 1}
        _put(store, "contact", {**contact, "updated_at": _LONG_AGO})
    for index, legacy in enumerate(LEGACY_LISTS, start=1):
        _put(store, "list-v1", {"id": index, **legacy, "created_at": f"{2018 + index}-0{index}-15T10:00:00Z"})


def _seed_sending(store: Store) -> None:
    _put(store, "sender", {"id": 1, "sender": "BYTEHAND", "description": "The company's own signature"})
    _put(store, "template", {"id": 1, "name": "Welcome", "text": "Welcome to our shop, {name}!", "category_id": 1})
    campaign = {
        "id": DEMO_CAMPAIGN_ID,
        "name": "Demo campaign",
        "sender": DEFAULT_SENDER,
        "text": "Hello, {name}!",
        "contact_list_id": 1,
        "currency": CURRENCY,
        "send_after": SCHEDULED_FOR,
        "_stopped": False,
    }
    _put(store, "campaign", campaign)
    for offset, (_, phone, name, _city) in enumerate(_DEMO_CONTACTS, start=11):
        message_id = str(int(DEMO_CAMPAIGN_ID) + offset - 1)
        _put(store, "message", _scheduled_message(message_id, phone, f"Hello, {name}!", campaign_id=DEMO_CAMPAIGN_ID))
    _put(store, "message", _scheduled_message(DEMO_MESSAGE_ID, _DEMO_CONTACTS[0][1], "See you on New Year's Day!"))


def _seed_other(store: Store) -> None:
    invoice = {
        "id": 1,
        "number": "BH-000001",
        "amount": 5000.0,
        "currency": CURRENCY,
        "state": "UNPAID",
        "legal_entity_id": 1,
        "document_url": "https://api.bytehand.com/v2/payments/invoices/1/document.pdf",
    }
    _put(store, "invoice", invoice)
    _put(store, "oauth-account", {"id": 1, "provider_id": "google", "external_id": "demo-google-account"})


def _scheduled_message(message_id: str, receiver: str, text: str, campaign_id: str | None = None) -> Document:
    destination = numbers.destination(receiver)
    assert destination is not None, receiver
    parts, encoding = messages.measure(text)
    message: dict[str, Any] = {
        "id": message_id,
        "sender": DEFAULT_SENDER,
        "receiver": destination.e164,
        "text": text,
        "parts": parts,
        "encoding": encoding,
        "cost": round(parts * destination.route["price"], 2),
        "currency": CURRENCY,
        "country": destination.country,
        "operator": destination.route["operator"],
        "send_after": SCHEDULED_FOR,
        "_release_at": SCHEDULED_FOR,
        "_outcome": messages.outcome_for(destination.digits),
        "_stopped": False,
        "_seeded": True,
    }
    if campaign_id is not None:
        message["campaign_id"] = campaign_id
    return message


def _put(store: Store, kind: str, document: Document) -> None:
    """Store a demo object of the demo user, created long ago unless it says otherwise."""
    document = {"created_at": _LONG_AGO, **document, "_user": 1}
    if kind in ("contact-list", "template", "sender") and "updated_at" not in document:
        document["updated_at"] = _LONG_AGO
    store.put(PROVIDER, kind, str(document["id"]), document)
