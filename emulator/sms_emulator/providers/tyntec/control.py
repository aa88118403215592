"""tyntec's own control routes, under ``/_emulator/tyntec`` (``control.yaml``): an inbound SMS on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...http.replies import Reply, json_reply
from . import PROVIDER, messages

if TYPE_CHECKING:
    from .provider import TyntecProvider


class TyntecControl:
    def __init__(self, provider: TyntecProvider) -> None:
        self._runtime = provider.runtime

    async def send_inbound(self, body: dict[str, Any]) -> Reply:
        """Post an ``InboundMessage`` to ``url``, as tyntec does for an SMS your number receives."""
        payload = messages.inbound_message(body["from"], body["to"], body["message"], self._runtime.clock.now())
        record = await self._runtime.outbound.send(PROVIDER, "inbound SMS", "POST", body["url"], json=payload)
        return json_reply(record, 200)
