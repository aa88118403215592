"""Jo Mobile RESTAPI 6.4, served under ``/jomobile``.

Customers log in in two steps (``/v1/authorize``, then ``/v1/accesstoken``)
and send the token as ``X-Access-Token``; tokens expire with the emulator's
clock. Every reply is wrapped as ``{"status": true, "data": ...}`` and every
error as ``{"status": false, "error_code": <status>, "errors": {<field>:
[<message>]}}``: 400 for a rejected request, 401 for a missing, unknown,
expired or logged-out token.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

from connexion.lifecycle import ConnexionResponse

from ...errors import ErrorContext
from ...inbox.sql import InboxTable
from ...inbox.views import MessageView
from ...money import CONTROL_API_ADJUSTMENT, Books
from ...replies import json_error
from ...search import Searchable
from ..base import Provider, TokenInfo
from .accounts import DEMO_CODE, DEMO_LOGIN, DEMO_PASSWORD, PROVIDER, Accounts
from .contacts import Contacts
from .handlers import JoMobileApi
from .messages import INBOX, SEARCHABLE, inbox_table, inbox_view
from .sending import Outbox

if TYPE_CHECKING:
    from ...state import EmulatorState

_PATH_SUFFIX = re.compile(r" - '(?P<path>[^']*)'$")
_REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property")
ASK_FOR_LOGIN = "No access token: send the token from /v1/accesstoken in the X-Access-Token header."
NOT_LOGGED_IN = "The access token is invalid, expired or logged out; log in again."


class JoMobileProvider(Provider):
    name: ClassVar[str] = PROVIDER
    prefix: ClassVar[str] = "/jomobile"
    spec_file: ClassVar[str] = "jomobile.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (SEARCHABLE, INBOX)

    def __init__(self, state: EmulatorState) -> None:
        super().__init__(state)
        self.accounts = Accounts(self.state.store)
        self.contacts = Contacts(self.state.store)
        self.outbox = Outbox(self.state.store, self.accounts, self.state.clock, self.state.settings.delivery_delay)

    def handlers(self) -> object:
        return JoMobileApi(self)

    def seed(self) -> None:
        self.accounts.seed_demo()
        self.contacts.seed_demo(DEMO_LOGIN)

    def demo_credentials(self) -> dict[str, str]:
        return {
            "username / password": f"{DEMO_LOGIN} / {DEMO_PASSWORD}",
            "reusable authorization code": DEMO_CODE,
        }

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        login = self.accounts.holder(credential, self.state.clock.now())
        return None if login is None else {"sub": login, "token": credential}

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        field, message = _field_and_message(error)
        body = {"status": False, "error_code": error.status, "errors": {field: [message]}}
        return json_error(error.status, body, error.headers)

    async def tick(self) -> None:
        """Send the birthday greetings that fell due."""
        with self.store.transaction():
            self.outbox.send_birthday_greetings(self.contacts, self.state.clock.now())

    def set_balance(self, account: str, balance: Decimal) -> bool:
        found = self.store.get(self.name, "customer", account)
        if found is None:
            return False
        amount = balance - Decimal(found["balance"])
        self.accounts.move_balance(account, amount, CONTROL_API_ADJUSTMENT, self.state.clock.now())
        return True

    def books(self) -> list[Books]:
        return self.accounts.books()

    def inbox_views(self, now: datetime) -> list[MessageView]:
        return [inbox_view(record, now) for record in self.store.list(self.name, "message")]

    def inbox_table(self, now: datetime) -> InboxTable:
        return inbox_table(now)


def _field_and_message(error: ErrorContext) -> tuple[str, str]:
    """The ``errors`` key and message: the field a handler named, or the one a validation message names."""
    if error.status == 401:
        missing = "no authorization token" in error.detail.lower()
        return "access_token", ASK_FOR_LOGIN if missing else NOT_LOGGED_IN
    if error.code:
        return error.code, error.detail
    if error.status != 400:
        return "request", error.detail
    message, field = error.detail, "body"
    suffix = _PATH_SUFFIX.search(message)
    if suffix:
        message = message[: suffix.start()]
        names = [segment for segment in suffix.group("path").split(".") if segment and not segment.isdigit()]
        field = names[-1] if names else "body"
    required = _REQUIRED.match(message)
    if required:
        field = required.group("name")
    return field, message
