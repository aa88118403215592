"""The server address middleware (``http/middleware/server_address.py``): the ports requests arrive on."""

from __future__ import annotations

from sms_emulator.core.clock import Clock
from sms_emulator.core.outbound import Outbound, OutboundPolicy
from sms_emulator.core.store import Store
from sms_emulator.http.middleware.server_address import ServerAddress

from ._asgi import Downstream, call, http_scope


def outbound() -> Outbound:
    store = Store()
    return Outbound(store, Clock(store), OutboundPolicy())


def test_each_port_a_request_arrives_on_is_noted_once() -> None:
    noted = outbound()
    app = Downstream()
    middleware = ServerAddress(app, noted)
    for port in (8025, 8025, 40123):
        assert call(middleware, {**http_scope(), "server": ("127.0.0.1", port)}).status == 200
    assert noted.own_ports == {8025, 40123}
    assert len(app.calls) == 3


def test_a_request_without_a_server_address_notes_nothing() -> None:
    noted = outbound()
    for server in (None, ("/tmp/emulator.sock", None)):
        call(ServerAddress(Downstream(), noted), {**http_scope(), "server": server})
    assert noted.own_ports == set()
