"""Sending SMS and reading them back through /v1/sms-full-data, with the generated client and the overlay."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from jomobile_client.api.account import get_me, register_customer
from jomobile_client.api.black_list import add_to_black_list
from jomobile_client.api.sms import get_sms_full_data, refactor_sms
from jomobile_client.models import (
    NumberList,
    PlainMessage,
    Registration,
    SentSms,
    SentSmsStatus,
    SmsMessage,
    SmsRecord,
    SmsSearch,
    SmsType,
)

from sms_clients import jomobile

from ..conftest import advance, raw_token

KYIVSTAR = "380671234567"  # UA, MCC 255, MNC 3, list price 0.0300
VODAFONE_UA = "380501234567"  # UA, MCC 255, MNC 1
TELEKOM_DE = "4915112345678"  # DE, MCC 262, MNC 1
DISCOUNT = 0.9  # the demo account pays 10% less than the list price


def message(number: str | list[str] = KYIVSTAR, text: str = "Hello!", **fields: Any) -> SmsMessage:
    return SmsMessage(number=number, sender_id=fields.pop("sender_id", "ACME"), text=text, **fields)


def send(client: jomobile.JoMobileClient, *messages: SmsMessage) -> list[SentSms]:
    return jomobile.send_messages(client, list(messages))


def full_data(client: jomobile.JoMobileClient, **filters: Any) -> list[SmsRecord]:
    return jomobile.data(get_sms_full_data.sync(client=client, body=SmsSearch(**filters)))


def one(client: jomobile.JoMobileClient, sent: SentSms) -> SmsRecord:
    assert isinstance(sent.id, int)
    (record,) = full_data(client, id_base=[sent.id])
    return record


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def emulated_now(control: httpx.Client) -> datetime:
    return datetime.fromisoformat(control.get("/clock").json()["now"].replace("Z", "+00:00"))


def test_a_sent_message_is_read_back_with_its_full_data(client: jomobile.JoMobileClient, control: httpx.Client) -> None:
    (sent,) = send(client, message(delivery=True))
    assert (sent.number, sent.status, sent.parts) == (KYIVSTAR, SentSmsStatus.SENT, 1)
    assert sent.price == pytest.approx(0.03 * DISCOUNT)
    advance(control, 5)
    record = one(client, sent)
    assert (record.phone, record.sender, record.text, record.type_sms) == (KYIVSTAR, "ACME", "Hello!", "SMS")
    assert (record.mcc, record.mnc, record.country, record.operator) == (255, 3, "UA", "Kyivstar")
    assert record.status == "DELIVERED"
    assert isinstance(record.date_delivery, str)
    assert (record.lifetime, record.delivery, record.currency) == (86400, True, "EUR")  # seconds


def test_the_balance_pays_for_what_is_sent(client: jomobile.JoMobileClient) -> None:
    before = jomobile.data(get_me.sync(client=client)).balance
    sent = send(client, message(text="a" * 161), message(TELEKOM_DE))
    assert [s.parts for s in sent] == [2, 1]
    after = jomobile.data(get_me.sync(client=client)).balance
    assert before - after == pytest.approx((2 * 0.03 + 0.07) * DISCOUNT)


def test_a_customer_without_money_is_refused_naming_the_balance(base_url: str) -> None:
    with jomobile.connect(base_url, username="broke", password="secret-1") as client:
        body = Registration(login="broke", password="secret-1", name="B", phone="380501111111", email="b@example.com")
        assert jomobile.data(register_customer.sync(client=client, body=body)).balance == 0
        with pytest.raises(jomobile.RequestRejected) as caught:
            send(client, message())
    assert list(caught.value.errors) == ["balance"]


def test_more_than_100_messages_go_out_in_packages_of_100(client: jomobile.JoMobileClient) -> None:
    packages: list[int] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("/v1/send"):
            packages.append(request.content.count(b'"number"'))

    client.get_httpx_client().event_hooks["request"].append(on_request)
    numbers = [f"38067{index:07d}" for index in range(250)]
    sent = jomobile.send_messages(client, [message(number) for number in numbers])
    assert packages == [100, 100, 50]
    assert [s.number for s in sent] == numbers
    assert sorted(r.phone for r in full_data(client, limit=None)) == numbers


def test_a_list_of_numbers_counts_as_one_message_per_number(client: jomobile.JoMobileClient) -> None:
    """The 100-message limit counts the messages that result; ``send_messages`` packs them the same way."""
    bodies: list[list[dict[str, object]]] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path.endswith("/v1/send"):
            bodies.append(json.loads(request.content))

    client.get_httpx_client().event_hooks["request"].append(on_request)
    listed = [f"38067{index:07d}" for index in range(150)]
    sent = jomobile.send_messages(client, [message("380501234567"), message(listed), message("380501234568")])
    assert [sum(len(m["number"]) if isinstance(m["number"], list) else 1 for m in body) for body in bodies] == [100, 52]
    assert [s.number for s in sent] == ["380501234567", *listed, "380501234568"]


def test_a_later_package_that_fails_reports_what_went_out(client: jomobile.JoMobileClient) -> None:
    messages = [message(f"38067{index:07d}") for index in range(150)]
    messages[120] = message("not-a-number")  # the client does not check patterns; the API refuses it
    with pytest.raises(jomobile.PartiallySent) as caught:
        jomobile.send_messages(client, messages)
    partial = caught.value
    assert len(partial.sent) == 100
    assert partial.unsent == messages[100:]
    assert isinstance(partial.__cause__, jomobile.RequestRejected)
    assert list(partial.__cause__.errors) == ["number"]
    assert "100 of 150 messages were sent" in str(partial)
    assert len(full_data(client)) == 100


def test_a_first_package_that_fails_raises_its_own_error(client: jomobile.JoMobileClient) -> None:
    with pytest.raises(jomobile.RequestRejected) as caught:
        jomobile.send_messages(client, [message("12")])
    assert caught.value.errors == {"number": ["'12' does not match '^\\\\+?[0-9]{5,15}$'"]}
    assert full_data(client) == []


def test_the_api_refuses_more_than_100_messages_in_one_request(base_url: str, control: httpx.Client) -> None:
    body = [{"number": KYIVSTAR, "senderID": "ACME", "text": "x"}] * 101
    reply = httpx.post(f"{base_url}/v1/send", json=body, headers={"X-Access-Token": raw_token(base_url)})
    assert reply.status_code == 400
    assert reply.json() == {
        "status": False,
        "error_code": 400,
        "errors": {"body": ["has 101 items, more than the 100 allowed"]},
    }
    assert control.get("/messages", params={"provider": "jomobile"}).json() == []


def test_a_planned_message_waits_for_its_begin_date_and_time(
    client: jomobile.JoMobileClient, control: httpx.Client
) -> None:
    planned = (emulated_now(control) + timedelta(hours=1)).replace(second=0, microsecond=0)
    (sent,) = send(
        client, message(begin_date=planned.strftime("%Y-%m-%d"), begin_time=planned.strftime("%H:%M"), delivery=True)
    )
    assert sent.status == SentSmsStatus.SCHEDULED
    assert one(client, sent).date_send == stamp(planned)
    advance(control, 30 * 60)
    assert one(client, sent).status == "SCHEDULED"
    advance(control, 31 * 60)
    assert one(client, sent).status == "DELIVERED"


def test_a_message_that_cannot_go_within_its_lifetime_expires(
    client: jomobile.JoMobileClient, control: httpx.Client
) -> None:
    planned = emulated_now(control) + timedelta(hours=2)
    (late,) = send(
        client, message(begin_date=planned.strftime("%Y-%m-%d"), begin_time=planned.strftime("%H:%M"), lifetime=3600)
    )
    (switched_off,) = send(client, message("380671234408", lifetime=600))
    advance(control, 5)
    assert (one(client, late).status, one(client, switched_off).status) == ("SCHEDULED", "SENT")
    advance(control, 11 * 60)
    assert one(client, switched_off).status == "EXPIRED"
    assert one(client, late).status == "SCHEDULED"
    advance(control, 50 * 60)
    assert one(client, late).status == "EXPIRED"


def test_delivery_reports_come_only_when_asked_for(client: jomobile.JoMobileClient, control: httpx.Client) -> None:
    asked, silent, unknown = send(
        client, message(delivery=True), message(VODAFONE_UA, delivery=False), message("380671234404", delivery=True)
    )
    advance(control, 5)
    assert (one(client, asked).status, one(client, silent).status, one(client, unknown).status) == (
        "DELIVERED",
        "SENT",
        "UNDELIVERED",
    )
    assert isinstance(one(client, asked).date_delivery, str)
    assert one(client, silent).date_delivery is None


@pytest.mark.parametrize(
    ("kind", "stored", "parts", "list_price"),
    [
        (SmsType.SMS_LOWERCASE, "SMS", 1, 0.03),
        (SmsType.FLASHSMS, "FLASHSMS", 1, 0.03),
        (SmsType.FLASHSMS_LOWERCASE, "FLASHSMS", 1, 0.03),
        (SmsType.WAPPUSH, "WAPPUSH", 1, 0.036),
        (SmsType.HLR_LOWERCASE, "HLR", 0, 0.004),
    ],
)
def test_the_type_selects_the_product(
    client: jomobile.JoMobileClient, kind: SmsType, stored: str, parts: int, list_price: float
) -> None:
    (sent,) = send(client, message(text="See https://example.com/offer now", type_=kind))
    record = one(client, sent)
    assert (record.type_sms, record.parts) == (stored, parts)
    assert record.price == pytest.approx(list_price * DISCOUNT)
    assert record.url == ("https://example.com/offer" if stored == "WAPPUSH" else None)


def test_false_means_unset_for_optional_strings(base_url: str) -> None:
    body = [
        {"number": KYIVSTAR, "senderID": "ACME", "text": "x", "type": False, "beginDate": False, "beginTime": False}
    ]
    reply = httpx.post(f"{base_url}/v1/send", json=body, headers={"X-Access-Token": raw_token(base_url)})
    assert reply.status_code == 200
    assert reply.json()["data"][0]["status"] == "SENT"
    wrong = [{**body[0], "type": True}]
    refused = httpx.post(f"{base_url}/v1/send", json=wrong, headers={"X-Access-Token": raw_token(base_url)})
    assert refused.status_code == 400
    assert list(refused.json()["errors"]) == ["type"]


def test_a_black_listed_number_is_not_sent(client: jomobile.JoMobileClient) -> None:
    jomobile.data(add_to_black_list.sync(client=client, body=NumberList(numbers=["+" + VODAFONE_UA])))
    blocked, sent = send(client, message(VODAFONE_UA), message(KYIVSTAR))
    assert (blocked.status, blocked.id, blocked.price) == (SentSmsStatus.BLACKLISTED, None, 0)
    assert sent.status == SentSmsStatus.SENT
    assert [r.phone for r in full_data(client)] == [KYIVSTAR]


def test_sms_full_data_honours_every_filter(client: jomobile.JoMobileClient, control: httpx.Client) -> None:
    old = send(client, message(KYIVSTAR, sender_id="OLD"))
    day_before = emulated_now(control)
    advance(control, 24 * 3600)
    start = emulated_now(control)
    kyivstar, vodafone, telekom, lookup = send(
        client,
        message(KYIVSTAR, sender_id="ALPHA"),
        message(VODAFONE_UA, sender_id="BETA"),
        message(TELEKOM_DE, sender_id="ALPHA"),
        message(VODAFONE_UA, sender_id="ALPHA", type_=SmsType.HLR),
    )

    def phones(**filters: Any) -> list[str]:
        return [record.phone for record in full_data(client, **filters)]

    def ids(**filters: Any) -> list[int | None]:
        return [record.id_base for record in full_data(client, **filters)]

    assert ids() == [lookup.id, telekom.id, vodafone.id, kyivstar.id, old[0].id]  # newest first
    assert ids(mcc=255) == [lookup.id, vodafone.id, kyivstar.id, old[0].id]
    assert ids(mcc=255, mnc=1) == [lookup.id, vodafone.id]
    assert ids(mcc=262) == [telekom.id]
    assert ids(sender="ALPHA") == [lookup.id, telekom.id, kyivstar.id]
    assert phones(phone=["+" + TELEKOM_DE, KYIVSTAR]) == [TELEKOM_DE, KYIVSTAR, KYIVSTAR]
    assert ids(id_base=[kyivstar.id, telekom.id]) == [telekom.id, kyivstar.id]
    assert ids(type_sms=SmsType.HLR_LOWERCASE) == [lookup.id]
    assert ids(type_sms=SmsType.SMS) == [telekom.id, vodafone.id, kyivstar.id, old[0].id]
    assert ids(limit=2) == [lookup.id, telekom.id]
    assert ids(time_period=f"{stamp(day_before - timedelta(minutes=1))} - {stamp(day_before)}") == [old[0].id]
    assert ids(time_period=f"{stamp(start)} - {stamp(start + timedelta(minutes=1))}") == [
        lookup.id,
        telekom.id,
        vodafone.id,
        kyivstar.id,
    ]
    assert ids(sender=False, phone=False, id_base=False, time_period=False, type_sms=False, limit=None) == ids()
    advance(control, 7 * 24 * 3600)
    assert ids() == []  # without time_period only the last 7 days are searched
    assert len(ids(time_period=f"{stamp(day_before - timedelta(days=1))} - {stamp(emulated_now(control))}")) == 5


def test_replacement_shows_how_messages_would_go_out_without_sending(client: jomobile.JoMobileClient) -> None:
    body = [
        PlainMessage(
            number="+380 (66) 218-52-99", sender_id="  ACME Corporation ", text="\u201cHi\u201d \u2013 bye\u2026"
        )
    ]
    (shown,) = jomobile.data(refactor_sms.sync(client=client, body=body))
    assert (shown.number, shown.sender_id, shown.text) == ("380662185299", "ACME Corpor", '"Hi" - bye...')
    assert (shown.encoding, shown.parts) == ("GSM7", 1)
    assert full_data(client) == []
