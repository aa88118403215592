"""Shared fixtures: one emulator on a loopback port for the whole session, reset before each test that uses it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from sms_emulator import Settings

from ._server import Receiver, receiver, serve_emulator

pytest_plugins = ["pytester"]  # tests/plugin runs users' test files against the sms_emulator_pytest plugin


@pytest.fixture(scope="session")
def emulator_server() -> Iterator[str]:
    with serve_emulator(Settings(delivery_delay=2.0)) as base_url:
        yield base_url


@pytest.fixture
def emulator(emulator_server: str) -> str:
    """The base URL of the running emulator, with its state reset to the seeded one."""
    httpx.post(f"{emulator_server}/_emulator/reset").raise_for_status()
    return emulator_server


@pytest.fixture
def control(emulator: str) -> Iterator[httpx.Client]:
    """An httpx client for the emulator's ``/_emulator`` control API."""
    with httpx.Client(base_url=f"{emulator}/_emulator") as client:
        yield client


@pytest.fixture
def callback_receiver() -> Iterator[Receiver]:
    with receiver() as record:
        yield record


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
