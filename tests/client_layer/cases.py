"""One way to drive each provider, so the client-layer tests run the same checks for all of them.

A case knows how to connect with given settings, how to make an idempotent
read and a non-idempotent send (sync and async), and which operationIds those
calls are, so that faults can be armed for exactly them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from bytehand_client.api.sms_messages import send_sms as bytehand_send
from bytehand_client.api.users import get_current_user
from bytehand_client.models import SmsMessageInput
from jomobile_client.api.account import get_me
from jomobile_client.api.sms import send_sms as jomobile_send
from jomobile_client.models import SmsMessage as JoMobileMessage
from smsc_client.api.account import get_balance
from smsc_client.api.messages import send_message, send_message_post
from smsc_client.models import Fmt, SendForm
from tyntec_client.api.byon_contact_service import list_contacts
from tyntec_client.api.sms_messaging import send_sms, send_sms_via_get
from tyntec_client.models import SmsMessage

from sms_clients import bytehand, jomobile, smsc, tyntec

Client = Any
Send = tuple[Callable[[Client], Any], Callable[[Client], Awaitable[Any]]]


@dataclass(frozen=True)
class ProviderCase:
    name: str
    connect: Callable[..., Client]
    """connect(emulator_base_url, **settings) -> a client with the demo credentials."""
    read_operation: str
    """The operationId of ``read``: idempotent, so retried by default."""
    read: Callable[[Client], Any]
    aread: Callable[[Client], Awaitable[Any]]
    sends: dict[str, Send]
    """operationId -> (sync send, async send), one per way the provider sends; none is idempotent."""

    def __str__(self) -> str:
        return self.name


_MESSAGE = SmsMessage(to="+491701234567", from_="ACME", message="hello")

TYNTEC = ProviderCase(
    name="tyntec",
    connect=lambda base, **settings: tyntec.connect(f"{base}/tyntec", api_key="tyntec-demo-key", **settings),
    read_operation="listContacts",
    read=lambda client: list_contacts.sync_detailed(client=client),
    aread=lambda client: list_contacts.asyncio_detailed(client=client),
    sends={
        "sendSms": (
            lambda client: send_sms.sync(client=client, body=_MESSAGE),
            lambda client: send_sms.asyncio(client=client, body=_MESSAGE),
        ),
        "sendSmsViaGet": (
            lambda client: send_sms_via_get.sync(client=client, to="+491701234567", from_="ACME", message="hello"),
            lambda client: send_sms_via_get.asyncio(client=client, to="+491701234567", from_="ACME", message="hello"),
        ),
    },
)


def _unique(text: str) -> str:
    """A fresh text per send, so that no provider's duplicate-message rule interferes."""
    return f"{text} {uuid4().hex[:8]}"


SMSC = ProviderCase(
    name="smsc",
    connect=lambda base, **settings: smsc.connect(f"{base}/smsc", login="demo", password="demo-password", **settings),
    read_operation="getBalance",
    read=lambda client: get_balance.sync(client=client, fmt=Fmt.JSON),
    aread=lambda client: get_balance.asyncio(client=client, fmt=Fmt.JSON),
    sends={
        "sendMessage": (
            lambda client: send_message.sync(client=client, phones="79991234567", mes=_unique("get"), fmt=Fmt.JSON),
            lambda client: send_message.asyncio(client=client, phones="79991234567", mes=_unique("get"), fmt=Fmt.JSON),
        ),
        "sendMessagePost": (
            lambda client: send_message_post.sync(
                client=client, body=SendForm(phones="79991234567", mes=_unique("post"), fmt=Fmt.JSON)
            ),
            lambda client: send_message_post.asyncio(
                client=client, body=SendForm(phones="79991234567", mes=_unique("post"), fmt=Fmt.JSON)
            ),
        ),
    },
)


def _jomobile_message() -> list[JoMobileMessage]:
    return [JoMobileMessage(number="380671234567", sender_id="ACME", text=_unique("hello"))]


JOMOBILE = ProviderCase(
    name="jomobile",
    connect=lambda base, **settings: jomobile.connect(
        f"{base}/jomobile", username="jomobile-demo", password="jomobile-demo-password", **settings
    ),
    read_operation="getMe",
    read=lambda client: get_me.sync(client=client),
    aread=lambda client: get_me.asyncio(client=client),
    sends={
        "sendSms": (
            lambda client: jomobile_send.sync(client=client, body=_jomobile_message()),
            lambda client: jomobile_send.asyncio(client=client, body=_jomobile_message()),
        ),
    },
)

BYTEHAND_KEY = "bytehand-demo-key"

BYTEHAND = ProviderCase(
    name="bytehand",
    connect=lambda base, **settings: bytehand.connect(f"{base}/bytehand/v2", api_key=BYTEHAND_KEY, **settings),
    read_operation="getCurrentUser",
    read=lambda client: get_current_user.sync(client=client),
    aread=lambda client: get_current_user.asyncio(client=client),
    sends={
        "sendSms": (
            lambda client: bytehand_send.sync(
                client=client, body=SmsMessageInput(receiver="+79161234567", text=_unique("hello"))
            ),
            lambda client: bytehand_send.asyncio(
                client=client, body=SmsMessageInput(receiver="+79161234567", text=_unique("hello"))
            ),
        ),
    },
)

CASES = [TYNTEC, BYTEHAND, JOMOBILE, SMSC]
