"""The demo accounts the emulator starts with (and gets back after a reset).

Two API keys of two accounts (one with every service, one messaging only),
and the delivered message the document's examples name, so they can be sent
as written.
"""

from __future__ import annotations

from datetime import datetime

from ...core.store import Store
from . import PROVIDER, accounts, messages

DEMO_KEY = "tyntec-demo-key"
MESSAGING_ONLY_KEY = "tyntec-messaging-only-key"
EXAMPLE_REQUEST_ID = "e74db8d4-77ad-4671-8feb-9bc76b0df188"
"""The request id of the doc's examples: a delivered message of the demo account, so they can be sent as written."""
CREDENTIALS = {"apikey (header)": DEMO_KEY, "apikey without BYON access": MESSAGING_ONLY_KEY}
"""What the start-up banner and ``GET /_emulator/`` show."""


def seed(store: Store, now: datetime) -> None:
    accounts.add_key(store, DEMO_KEY, "demo", ["messaging", "byon"])
    accounts.add_key(store, MESSAGING_ONLY_KEY, "demo-messaging", ["messaging"])
    if store.get(PROVIDER, "message", EXAMPLE_REQUEST_ID) is None:
        example = messages.new_message(
            {"to": "+1987654321", "from": "+49123456789", "message": "Hello world!"},
            request_id=EXAMPLE_REQUEST_ID,
            account="demo",
            now=now,
            delivery_delay=0,
            href=f"https://api.tyntec.com/messaging/v1/messages/{EXAMPLE_REQUEST_ID}",
        )
        store.put(PROVIDER, "message", EXAMPLE_REQUEST_ID, {**example, "_seeded": True})
