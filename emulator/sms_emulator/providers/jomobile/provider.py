"""Jo Mobile as the emulator serves it: token checks, its error envelope, seeding, birthday greetings, the inbox."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import ClassVar

from connexion.lifecycle import ConnexionResponse

from ...core.inbox_table import InboxTable
from ...core.message_view import MessageView
from ...core.money import Books
from ...core.sql_index import Searchable
from ...http.errors import ErrorContext
from ...http.replies import json_error
from ...http.security import TokenInfo
from ..base import Provider
from . import PROVIDER, accounts, demo, ledger, search, sending
from .handlers import JoMobileApi
from .messages import INBOX, inbox_table, inbox_view

_PATH_SUFFIX = re.compile(r" - '(?P<path>[^']*)'$")
_REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property")
ASK_FOR_LOGIN = "No access token: send the token from /v1/accesstoken in the X-Access-Token header."
NOT_LOGGED_IN = "The access token is invalid, expired or logged out; log in again."


class JoMobileProvider(Provider):
    name: ClassVar[str] = PROVIDER
    prefix: ClassVar[str] = "/jomobile"
    spec_file: ClassVar[str] = "jomobile.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (search.SEARCHABLE, INBOX)

    def handlers(self) -> object:
        return JoMobileApi(self.runtime)

    def seed(self) -> None:
        demo.seed(self.store)

    def demo_credentials(self) -> dict[str, str]:
        return dict(demo.CREDENTIALS)

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        login = accounts.holder(self.store, credential, self.runtime.clock.now())
        return None if login is None else {"sub": login, "token": credential}

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        field, message = _field_and_message(error)
        body = {"status": False, "error_code": error.status, "errors": {field: [message]}}
        return json_error(error.status, body, error.headers)

    async def tick(self) -> None:
        """Send the birthday greetings that fell due."""
        with self.store.transaction():
            sending.send_birthday_greetings(self.runtime)

    def set_balance(self, account: str, balance: Decimal) -> bool:
        return ledger.set_balance(self.store, account, balance, self.runtime.clock.now())

    def books(self) -> list[Books]:
        return ledger.books(self.store)

    def inbox_views(self, now: datetime) -> list[MessageView]:
        return [inbox_view(record, now) for record in self.store.list(PROVIDER, "message")]

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
