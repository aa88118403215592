"""A user of tyntec_client, written against the client generated from the committed spec.

It calls what the corpus edits touch twice, with only the required arguments and
with every argument, and reads every reply field it gets, as application code
would: required fields as they are, optional ones with a default (``value or
default`` works whether the client spells "missing" ``Unset`` or ``None``).
"""

import datetime

from tyntec_client import Client
from tyntec_client.api.byon_contact_service import create_contact, list_contacts
from tyntec_client.api.sms_conversion import send_conversion_report
from tyntec_client.api.sms_messaging import get_sms_status, send_sms
from tyntec_client.models import (
    CallbackMethod,
    ContactEntity,
    ConversionEvent,
    DeliveryState,
    Encoding,
    RestMessageResponse,
    SmsMessage,
)


def text(value: str) -> None:
    assert isinstance(value, str), value


def number(value: int) -> None:
    assert isinstance(value, int), value


def moment(value: datetime.datetime) -> None:
    assert isinstance(value, datetime.datetime), value


def show(status: RestMessageResponse) -> None:
    text(status.request_id)
    for value in (status.done_date, status.error_code, status.error_reason, status.from_, status.href):
        text(value or "-")
    for value in (status.mccmnc, status.overall_price, status.reference, status.status, status.to, status.ttid):
        text(value or "-")
    number(status.size or 0)
    if status.price_effective:
        moment(status.price_effective)
    if status.submit_date:
        moment(status.submit_date)
    if status.status == DeliveryState.DELIVERED or status.status == DeliveryState.EXPIRED:
        text("final")
    for part in status.parts or []:
        for value in (part.currency, part.delivery_state, part.done_date, part.error_code, part.part_id):
            text(value or "-")
        text(part.price or "0")
        text(part.status_text or "")
        if part.price_effective:
            moment(part.price_effective)


def show_contact(contact: ContactEntity) -> None:
    for value in (contact.company_name, contact.contact_email, contact.contact_name, contact.contact_phone):
        text(value)
    for optional in (contact.company_address, contact.contact_id, contact.contact_title, contact.friendly_name):
        text(optional or "-")


def main(client: Client) -> None:
    show(send_sms.sync(client=client, body=SmsMessage(to="+491701234567", from_="ACME", message="Hello")))
    for encoding in (Encoding.AUTO, Encoding.GSM7, Encoding.UNICODE):
        everything = SmsMessage(
            to="+491701234567",
            from_="ACME",
            message="Hello",
            encoding=encoding,
            gateway="premium",
            conversion=True,
            send_date_time=datetime.datetime(2030, 1, 31, 12, 0, tzinfo=datetime.UTC),
            validity="1440",
            reference="order-1",
            callback_url="https://example.com/dlr",
            callback_method=CallbackMethod.POST,
            part_limit=2,
            trate=0.5,
            mrate=0.25,
            upper_cased=False,
            keep_emojis=True,
            flash=False,
        )
        show(send_sms.sync(client=client, body=everything))
    show(get_sms_status.sync(request_id="e74db8d4-77ad-4671-8feb-9bc76b0df188", client=client))
    send_conversion_report.sync(client=client, body=ConversionEvent(request_id="e74db8d4", delivered=True))
    for page in list_contacts.sync(client=client) + list_contacts.sync(client=client, friendly_name="ops"):
        number(page.size or 0)
        for contact in page.contacts or []:
            show_contact(contact)
    minimal = ContactEntity(
        company_name="ACME", contact_email="a@example.com", contact_name="Al", contact_phone="+4915"
    )
    show_contact(create_contact.sync(client=client, body=minimal))
    full = ContactEntity(
        company_name="ACME",
        contact_email="a@example.com",
        contact_name="Al",
        contact_phone="+4915",
        company_address="Main St 1",
        contact_title="Dr",
        friendly_name="ops",
    )
    show_contact(create_contact.sync(client=client, body=full))
