"""Handlers of the ``/_emulator`` control API (``api.yaml``): what every provider shares.

Inspect what was sent, reset the state, move the clock, relax the rate
limits, arm faults, read the books. A provider's own control routes (BYTEHAND's
mail and invoices, tyntec's inbound SMS) live in its package and are served
under ``/_emulator/<provider>`` (``Provider.control``); nothing here names a
provider.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from dateutil.parser import isoparse
from starlette.responses import Response, StreamingResponse

from ..core.clock import isoformat
from ..core.faults import Faults, validate
from ..http.errors import ApiError
from ..http.replies import Reply, empty, json_reply
from ..inbox import query, web
from ..inbox.query import MessageQuery
from ..providers.mounted import MountedProviders
from ..version import package_version


class ControlApi:
    def __init__(self, providers: MountedProviders, faults: Faults) -> None:
        self._providers = providers
        self._runtime = providers.runtime
        self._faults = faults

    def get_info(self) -> Reply:
        providers = [
            {"name": p.name, "basePath": p.prefix, "credentials": p.demo_credentials()} for p in self._providers
        ]
        return json_reply({"providers": providers, "clock": self._clock()}, 200)

    def get_health(self) -> Reply:
        body = {
            "status": "ok",
            "version": package_version(),
            "providers": self._providers.names,
            "clock": isoformat(self._runtime.clock.now()),
        }
        return json_reply(body, 200)

    def reset(self, provider: str | None = None) -> Reply:
        if provider is not None and provider not in self._providers:
            raise ApiError(404, f"provider: unknown provider {provider!r}")
        self._providers.reset(provider)
        return empty(204)

    def get_clock(self) -> Reply:
        return json_reply(self._clock(), 200)

    async def move_clock(self, body: dict[str, Any]) -> Reply:
        if "now" in body:
            self._runtime.clock.set(isoparse(body["now"]))
        if "advanceSeconds" in body:
            self._runtime.clock.advance(float(body["advanceSeconds"]))
        await self._providers.tick()
        return json_reply(self._clock(), 200)

    def get_limits(self) -> Reply:
        return json_reply(self._limits(), 200)

    def set_limits(self, body: dict[str, Any]) -> Reply:
        self._runtime.enforce_limits(bool(body["enforced"]))
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
        wanted = MessageQuery(
            provider=provider, to=to, state=state, text=q, limit=limit, newest_first=order == "newest"
        )
        try:
            found = query.find_messages(self._providers, wanted)
        except query.BadQuery as problem:
            raise ApiError(400, str(problem)) from problem
        return json_reply(query.as_json(self._runtime.outbound, found), 200)

    def get_message(self, key: str) -> Reply:
        name = key.partition("-")[0]
        if name in self._providers:
            for view in query.find_messages(self._providers, MessageQuery(provider=name)):
                if view.key == key:
                    return json_reply(query.as_json(self._runtime.outbound, [view])[0], 200)
        raise ApiError(404, f"key: no message {key!r}")

    def delete_message(self, key: str) -> Reply:
        if not query.forget(self._providers, key):
            raise ApiError(404, f"key: no message {key!r}")
        return empty(204)

    def delete_messages(self, provider: str | None = None) -> Reply:
        if provider is not None and provider not in self._providers:
            raise ApiError(400, f"provider: unknown provider {provider!r}")
        return json_reply({"deleted": query.forget_all(self._providers, provider)}, 200)

    def stream_events(self) -> StreamingResponse:
        return web.event_stream(self._providers)

    def get_asset(self, name: str) -> Response:
        found = web.asset(name)
        if found is None:
            raise ApiError(404, f"name: the inbox has no file {name!r}")
        return found

    def list_faults(self) -> Reply:
        return json_reply(self._faults.armed(), 200)

    def arm_fault(self, body: dict[str, Any]) -> Reply:
        known = {provider.name: provider.spec.operation_ids for provider in self._providers}
        problem = validate(body, known)
        if problem:
            raise ApiError(400, problem)
        return json_reply(self._faults.arm(body), 201)

    def clear_faults(self) -> Reply:
        self._faults.clear()
        return empty(204)

    def list_books(self, provider: str | None = None) -> Reply:
        found: list[dict[str, Any]] = []
        for each in self._providers:
            if provider is None or provider == each.name:
                found.extend(books.as_json() for books in each.books())
        return json_reply(found, 200)

    def set_balance(self, provider: str, account: str, body: dict[str, Any]) -> Reply:
        found = self._providers.get(provider)
        if found is None or not found.set_balance(account, Decimal(body["balance"])):
            raise ApiError(404, f"account: no {provider} account {account!r} with a balance")
        return json_reply(next(books.as_json() for books in found.books() if books.account == account), 200)

    def list_callbacks(self) -> Reply:
        return json_reply(self._runtime.outbound.history(), 200)

    def _limits(self) -> dict[str, Any]:
        return {"enforced": self._runtime.limits_enforced}

    def _clock(self) -> dict[str, Any]:
        clock = self._runtime.clock
        return {"now": isoformat(clock.now()), "offsetSeconds": clock.offset.total_seconds()}
