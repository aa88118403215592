"""tyntec as the emulator serves it: credentials, error shapes, seeding, delivery reports, the inbox view."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from connexion.lifecycle import ConnexionResponse

from ...core.inbox_table import InboxTable
from ...core.message_view import MessageView
from ...core.sql_index import Searchable
from ...core.store import Document
from ...http.errors import ErrorContext
from ...http.replies import json_error
from ...http.security import TokenInfo
from ...http.specs import load_own_spec
from ..base import ControlRoutes, Provider
from . import PROVIDER, accounts, demo, messages, search
from .control import TyntecControl
from .handlers import TyntecApi

PROBLEM_TYPES = "https://docs.tyntec.com/problems/"


class TyntecProvider(Provider):
    name: ClassVar[str] = PROVIDER
    prefix: ClassVar[str] = "/tyntec"
    spec_file: ClassVar[str] = "tyntec.yaml"
    searchables: ClassVar[tuple[Searchable, ...]] = (search.SEARCHABLE, messages.INBOX)

    def handlers(self) -> object:
        return TyntecApi(self.runtime, self.prefix)

    def control(self) -> ControlRoutes:
        return ControlRoutes(load_own_spec(Path(__file__).with_name("control.yaml")), TyntecControl(self.runtime))

    def seed(self) -> None:
        demo.seed(self.store, self.runtime.clock.now())

    def demo_credentials(self) -> dict[str, str]:
        return dict(demo.CREDENTIALS)

    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        return accounts.authenticate(self.store, credential)

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
        now = self.runtime.clock.now()
        for pending in self.store.list(PROVIDER, "pending-report"):
            message = self.store.get(PROVIDER, "message", pending["requestId"])
            if message is None:
                self.store.delete(PROVIDER, "pending-report", pending["requestId"])
                continue
            view = messages.status_view(message, now)
            if view["status"] == message["reported"]:
                continue
            await self._report(message, view)

            def reported(doc: Document, status: str = view["status"]) -> None:
                doc["reported"] = status

            self.store.update(PROVIDER, "message", message["requestId"], reported)
            if view["status"] in messages.FINAL_STATES:
                self.store.delete(PROVIDER, "pending-report", message["requestId"])

    async def _report(self, message: Document, view: Document) -> None:
        url = message["request"]["callbackUrl"]
        outbound = self.runtime.outbound
        if message["request"].get("callbackMethod") == "GET":
            await outbound.send(
                PROVIDER, "delivery report", "GET", url, params=messages.report_query(view), about=view["requestId"]
            )
        else:
            await outbound.send(PROVIDER, "delivery report", "POST", url, json=view, about=view["requestId"])

    def inbox_views(self, now: datetime) -> list[MessageView]:
        return [messages.inbox_view(doc, now) for doc in self.store.list(PROVIDER, "message", _sent)]

    def inbox_table(self, now: datetime) -> InboxTable:
        return messages.inbox_table(now)


def _sent(doc: Document) -> bool:
    """A message a user sent (the doc's example message, seeded for the demo account, was not)."""
    return not doc.get("_seeded")
