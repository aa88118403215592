"""A user of jomobile_client, written against the client generated from the committed spec (see tyntec.py)."""

from jomobile_client import Client
from jomobile_client.api.sms import send_sms
from jomobile_client.models import SentSmsReply, SentSmsStatus, SmsMessage, SmsType


def text(value: str) -> None:
    assert isinstance(value, str), value


def number(value: int) -> None:
    assert isinstance(value, int), value


def amount(value: float) -> None:
    assert isinstance(value, float | int), value


def show(reply: SentSmsReply) -> None:
    assert reply.status is True or reply.status is False
    for sent in reply.data:
        number(sent.id or 0)
        text(sent.number or "-")
        number(sent.parts or 1)
        amount(sent.price or 0.0)
        if sent.status in (SentSmsStatus.SENT, SentSmsStatus.SCHEDULED, SentSmsStatus.BLACKLISTED):
            text("known status")


def main(client: Client) -> None:
    show(send_sms.sync(client=client, body=[SmsMessage(number="380671234567", sender_id="ACME", text="Hello")]))
    everything = SmsMessage(
        number=["380671234567", "380671234568"],
        sender_id="ACME",
        text="Hello",
        type_=SmsType.SMS,
        delivery=True,
        lifetime=3600,
        begin_date="2030-01-31",
        begin_time="12:00",
    )
    show(send_sms.sync(client=client, body=[everything]))
