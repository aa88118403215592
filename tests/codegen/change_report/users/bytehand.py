"""A user of bytehand_client, written against the client generated from the committed spec (see tyntec.py)."""

import datetime

from bytehand_client import Client
from bytehand_client.api.sms_messages import get_sms_by_id, send_sms
from bytehand_client.models import SendResult, SmsMessage, SmsMessageEncoding, SmsMessageInput, SmsState


def text(value: str) -> None:
    assert isinstance(value, str), value


def number(value: int) -> None:
    assert isinstance(value, int), value


def amount(value: float) -> None:
    assert isinstance(value, float | int), value


def moment(value: datetime.datetime) -> None:
    assert isinstance(value, datetime.datetime), value


def show_result(result: SendResult) -> None:
    text(result.id)
    number(result.count)
    for one in result.ids or []:
        text(one)


def show(message: SmsMessage) -> None:
    text(message.id)
    for value in (message.campaign_id, message.country, message.currency, message.operator, message.receiver):
        text(value or "-")
    text(message.sender or "-")
    text(message.text or "")
    amount(message.cost or 0.0)
    number(message.error_code or 0)
    number(message.parts or 1)
    for when in (message.created_at, message.done_at, message.send_after, message.sent_at):
        if when:
            moment(when)
    if message.encoding == SmsMessageEncoding.GSM7 or message.encoding == SmsMessageEncoding.UCS2:
        text("encoded")
    finished = (SmsState.DELIVERED, SmsState.UNDELIVERED, SmsState.REJECTED, SmsState.STOPPED)
    if message.state in finished or message.state in (SmsState.NEW, SmsState.SENT):
        text("known state")


def main(client: Client) -> None:
    show_result(send_sms.sync(client=client, body=SmsMessageInput(receiver="+79161234567", text="Hello")))
    later = datetime.datetime(2030, 1, 31, 12, 0, tzinfo=datetime.UTC)
    everything = SmsMessageInput(receiver="+79161234567", text="Hello", sender="ACME", send_after=later)
    show_result(send_sms.sync(client=client, body=everything))
    show_result(send_sms.sync(client=client, body=[everything, everything]))
    show(get_sms_by_id.sync(sms_id="31337", client=client))
