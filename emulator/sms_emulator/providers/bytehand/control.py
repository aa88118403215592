"""BYTEHAND's own control routes, under ``/_emulator/bytehand`` (``control.yaml``).

What a BYTEHAND user would do outside the API: read the e-mails BYTEHAND
sent (password-reset tokens, address confirmations), follow an address
confirmation link, and have an invoice's bank transfer arrive now.
"""

from __future__ import annotations

from typing import Any

from ...core.runtime import Runtime
from ...http.errors import ApiError
from ...http.replies import Reply, json_reply
from . import ledger
from .accounts import confirm_email, public, sent_mail


class BytehandControl:
    def __init__(self, runtime: Runtime) -> None:
        self._store = runtime.store
        self._clock = runtime.clock

    def list_mail(self) -> Reply:
        return json_reply(sent_mail(self._store), 200)

    def pay_invoice(self, invoice_id: int) -> Reply:
        invoice = ledger.pay_invoice(self._store, self._clock, invoice_id)
        if invoice is None:
            raise ApiError(404, f"no BYTEHAND invoice {invoice_id}")
        return json_reply(public(invoice), 200)

    def confirm_email(self, body: dict[str, Any]) -> Reply:
        user = confirm_email(self._store, body["token"])
        if user is None:
            raise ApiError(404, "no pending e-mail change has this token")
        return json_reply(public(user), 200)
