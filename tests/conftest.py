"""Shared fixtures: one emulator on a loopback port for the whole session, reset before each test that uses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sms_emulator import Settings
from tests._server import Receiver, receiver, serve_emulator

from ._fuzzing import FuzzRun

pytest_plugins = ["pytester"]  # tests/plugin runs users' test files against the sms_emulator_pytest plugin

_FUZZ_RUNS = pytest.StashKey[dict[Path, FuzzRun]]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the schemathesis run of every selected fuzz test now, to go on beside the other tests.

    Not under pytest-xdist, where each worker would start them all: there each test starts its own run.
    """
    runs = session.config.stash.setdefault(_FUZZ_RUNS, {})
    if hasattr(session.config, "workerinput"):
        return
    specs = [
        item.callspec.params["spec"]
        for item in session.items
        if item.originalname == "test_schemathesis_finds_no_failure" and hasattr(item, "callspec")
    ]
    for index, spec in enumerate(specs):  # the largest spec first; its run keeps a core, the others yield
        runs[spec] = FuzzRun(spec, niceness=0 if index == 0 else 10)
        runs[spec].begin()


def pytest_sessionfinish(session: pytest.Session) -> None:
    for run in session.config.stash.get(_FUZZ_RUNS, {}).values():
        run.close()


@pytest.fixture
def fuzz_runs(request: pytest.FixtureRequest) -> dict[Path, FuzzRun]:
    """The schemathesis runs started for this session, by spec."""
    return request.config.stash.setdefault(_FUZZ_RUNS, {})


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
