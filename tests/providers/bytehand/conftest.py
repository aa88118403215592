from __future__ import annotations

import pytest
from bytehand_client import Client

from sms_clients import bytehand

DEMO_KEY = "bytehand-demo-key"
READ_ONLY_KEY = "bytehand-readonly-key"
OTHER_KEY = "bytehand-other-key"
DEMO_EMAIL = "demo@bytehand.test"
DEMO_PASSWORD = "bytehand-demo-password"


@pytest.fixture
def base_url(emulator: str) -> str:
    return f"{emulator}/bytehand/v2"


@pytest.fixture
def client(base_url: str) -> Client:
    """A BYTEHAND client for the demo account (every access right), as a user would make one."""
    return bytehand.connect(base_url, api_key=DEMO_KEY)


@pytest.fixture
def other(base_url: str) -> Client:
    """A client for the second demo account, which has no money and no objects of its own."""
    return bytehand.connect(base_url, api_key=OTHER_KEY)
