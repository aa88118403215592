from __future__ import annotations

import httpx
import pytest
from smsc_client import Client

from sms_clients import smsc

LOGIN, PASSWORD, API_KEY = "demo", "demo-password", "smsc-demo-key"
EMPTY_LOGIN, EMPTY_PASSWORD = "empty", "empty-password"


@pytest.fixture
def base_url(emulator: str) -> str:
    return f"{emulator}/smsc"


@pytest.fixture
def client(base_url: str) -> Client:
    """An SMSC client for the demo account, as a user would make one."""
    return smsc.connect(base_url, login=LOGIN, password=PASSWORD)


@pytest.fixture
def relaxed(control: httpx.Client) -> None:
    """Rate limits off, for tests that repeat requests on purpose."""
    control.post("/limits", json={"enforced": False}).raise_for_status()
