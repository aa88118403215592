"""tyntec SMS API v1, served under ``/tyntec``.

Errors take the shape the doc gives per operation: messaging operations answer
an RFC 7807 problem, BYON operations answer 4xx without a body and 500 with
``{code, message, timestamp}``. API keys belong to accounts; a key carries the
services it may use, so a messaging-only key gets 403 from BYON.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import Any, ClassVar

from connexion.lifecycle import ConnexionResponse

from ...clock import isoformat
from ...errors import ErrorContext
from ...gsm import TYNTEC_LIMITS, segment
from ...inbox.sql import InboxTable
from ...inbox.views import MessageView
from ...replies import json_error
from ...search import Searchable
from ...store import Document
from ..base import Provider, TokenInfo
from . import messages, phone_book
from .handlers import TyntecApi

DEMO_KEYS: dict[str, dict[str, Any]] = {
    "tyntec-demo-key": {"account": "demo", "permissions": ["messaging", "byon"]},
    "tyntec-messaging-only-key": {"account": "demo-messaging", "permissions": ["messaging"]},
}
EXAMPLE_REQUEST_ID = "e74db8d4-77ad-4671-8feb-9bc76b0df188"
"""The request id of the doc's examples: a delivered message of the demo account, so they can be sent as written."""
PROBLEM_TYPES = "https://docs.tyntec.com/problems/"


class TyntecProvider(Provider):
    name: ClassVar[str] = "tyntec"
    prefix: ClassVar[str] = "/tyntec"
    spec_file: ClassVar[str] = "tyntec.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (phone_book.SEARCHABLE, messages.INBOX)

    def handlers(self) -> object:
        return TyntecApi(self)

    def seed(self) -> None:
        for key, account in DEMO_KEYS.items():
            self.store.put(self.name, "apikey", key, account)
        if self.store.get(self.name, "message", EXAMPLE_REQUEST_ID) is None:
            example = messages.new_message(
                {"to": "+1987654321", "from": "+49123456789", "message": "Hello world!"},
                request_id=EXAMPLE_REQUEST_ID,
                account="demo",
                now=self.state.clock.now(),
                delivery_delay=0,
                href=f"https://api.tyntec.com/messaging/v1/messages/{EXAMPLE_REQUEST_ID}",
            )
            self.store.put(self.name, "message", EXAMPLE_REQUEST_ID, {**example, "_seeded": True})

    def demo_credentials(self) -> dict[str, str]:
        return {"apikey (header)": "tyntec-demo-key", "apikey without BYON access": "tyntec-messaging-only-key"}

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        account = self.store.get(self.name, "apikey", credential)
        if account is None:
            return None
        return {"sub": account["account"], "permissions": account["permissions"]}

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        documented = self.spec.response(error.operation_id, error.status)
        byon = error.path.startswith(f"{self.prefix}/byon/")
        if documented is not None:
            shape = documented.schema_name or "none"
        elif byon:
            shape = "ErrorResponse" if error.status >= 500 else "none"
        else:
            shape = "Problem"
        headers = error.headers or {}
        if shape == "none":
            return ConnexionResponse(status_code=error.status, body=b"", headers=headers)
        if shape == "ErrorResponse":
            body: dict[str, Any] = {
                "code": error.code or str(error.status),
                "message": error.detail,
                "timestamp": int(time.time() * 1000),
            }
            return json_error(error.status, body, headers)
        problem = {
            "type": PROBLEM_TYPES + error.code if error.code else "about:blank",
            "title": error.title,
            "status": error.status,
            "detail": error.detail,
        }
        return json_error(error.status, problem, headers, "application/problem+json")

    async def tick(self) -> None:
        """Deliver a report to ``callbackUrl`` whenever a message's state has changed."""
        now = self.state.clock.now()
        for pending in self.store.list(self.name, "pending-report"):
            message = self.store.get(self.name, "message", pending["requestId"])
            if message is None:
                self.store.delete(self.name, "pending-report", pending["requestId"])
                continue
            view = messages.status_view(message, now)
            if view["status"] == message["reported"]:
                continue
            await self._report(message, view)
            self.store.update(
                self.name,
                "message",
                message["requestId"],
                lambda doc, status=view["status"]: doc.update(reported=status),
            )
            if view["status"] in messages.FINAL_STATES:
                self.store.delete(self.name, "pending-report", message["requestId"])

    async def _report(self, message: Document, view: Document) -> None:
        url = message["request"]["callbackUrl"]
        if message["request"].get("callbackMethod") == "GET":
            await self.state.outbound.send(
                self.name, "delivery report", "GET", url, params=messages.report_query(view), about=view["requestId"]
            )
        else:
            await self.state.outbound.send(
                self.name, "delivery report", "POST", url, json=view, about=view["requestId"]
            )

    def inbound_message(self, sender: str, recipient: str, text: str) -> Document:
        """An ``InboundMessage`` as tyntec would post it for an SMS from ``sender`` to your ``recipient``."""
        now = isoformat(self.state.clock.now())
        network = messages.network_for(sender)
        parts = segment(text, TYNTEC_LIMITS).parts
        request_id = str(uuid.uuid4())
        return {
            "from": sender,
            "to": recipient,
            "message": text,
            "originMCC": network.mccmnc[:3],
            "originMNC": network.mccmnc[3:],
            "originTtId": network.ttid,
            "totalPrice": 0.0,
            "requestId": request_id,
            "size": len(parts),
            "missingParts": False,
            "contentList": [
                {
                    "msgId": f"{request_id}:{index}",
                    "sentDate": now,
                    "sequenceNumber": index,
                    "price": 0.0,
                    "currency": messages.CURRENCY,
                    "priceEffective": messages.PRICE_EFFECTIVE,
                }
                for index in range(1, len(parts) + 1)
            ],
        }

    def inbox_views(self, now: datetime) -> list[MessageView]:
        return [messages.inbox_view(doc, now) for doc in self.store.list(self.name, "message", _sent)]

    def inbox_table(self, now: datetime) -> InboxTable:
        return messages.inbox_table(now)


def _sent(doc: Document) -> bool:
    """A message a user sent (the doc's example message, seeded for the demo account, was not)."""
    return not doc.get("_seeded")
