"""pytest fixtures for testing your own code against the SMS emulator.

Installed with ``sms-clients`` and registered as a ``pytest11`` plugin, so
the fixtures are there in any project that has the package::

    def test_login_sends_a_code(sms_tyntec, sms_outbox):
        my_app.send_login_code(sms_tyntec, "+491701234567")
        assert sms_outbox.last(to="+491701234567").text == "Your code is 1234"

Fixtures: ``sms_emulator`` (an :class:`Emulator`, reset before each test),
``sms_outbox`` (an :class:`Outbox` of what was sent), and a connected client
per provider: ``sms_tyntec``, ``sms_bytehand``, ``sms_jomobile`` and
``sms_smsc`` (with the emulator's demo credentials).

The emulator runs in this process on a free port for the whole session (one
per xdist worker), or ``--sms-emulator-url URL`` (or ``$SMS_EMULATOR_URL``)
points at one already running. The emulator is imported only when a test
asks for it, so a project installed without the ``[emulator]`` extra runs
its tests as before; only tests that use an in-process emulator fail, with a
message naming the extra.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .emulator import Emulator
from .outbox import NoMessage, Outbox, SentMessage

if TYPE_CHECKING:
    from bytehand_client import Client as BytehandClient
    from smsc_client import Client as SmscClient
    from tyntec_client import Client as TyntecClient

    from sms_clients.jomobile import JoMobileClient

__all__ = ["Emulator", "NoMessage", "Outbox", "SentMessage"]

URL_OPTION = "--sms-emulator-url"
URL_VARIABLE = "SMS_EMULATOR_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sms-emulator", "SMS emulator fixtures (sms-clients)")
    group.addoption(
        URL_OPTION,
        metavar="URL",
        default=None,
        help=f"use the SMS emulator running at URL instead of starting one in this process (or ${URL_VARIABLE})",
    )
    group.addoption(
        "--sms-emulator-delivery-delay",
        metavar="SECONDS",
        type=float,
        default=2.0,
        help="for an in-process emulator: emulated seconds from sending to the final state (default 2)",
    )


@pytest.fixture(scope="session")
def sms_emulator_session(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """One emulator for the whole session: the one at ``--sms-emulator-url``, or a new one in this process."""
    url = request.config.getoption(URL_OPTION) or os.environ.get(URL_VARIABLE)
    if url:
        yield Emulator(str(url).rstrip("/"))
        return
    import sms_emulator  # only now: a user without the [emulator] extra never gets here unless they need it

    try:
        sms_emulator.require_extra()
    except sms_emulator.MissingEmulatorExtra as missing:
        pytest.fail(f"{missing} (or pass {URL_OPTION} to use an emulator running elsewhere)", pytrace=False)
    from sms_emulator.inprocess import running

    settings = sms_emulator.Settings(delivery_delay=request.config.getoption("--sms-emulator-delivery-delay"))
    with running(settings) as base_url:
        yield Emulator(base_url)


@pytest.fixture
def sms_emulator(sms_emulator_session: Emulator) -> Emulator:
    """The session's emulator, reset to its demo data before this test."""
    sms_emulator_session.reset()
    return sms_emulator_session


@pytest.fixture
def sms_outbox(sms_emulator: Emulator) -> Outbox:
    """The messages sent during this test, newest first: ``sms_outbox.last(to="+49...").text``."""
    return sms_emulator.outbox


@pytest.fixture
def sms_tyntec(sms_emulator: Emulator) -> Iterator[TyntecClient]:
    """A tyntec client (``sms_clients.tyntec.connect``) with the emulator's demo API key."""
    from sms_clients import tyntec

    with tyntec.connect(sms_emulator.base_url("tyntec"), api_key="tyntec-demo-key") as client:
        yield client


@pytest.fixture
def sms_bytehand(sms_emulator: Emulator) -> Iterator[BytehandClient]:
    """A BYTEHAND client (``sms_clients.bytehand.connect``) with the emulator's demo key (every right)."""
    from sms_clients import bytehand

    with bytehand.connect(sms_emulator.base_url("bytehand"), api_key="bytehand-demo-key") as client:
        yield client


@pytest.fixture
def sms_jomobile(sms_emulator: Emulator) -> Iterator[JoMobileClient]:
    """A Jo Mobile client (``sms_clients.jomobile.connect``) logged in as the emulator's demo customer."""
    from sms_clients import jomobile

    with jomobile.connect(
        sms_emulator.base_url("jomobile"),
        username="jomobile-demo",
        password="jomobile-demo-password",  # noqa: S106 - the emulator's demo login
    ) as client:
        yield client


@pytest.fixture
def sms_smsc(sms_emulator: Emulator) -> Iterator[SmscClient]:
    """An SMSC client (``sms_clients.smsc.connect``) with the emulator's demo login."""
    from sms_clients import smsc

    with smsc.connect(sms_emulator.base_url("smsc"), login="demo", password="demo-password") as client:  # noqa: S106 - demo login
        yield client
