"""SMSC as the emulator serves it: credentials from the query or the form, coded errors, seeding, the inbox."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from http.client import responses
from typing import Any, ClassVar

from connexion.exceptions import OAuthResponseProblem
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.security import NO_VALUE, ApiKeySecurityHandler

from ...core.inbox_table import InboxTable
from ...core.message_view import MessageView
from ...core.money import Books
from ...core.sql_index import Searchable
from ...http.errors import ErrorContext
from ...http.request_fields import request_fields
from ...http.security import TokenInfo
from ...http.specs import load_spec
from ..base import Provider
from . import PROVIDER, accounts, demo, formats, ledger, messages
from .commands import Commands
from .failures import MESSAGE_ID, MESSAGE_ID_CODES, describe
from .formats import Format
from .handlers import SmscApi

SCRIPTS = ("send.php", "status.php", "balance.php", "senders.php")
SENDERS_PATH = "/sys/senders.php"

# Which parameter a validation message names: "query parameter 'x'", "... - 'x'" (form), "'x' is a required property".
_FIELD_IN_DETAIL = re.compile(r"parameter '([^']+)'|- '([^']+)'\s*$|^'([^']+)' is a required property")
# A malformed parameter gets the code the script gives it, else "error in the parameters".
_FIELD_CODES = {("send.php", "phones"): 7, ("send.php", "time"): 5}


class SmscProvider(Provider):
    name: ClassVar[str] = PROVIDER
    prefix: ClassVar[str] = "/smsc"
    spec_file: ClassVar[str] = "smsc.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (messages.INBOX,)

    def handlers(self) -> object:
        extension = load_spec(self.spec_file)["paths"][SENDERS_PATH]["get"]["x-commands"]
        return SmscApi(self.runtime, Commands(extension))

    def security_map(self) -> dict[str, type]:
        return {"apiKey": _credentials_handler(self)}

    def seed(self) -> None:
        demo.seed(self.store)

    def demo_credentials(self) -> dict[str, str]:
        return dict(demo.CREDENTIALS)

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        """Checks an ``apikey``; ``login`` and ``psw`` only make sense together (see ``authenticate_login``)."""
        if scheme != "apikey":
            return None
        return accounts.by_api_key(self.store, credential)

    def authenticate_login(self, login: str, password: str) -> TokenInfo | None:
        """``password`` is the account's password or the lowercase hex MD5 of it."""
        return accounts.by_login(self.store, login, password)

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        script = error.path.rsplit("/", 1)[-1]
        if error.code is None and (error.status in (404, 405) or error.status >= 500 or script not in SCRIPTS):
            return _transport_error(error)
        code = int(error.code) if error.code is not None else _code_for(error, script)
        form = Format.of(error.fields)
        message_id = error.details.get(MESSAGE_ID)
        if script == "send.php" and code in MESSAGE_ID_CODES and message_id is None:
            message_id = self._message_id(error.fields)
        return form.reply(formats.error(form.fmt, code, describe(script, code, error.detail), message_id))

    def render_fault(self, error: ErrorContext) -> ConnexionResponse:
        """An injected fault stands for the web server in front of the scripts: a real HTTP status, plain text."""
        return _plain_status(error.status, error.headers or {})

    def _message_id(self, fields: Mapping[str, str]) -> int:
        """The id a refused message gets: the client's own, else the next one SMSC would have given it."""
        client_id = fields.get("id", "").strip()
        if client_id.isdigit() and 0 < int(client_id) < 2**31:
            return int(client_id)
        # A refused request takes nothing, not even an id.
        return int(self.store.peek_number(f"{PROVIDER}.message", 1001))

    def set_balance(self, account: str, balance: Decimal) -> bool:
        return ledger.set_balance(self.store, account, balance, self.runtime.clock.now())

    def books(self) -> list[Books]:
        return ledger.books(self.store)

    def inbox_views(self, now: datetime) -> list[MessageView]:
        delay = self.runtime.delivery_delay
        return [
            messages.inbox_view(doc, number, now, delay)
            for doc in self.store.list(PROVIDER, "message")
            for number in doc["phones"]
        ]

    def inbox_table(self, now: datetime) -> InboxTable:
        return messages.inbox_table(now, self.runtime.delivery_delay)

    def forget_message(self, key: str) -> bool:
        """``key`` is ``<stored key>-<number>``: one recipient of a request; the request goes with its last one."""
        stored, _, number = key.partition("-")
        doc = self.store.get(PROVIDER, "message", stored)
        if doc is None or number not in doc["phones"]:
            return False
        doc["phones"].remove(number)
        if doc["phones"]:
            self.store.put(PROVIDER, "message", stored, doc)
        else:
            self.store.delete(PROVIDER, "message", stored)
        return True


def _code_for(error: ErrorContext, script: str) -> int:
    """The SMSC code of an error connexion raised: credentials 2, a malformed parameter 1 (or its own code)."""
    if error.status in (401, 403):
        return 2
    if error.status == 429:
        return 9
    match = _FIELD_IN_DETAIL.search(error.detail)
    field = next((group for group in match.groups() if group), "") if match else ""
    return _FIELD_CODES.get((script, field), 1)


def _transport_error(error: ErrorContext) -> ConnexionResponse:
    status = error.status if error.status in (404, 405) or error.status >= 500 else 404
    return _plain_status(status, error.headers or {})


def _plain_status(status: int, headers: dict[str, str]) -> ConnexionResponse:
    return ConnexionResponse(
        status_code=status,
        body=responses.get(status, "Error").encode(),
        content_type="text/plain",
        mimetype="text/plain",
        headers=headers,
    )


def _credentials_handler(provider: SmscProvider) -> type[ApiKeySecurityHandler]:
    """Reads ``login``/``psw`` or ``apikey`` from the query string or the form body, as SMSC's scripts do."""

    class SmscCredentials(ApiKeySecurityHandler):  # type: ignore[misc]  # connexion ships no type hints
        def get_fn(self, security_scheme: dict[str, Any], required_scopes: Any) -> Callable[..., Any]:
            scheme = str(security_scheme.get("name", ""))

            def verify(request: ConnexionRequest) -> Any:
                fields = request_fields(request.scope)
                if scheme == "apikey":
                    if not fields.get("apikey"):
                        return NO_VALUE
                    found = provider.authenticate("apikey", fields["apikey"])
                else:
                    if not fields.get("login") or "psw" not in fields:
                        return NO_VALUE
                    found = provider.authenticate_login(fields["login"], fields["psw"])
                if found is None:
                    raise OAuthResponseProblem(detail="wrong login or password")
                return found

            return verify

    return SmscCredentials
