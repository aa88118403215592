"""tyntec's own control routes, under ``/_emulator/tyntec`` (``control.yaml``): an inbound SMS on demand."""

from __future__ import annotations

from typing import Any

from ...core.runtime import Runtime
from ...http.replies import Reply, json_reply
from . import PROVIDER, messages


class TyntecControl:
    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    async def send_inbound(self, body: dict[str, Any]) -> Reply:
        """Post an ``InboundMessage`` to ``url``, as tyntec does for an SMS your number receives."""
        payload = messages.inbound_message(body["from"], body["to"], body["message"], self._runtime.clock.now())
        record = await self._runtime.outbound.send(PROVIDER, "inbound SMS", "POST", body["url"], json=payload)
        return json_reply(record, 200)
