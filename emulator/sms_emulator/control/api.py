"""Handlers of the ``/_emulator`` control API (``admin.yaml``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse
from starlette.responses import Response, StreamingResponse

from . import faults
from .clock import isoformat
from .errors import ApiError
from .inbox import search, web
from .inbox.search import MessageQuery
from .providers.bytehand import BytehandProvider
from .providers.bytehand.accounts import public
from .providers.tyntec import TyntecProvider
from .replies import Reply, empty, json_reply
from .state import EmulatorState
from .version import package_version


class AdminApi:
    def __init__(self, state: EmulatorState) -> None:
        self._state = state

    def get_info(self) -> Reply:
        providers = [
            {"name": p.name, "basePath": p.prefix, "credentials": p.demo_credentials()}
            for p in self._state.providers.values()
        ]
        return json_reply({"providers": providers, "clock": self._clock()}, 200)

    def get_health(self) -> Reply:
        body = {
            "status": "ok",
            "version": package_version(),
            "providers": list(self._state.providers),
            "clock": isoformat(self._state.clock.now()),
        }
        return json_reply(body, 200)

    def reset(self, provider: str | None = None) -> Reply:
        if provider is not None and provider not in self._state.providers:
            raise ApiError(404, f"provider: unknown provider {provider!r}")
        self._state.reset(provider)
        return empty(204)

    def get_clock(self) -> Reply:
        return json_reply(self._clock(), 200)

    async def move_clock(self, body: dict[str, Any]) -> Reply:
        if "now" in body:
            self._state.clock.set(isoparse(body["now"]))
        if "advanceSeconds" in body:
            self._state.clock.advance(float(body["advanceSeconds"]))
        await self._state.tick()
        return json_reply(self._clock(), 200)

    def get_limits(self) -> Reply:
        return json_reply(self._limits(), 200)

    def set_limits(self, body: dict[str, Any]) -> Reply:
        self._state.enforce_limits(bool(body["enforced"]))
        return json_reply(self._limits(), 200)

    def list_messages(
        self,
        provider: str | None = None,
        to: str | None = None,
        state: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        order: str = "oldest",
    ) -> Reply:
        query = MessageQuery(provider=provider, to=to, state=state, text=q, limit=limit, newest_first=order == "newest")
        try:
            found = search.find_messages(self._state, query)
        except search.BadQuery as problem:
            raise ApiError(400, str(problem)) from problem
        return json_reply(search.as_json(self._state, found), 200)

    def get_message(self, key: str) -> Reply:
        name = key.partition("-")[0]
        if name in self._state.providers:
            for view in search.find_messages(self._state, MessageQuery(provider=name)):
                if view.key == key:
                    return json_reply(search.as_json(self._state, [view])[0], 200)
        raise ApiError(404, f"key: no message {key!r}")

    def delete_message(self, key: str) -> Reply:
        if not search.forget(self._state, key):
            raise ApiError(404, f"key: no message {key!r}")
        return empty(204)

    def delete_messages(self, provider: str | None = None) -> Reply:
        if provider is not None and provider not in self._state.providers:
            raise ApiError(400, f"provider: unknown provider {provider!r}")
        return json_reply({"deleted": search.forget_all(self._state, provider)}, 200)

    def stream_events(self) -> StreamingResponse:
        return web.event_stream(self._state)

    def get_asset(self, name: str) -> Response:
        found = web.asset(name)
        if found is None:
            raise ApiError(404, f"name: the inbox has no file {name!r}")
        return found

    def list_faults(self) -> Reply:
        return json_reply(self._state.faults.armed(), 200)

    def arm_fault(self, body: dict[str, Any]) -> Reply:
        known = {name: provider.spec.operation_ids for name, provider in self._state.providers.items()}
        problem = faults.validate(body, known)
        if problem:
            raise ApiError(400, problem)
        return json_reply(self._state.faults.arm(body), 201)

    def clear_faults(self) -> Reply:
        self._state.faults.clear()
        return empty(204)

    def list_books(self, provider: str | None = None) -> Reply:
        found: list[dict[str, Any]] = []
        for name, each in self._state.providers.items():
            if provider is None or provider == name:
                found.extend(books.as_json() for books in each.books())
        return json_reply(found, 200)

    def set_balance(self, provider: str, account: str, body: dict[str, Any]) -> Reply:
        found = self._state.providers.get(provider)
        if found is None or not found.set_balance(account, Decimal(body["balance"])):
            raise ApiError(404, f"account: no {provider} account {account!r} with a balance")
        return json_reply(next(books.as_json() for books in found.books() if books.account == account), 200)

    def list_callbacks(self) -> Reply:
        return json_reply(self._state.outbound.history(), 200)

    async def send_tyntec_inbound(self, body: dict[str, Any]) -> Reply:
        tyntec = self._state.providers["tyntec"]
        assert isinstance(tyntec, TyntecProvider)
        payload = tyntec.inbound_message(body["from"], body["to"], body["message"])
        record = await self._state.outbound.send("tyntec", "inbound SMS", "POST", body["url"], json=payload)
        return json_reply(record, 200)

    def _limits(self) -> dict[str, Any]:
        return {"enforced": self._state.limits_enforced}

    def list_bytehand_mail(self) -> Reply:
        bytehand = self._state.providers["bytehand"]
        assert isinstance(bytehand, BytehandProvider)
        return json_reply(bytehand.mail(), 200)

    def pay_bytehand_invoice(self, invoice_id: int) -> Reply:
        invoice = self._bytehand().pay_invoice(invoice_id)
        if invoice is None:
            raise ApiError(404, f"no BYTEHAND invoice {invoice_id}")
        return json_reply(public(invoice), 200)

    def confirm_bytehand_email(self, body: dict[str, Any]) -> Reply:
        user = self._bytehand().confirm_email(body["token"])
        if user is None:
            raise ApiError(404, "no pending e-mail change has this token")
        return json_reply(public(user), 200)

    def _bytehand(self) -> BytehandProvider:
        bytehand = self._state.providers["bytehand"]
        assert isinstance(bytehand, BytehandProvider)
        return bytehand

    def _clock(self) -> dict[str, Any]:
        clock = self._state.clock
        return {"now": isoformat(clock.now()), "offsetSeconds": clock.offset.total_seconds()}


class InboxPage:
    """The handler of ``root.yaml``: the web inbox at the emulator's root."""

    def get_inbox(self) -> Response:
        return web.page()
