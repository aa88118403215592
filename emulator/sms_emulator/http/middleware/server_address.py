"""Note the port each request arrived on, so that callbacks can refuse to call the emulator itself.

The emulator may listen on a port picked at start-up (``--port 0``) or on
several addresses; the requests it serves say where it answers. The outbound
client (``core/outbound.py``) refuses a callback URL on one of these ports at
an address of this machine.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from ...core.outbound import Outbound


class ServerAddress:
    """ASGI middleware: note the port each request arrived on, so callbacks can refuse to call the emulator."""

    def __init__(self, app: ASGIApp, outbound: Outbound) -> None:
        self.app = app
        self._ports = outbound.own_ports

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server = scope.get("server")
        if server and server[1] is not None and server[1] not in self._ports:
            self._ports.add(int(server[1]))
        await self.app(scope, receive, send)
