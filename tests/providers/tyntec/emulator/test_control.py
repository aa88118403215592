"""tyntec's own control route (``/_emulator/tyntec/inbound``): an inbound SMS posted to your server."""

from __future__ import annotations

import httpx

from sms_clients import tyntec
from tests._server import Receiver


def test_an_inbound_sms_reaches_your_server_and_parses(control: httpx.Client, callback_receiver: Receiver) -> None:
    url = f"{callback_receiver.url}/inbound"
    attempt = control.post(
        "/tyntec/inbound", json={"url": url, "from": "+4917000000", "to": "+4930123", "message": "hi"}
    )
    assert attempt.json()["status"] == 200
    (received,) = callback_receiver.wait_for(1)
    message = tyntec.parse_inbound_message(received.body)
    assert (message.from_, message.to, message.message, message.size) == ("+4917000000", "+4930123", "hi", 1)
