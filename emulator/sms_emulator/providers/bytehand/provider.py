"""BYTEHAND REST API v2, served under ``/bytehand/v2``.

Every method needs an access key in ``X-Service-Key`` (or an OAuth token in
the ``access_token`` query parameter) holding the access rights the spec
lists in the operation's ``x-rights``, except the few with empty
``security``. Errors come as ``{"status", "description"}`` (the token
endpoint: RFC 6749's ``{"error", "error_description"}``). Everything a user
creates belongs to their account; other accounts' objects do not exist for
them (404).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from connexion.lifecycle import ConnexionResponse

from ...clock import isoformat
from ...errors import ErrorContext
from ...inbox.sql import InboxTable
from ...inbox.views import MessageView
from ...money import CONTROL_API_ADJUSTMENT, Books
from ...replies import json_error
from ...search import Searchable
from ...specs import load_spec
from ...store import Document
from ..base import Provider, TokenInfo
from . import demo, ledger, messages
from .accounts import PROVIDER, credential_for, new_id
from .demo import (
    DEMO_EMAIL,
    DEMO_KEY,
    DEMO_PASSWORD,
    DEMO_TOKEN,
    OTHER_KEY,
    READ_ONLY_KEY,
)
from .handlers import BytehandApi
from .handlers.contacts import CONTACTS
from .handlers.payments import deposit_is_due, payback_description, settles

if TYPE_CHECKING:
    from ...state import EmulatorState

_CREDENTIAL_KINDS = {"X-Service-Key": {"key", "session"}, "access_token": {"oauth"}}
_OAUTH_DEFAULT_ERRORS = {400: "invalid_request", 401: "invalid_client"}
_LONG_PATTERN = re.compile(r"(does not match) '\^.{80,}'$")
"""A validation message quoting a search-expression pattern; the pattern is too long to help anyone."""


class BytehandProvider(Provider):
    name: ClassVar[str] = "bytehand"
    prefix: ClassVar[str] = "/bytehand/v2"
    spec_file: ClassVar[str] = "bytehand.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (
        messages.SEARCHABLE,
        CONTACTS,
        messages.INBOX,
        ledger.TRANSACTIONS,
    )

    def __init__(self, state: EmulatorState) -> None:
        super().__init__(state)
        self._rights = {
            operation["operationId"]: frozenset(operation.get("x-rights", ()))
            for item in load_spec(self.spec_file)["paths"].values()
            for operation in item.values()
            if isinstance(operation, dict) and "operationId" in operation
        }

    def handlers(self) -> object:
        return BytehandApi(self)

    # --- credentials and rights -------------------------------------------

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        found = credential_for(self.store, credential, _CREDENTIAL_KINDS.get(scheme, set()), self.state.clock.now())
        if found is None:
            return None
        self.store.update(
            PROVIDER,
            "credential",
            str(found["id"]),
            lambda doc: doc.update(last_used_at=isoformat(self.state.clock.now())),
        )
        return {
            "sub": str(found["_user"]),
            "user": found["_user"],
            "credential": found["id"],
            "rights": found["rights"],
        }

    def rights_needed(self, operation_id: str | None) -> frozenset[str]:
        """The access rights the spec's ``x-rights`` lists for an operation."""
        return self._rights.get(operation_id or "", frozenset())

    # --- errors -----------------------------------------------------------

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        documented = self.spec.response(error.operation_id, error.status)
        detail = _LONG_PATTERN.sub(r"\1 the pattern the spec gives for it", error.detail)
        if documented is not None and documented.schema_name == "OAuthError":
            code = error.code or _OAUTH_DEFAULT_ERRORS.get(error.status, "invalid_request")
            body: dict[str, Any] = {"error": code, "error_description": detail}
        else:
            body = {"status": error.status, "description": detail}
        return json_error(error.status, body, error.headers)

    # --- state ------------------------------------------------------------

    def seed(self) -> None:
        demo.seed(self.store, self.state.clock.now())

    def demo_credentials(self) -> dict[str, str]:
        return {
            "X-Service-Key (every right)": DEMO_KEY,
            "X-Service-Key (read-only rights)": READ_ONLY_KEY,
            "X-Service-Key (a second account)": OTHER_KEY,
            "loginUser": f"{DEMO_EMAIL} / {DEMO_PASSWORD}",
            "access_token (OAuth, every right)": DEMO_TOKEN,
            "OAuth application": "client_id bytehand-demo-app, client_secret bytehand-demo-app-secret",
        }

    async def tick(self) -> None:
        """Complete the deposits and invoices whose payment has arrived, and pay out the paybacks that are due.

        Deposits arrive one emulated minute after the request, invoices an
        hour after they are issued; paybacks go out a day after the request.
        """
        now = self.state.clock.now()
        for invoice in self.store.list(PROVIDER, "invoice", settles("UNPAID", now)):
            self.pay_invoice(invoice["id"])
        for payback in self.store.list(PROVIDER, "payback", settles("PENDING", now)):
            paid_out = payback_description(payback["details"], paid=True)
            with self.store.transaction():  # paid out and said so together
                self.store.update(PROVIDER, "payback", str(payback["id"]), lambda doc: doc.update(state="PAID"))
                if payback.get("_transaction"):
                    self.store.update(
                        PROVIDER,
                        "transaction",
                        payback["_transaction"],
                        lambda doc, text=paid_out: doc.update(description=text),
                    )
        for due in self.store.list(PROVIDER, "deposit", lambda doc: deposit_is_due(doc, now)):
            with self.store.transaction():  # paid and credited together, once
                deposit = self.store.get(PROVIDER, "deposit", str(due["id"]))
                if deposit is None or not deposit_is_due(deposit, now):
                    continue
                self.store.update(PROVIDER, "deposit", str(deposit["id"]), lambda doc: doc.update(_paid=True))
                ledger.move_balance(
                    self.store,
                    self.state.clock,
                    deposit["_user"],
                    deposit["amount"],
                    "deposit",
                    f"Deposit ({deposit['method']})",
                )

    def pay_invoice(self, invoice_id: int) -> Document | None:
        """Mark an unpaid invoice ``PAID`` and credit its amount to its user (a ``deposit``); once only.

        Returns the invoice as it is now, or None when there is no such invoice.
        """
        newly_paid: list[Document] = []

        def mark(doc: Document) -> None:
            if doc["state"] == "UNPAID":
                doc["state"] = "PAID"
                newly_paid.append(doc)

        with self.store.transaction():  # paid and credited together, once
            invoice: Document | None = self.store.update(PROVIDER, "invoice", str(invoice_id), mark)
            if invoice is not None and newly_paid:
                ledger.move_balance(
                    self.store,
                    self.state.clock,
                    invoice["_user"],
                    invoice["amount"],
                    "deposit",
                    f"Invoice {invoice['number']}",
                )
        return invoice

    def confirm_email(self, token: str) -> Document | None:
        """Follow the link of an address-confirmation e-mail: the pending address becomes the user's ``email``.

        Returns the user, or None when no pending change has that token.
        """
        found = self.store.list(PROVIDER, "user", lambda doc: bool(token) and doc.get("_email_token") == token)
        if not found:
            return None

        def confirm(doc: Document) -> None:
            doc.update(email=doc["pending_email"], pending_email=None, _email_token=None)

        user: Document | None = self.store.update(PROVIDER, "user", str(found[0]["id"]), confirm)
        return user

    # --- views other parts need -------------------------------------------

    @property
    def delivery_delay(self) -> float:
        return self.state.settings.delivery_delay

    def message_views(self, user_id: int) -> list[Document]:
        """Every message of a user as the API shows it now, oldest first."""
        now = self.state.clock.now()
        return [
            messages.view(message, now, self.delivery_delay)
            for message in self.store.list(PROVIDER, "message", lambda doc: doc["_user"] == user_id)
        ]

    def send_mail(self, to: str, subject: str, token: str) -> None:
        """Record an e-mail BYTEHAND would send (listed at ``GET /_emulator/bytehand/mail``)."""
        number = new_id(self.store, "mail")
        mail = {
            "id": number,
            "to": to,
            "subject": subject,
            "token": token,
            "sent_at": isoformat(self.state.clock.now()),
        }
        self.store.put(PROVIDER, "mail", str(number), mail)

    def mail(self) -> list[Document]:
        found: list[Document] = self.store.list(PROVIDER, "mail")
        return found

    def set_balance(self, account: str, balance: Decimal) -> bool:
        user = self.store.get(PROVIDER, "user", account)
        if user is None:
            return False
        amount = float(balance - Decimal(str(user["balance"])))
        if amount:  # the API knows four kinds of transaction: money in is a deposit, money out a payback
            kind = "deposit" if amount > 0 else "payback"
            ledger.move_balance(self.store, self.state.clock, user["id"], amount, kind, CONTROL_API_ADJUSTMENT)
        return True

    def books(self) -> list[Books]:
        return ledger.books(self.store)

    def inbox_views(self, now: datetime) -> list[MessageView]:
        """The messages users sent (the demo account's seeded ones were never sent, so they are left out)."""
        return [
            messages.inbox_view(doc, now, self.delivery_delay)
            for doc in self.store.list(PROVIDER, "message", lambda doc: not doc.get("_seeded"))
        ]

    def inbox_table(self, now: datetime) -> InboxTable:
        return messages.inbox_table(now, self.delivery_delay)


__all__ = ["DEMO_KEY", "OTHER_KEY", "READ_ONLY_KEY", "BytehandProvider"]
