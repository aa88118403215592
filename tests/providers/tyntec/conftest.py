from __future__ import annotations

import pytest
from tyntec_client import Client

from sms_clients import tyntec

DEMO_KEY = "tyntec-demo-key"
MESSAGING_ONLY_KEY = "tyntec-messaging-only-key"


@pytest.fixture
def base_url(emulator: str) -> str:
    return f"{emulator}/tyntec"


@pytest.fixture
def client(base_url: str) -> Client:
    """A tyntec client for the demo account, as a user would make one."""
    return tyntec.connect(base_url, api_key=DEMO_KEY)
