"""Sending any number of messages, in packages of at most 100.

``/v1/send`` takes at most 100 messages per request. What counts is the
messages in the body: each is one text to one number, however many SMS parts
its text needs, HLR look-ups included. ``send_messages`` splits a longer list
into packages of 100 and sends them one after the other, in order, rather
than refusing: the limit is the transport's, not the caller's, and splitting
loses nothing because the messages are independent of each other.

The packages are separate requests, so the whole cannot be atomic. If the
first package fails, its error is raised as it is (nothing was sent). If a
later one fails, ``PartiallySent`` is raised, carrying the replies for what
went out (``sent``), the messages not known to have gone out (``unsent``) and
the error as its cause, so nothing is resent blindly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NoReturn

import httpx
from jomobile_client import Client
from jomobile_client.api.sms import send_sms
from jomobile_client.models import SentSms, SmsMessage

from ..errors import SmsError
from ._envelope import data
from ._errors import PartiallySent

PACKAGE_SIZE = 100
"""The most messages ``/v1/send`` takes in one request."""


def send_messages(client: Client, messages: Sequence[SmsMessage]) -> list[SentSms]:
    """Send ``messages`` in packages of 100; one ``SentSms`` per message, in order."""
    sent: list[SentSms] = []
    for start, package in _packages(messages):
        try:
            sent.extend(data(send_sms.sync(client=client, body=package)))
        except (SmsError, httpx.HTTPError) as error:
            _raise_partial(error, sent, messages[start:])
    return sent


async def asend_messages(client: Client, messages: Sequence[SmsMessage]) -> list[SentSms]:
    """``send_messages`` for the async client."""
    sent: list[SentSms] = []
    for start, package in _packages(messages):
        try:
            sent.extend(data(await send_sms.asyncio(client=client, body=package)))
        except (SmsError, httpx.HTTPError) as error:
            _raise_partial(error, sent, messages[start:])
    return sent


def _packages(messages: Sequence[SmsMessage]) -> Iterator[tuple[int, list[SmsMessage]]]:
    for start in range(0, len(messages), PACKAGE_SIZE):
        yield start, list(messages[start : start + PACKAGE_SIZE])


def _raise_partial(error: Exception, sent: list[SentSms], unsent: Sequence[SmsMessage]) -> NoReturn:
    if not sent:
        raise error
    raise PartiallySent(sent, unsent, error) from error
