"""BYTEHAND as the emulator serves it: credentials and access rights, error shapes, seeding, payments, the inbox."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from connexion.lifecycle import ConnexionResponse

from ...core.clock import isoformat
from ...core.inbox_table import InboxTable
from ...core.message_view import MessageView
from ...core.money import Books
from ...core.runtime import Runtime
from ...core.sql_index import Searchable
from ...http.errors import ErrorContext
from ...http.replies import json_error
from ...http.security import TokenInfo
from ...http.specs import load_own_spec, load_spec
from ..base import ControlRoutes, Provider
from . import PROVIDER, demo, ledger, messages
from .accounts import Rights, credential_for
from .control import BytehandControl
from .handlers import BytehandApi
from .handlers.contacts import CONTACTS

_CREDENTIAL_KINDS = {"X-Service-Key": {"key", "session"}, "access_token": {"oauth"}}
_OAUTH_DEFAULT_ERRORS = {400: "invalid_request", 401: "invalid_client"}
_LONG_PATTERN = re.compile(r"(does not match) '\^.{80,}'$")
"""A validation message quoting a search-expression pattern; the pattern is too long to help anyone."""


class BytehandProvider(Provider):
    name: ClassVar[str] = PROVIDER
    prefix: ClassVar[str] = "/bytehand/v2"
    spec_file: ClassVar[str] = "bytehand.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (
        messages.SEARCHABLE,
        CONTACTS,
        messages.INBOX,
        ledger.TRANSACTIONS,
    )

    def __init__(self, runtime: Runtime) -> None:
        super().__init__(runtime)
        self._rights = Rights(load_spec(self.spec_file))

    def handlers(self) -> object:
        return BytehandApi(self.runtime, self._rights)

    # --- credentials and rights -------------------------------------------

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        found = credential_for(self.store, credential, _CREDENTIAL_KINDS.get(scheme, set()), self.runtime.clock.now())
        if found is None:
            return None
        self.store.update(
            PROVIDER,
            "credential",
            str(found["id"]),
            lambda doc: doc.update(last_used_at=isoformat(self.runtime.clock.now())),
        )
        return {
            "sub": str(found["_user"]),
            "user": found["_user"],
            "credential": found["id"],
            "rights": found["rights"],
        }

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
        demo.seed(self.store, self.runtime.clock.now())

    def demo_credentials(self) -> dict[str, str]:
        return dict(demo.CREDENTIALS)

    async def tick(self) -> None:
        """Complete the deposits and invoices whose payment has arrived, and pay out the paybacks that are due."""
        ledger.settle(self.store, self.runtime.clock)

    def control(self) -> ControlRoutes:
        return ControlRoutes(load_own_spec(Path(__file__).with_name("control.yaml")), BytehandControl(self.runtime))

    def set_balance(self, account: str, balance: Decimal) -> bool:
        return ledger.set_balance(self.store, self.runtime.clock, account, balance)

    def books(self) -> list[Books]:
        return ledger.books(self.store)

    def inbox_views(self, now: datetime) -> list[MessageView]:
        """The messages users sent (the demo account's seeded ones were never sent, so they are left out)."""
        return [
            messages.inbox_view(doc, now, self.runtime.delivery_delay)
            for doc in self.store.list(PROVIDER, "message", lambda doc: not doc.get("_seeded"))
        ]

    def inbox_table(self, now: datetime) -> InboxTable:
        return messages.inbox_table(now, self.runtime.delivery_delay)
