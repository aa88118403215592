"""Sending any number of messages, in packages of at most 100.

``/v1/send`` takes at most 100 messages per request. What counts is the
messages that result: a message whose ``number`` is a list is one message per
number, however many SMS parts its text needs, HLR look-ups included.
``send_messages`` packs the messages into packages of at most 100 resulting
messages (splitting a list of numbers across packages where it must) and
sends them one after the other, in order, rather than refusing: the limit is
the transport's, not the caller's, and splitting loses nothing because the
messages are independent of each other.

The packages are separate requests, so the whole cannot be atomic. If the
first package fails, its error is raised as it is (nothing was sent). If a
later one fails, ``PartiallySent`` is raised, carrying the replies for what
went out (``sent``), the messages not known to have gone out (``unsent``) and
the error as its cause, so nothing is resent blindly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NoReturn

import attrs
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
    """Send ``messages`` in packages of 100; one ``SentSms`` per resulting message (per number), in order.

    ``PartiallySent.unsent`` lists the messages of the packages not sent (a
    list of numbers split across packages appears with its unsent numbers).
    """
    sent: list[SentSms] = []
    spread = list(_spread(messages))
    for start, package in _packages(spread):
        try:
            sent.extend(data(send_sms.sync(client=client, body=package)))
        except (SmsError, httpx.HTTPError) as error:
            _raise_partial(error, sent, spread[start:])
    return sent


async def asend_messages(client: Client, messages: Sequence[SmsMessage]) -> list[SentSms]:
    """``send_messages`` for the async client."""
    sent: list[SentSms] = []
    spread = list(_spread(messages))
    for start, package in _packages(spread):
        try:
            sent.extend(data(await send_sms.asyncio(client=client, body=package)))
        except (SmsError, httpx.HTTPError) as error:
            _raise_partial(error, sent, spread[start:])
    return sent


def _packages(spread: Sequence[SmsMessage]) -> Iterator[tuple[int, list[SmsMessage]]]:
    """Packages of at most PACKAGE_SIZE of ``spread`` messages (one number each), with the index each starts at."""
    for start in range(0, len(spread), PACKAGE_SIZE):
        yield start, list(spread[start : start + PACKAGE_SIZE])


def _spread(messages: Sequence[SmsMessage]) -> Iterator[SmsMessage]:
    """Each message as it counts: one per number of a list (a list of one number kept as written)."""
    for message in messages:
        if isinstance(message.number, list) and len(message.number) > 1:
            for number in message.number:
                yield attrs.evolve(message, number=number)
        else:
            yield message


def _raise_partial(error: Exception, sent: list[SentSms], unsent: Sequence[SmsMessage]) -> NoReturn:
    if not sent:
        raise error
    raise PartiallySent(sent, unsent, error) from error
