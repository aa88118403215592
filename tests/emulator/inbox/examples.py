"""Example messages for the inbox, sent through each provider's generated client and overlay as an application would.

The browser tests and ``make screenshot`` fill the inbox with these.
"""

from __future__ import annotations

from bytehand_client.api.sms_messages import send_sms as bytehand_send
from bytehand_client.models import SmsMessageInput
from jomobile_client.models import SmsMessage as JoMobileSms
from smsc_client.api.messages import send_message
from tyntec_client.api.sms_messaging import send_sms as tyntec_send
from tyntec_client.models import SmsMessage as TyntecSms

from sms_clients import bytehand, jomobile, smsc, tyntec


def send_one_per_provider(base: str, *, failing_smsc: bool = False) -> dict[str, str]:
    """Send one message per provider; returns each provider's text. ``failing_smsc`` adds one SMSC cannot deliver."""
    texts = {
        "tyntec": "tyntec says: your code is 1234",
        "bytehand": "BYTEHAND говорит: код 4821",
        "jomobile": "Jo Mobile says hello",
        "smsc": "SMSC: заказ отправлен",
    }
    with tyntec.connect(f"{base}/tyntec", api_key="tyntec-demo-key") as client:
        tyntec_send.sync(client=client, body=TyntecSms(to="+491701234567", from_="ACME", message=texts["tyntec"]))
    with bytehand.connect(f"{base}/bytehand/v2", api_key="bytehand-demo-key") as client:
        bytehand_send.sync(client=client, body=SmsMessageInput(receiver="+79161234567", text=texts["bytehand"]))
    with jomobile.connect(f"{base}/jomobile", username="jomobile-demo", password="jomobile-demo-password") as client:
        jomobile.send_messages(
            client, [JoMobileSms(number="380671234567", sender_id="ACME", text=texts["jomobile"], delivery=True)]
        )
    with smsc.connect(f"{base}/smsc", login="demo", password="demo-password") as client:
        phones = "+79031234567,+79031234403" if failing_smsc else "+79031234567"
        send_message.sync(client=client, phones=phones, mes=texts["smsc"], sender="SMSC.RU")
    return texts


def send_extras(base: str, webhook: str) -> None:
    """A longer tyntec message with a delivery report to ``webhook``, and an SMSC message scheduled an hour ahead."""
    with tyntec.connect(f"{base}/tyntec", api_key="tyntec-demo-key") as client:
        text = "Your parcel ACME-2291 arrives today between 10:00 and 12:00. Reply STOP to opt out."
        tyntec_send.sync(
            client=client, body=TyntecSms(to="+447700900123", from_="ACME", message=text, callback_url=webhook)
        )
    with smsc.connect(f"{base}/smsc", login="demo", password="demo-password") as client:
        send_message.sync(
            client=client, phones="+79035550101", mes="Sale starts tomorrow", sender="SMSC.RU", time="+60"
        )
