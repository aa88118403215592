from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sms_clients import jomobile

USERNAME = "jomobile-demo"
PASSWORD = "jomobile-demo-password"
DEMO_GROUP = 13


@pytest.fixture
def base_url(emulator: str) -> str:
    return f"{emulator}/jomobile"


@pytest.fixture
def client(base_url: str) -> Iterator[jomobile.JoMobileClient]:
    """A Jo Mobile client for the demo account, as a user would make one; logs out at the end."""
    with jomobile.connect(base_url, username=USERNAME, password=PASSWORD) as connected:
        yield connected


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def raw_token(base_url: str, username: str = USERNAME, password: str = PASSWORD) -> str:
    """An access token obtained the plain way, for requests made without the overlay."""
    code = httpx.post(f"{base_url}/v1/authorize", json={"username": username, "password": password})
    token = httpx.post(f"{base_url}/v1/accesstoken", json=code.json()["data"])
    return str(token.json()["data"]["access_token"])
