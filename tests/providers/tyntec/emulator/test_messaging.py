"""Sending SMS through the generated client and the overlay, against the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from tyntec_client import Client
from tyntec_client.api.sms_conversion import send_conversion_report
from tyntec_client.api.sms_messaging import get_sms_status, send_sms, send_sms_via_get
from tyntec_client.models import CallbackMethod, ConversionEvent, Encoding, RestMessageResponse, SmsMessage

from sms_clients import AuthenticationFailed, InvalidRequest, NotFound, tyntec
from tests._server import Receiver

RECIPIENT = "+491701234567"


def send(client: Client, message: str = "Hello world!", **fields: Any) -> RestMessageResponse:
    sent = send_sms.sync(
        client=client, body=SmsMessage(to=fields.pop("to", RECIPIENT), from_="ACME", message=message, **fields)
    )
    assert isinstance(sent, RestMessageResponse)
    return sent


def status_of(client: Client, request_id: str) -> RestMessageResponse:
    found = get_sms_status.sync(client=client, request_id=request_id)
    assert isinstance(found, RestMessageResponse)
    return found


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def stored(control: httpx.Client, request_id: str) -> dict[str, Any]:
    (found,) = [m for m in control.get("/messages", params={"provider": "tyntec"}).json() if m["id"] == request_id]
    return found


def test_a_sent_message_is_found_by_its_request_id(client: Client) -> None:
    sent = send(client)
    found = status_of(client, sent.request_id)
    assert found.request_id == sent.request_id
    assert (found.to, found.from_, found.size) == (RECIPIENT, "ACME", 1)
    assert found.status in {"ACCEPTED", "BUFFERED"}
    assert found.href.endswith(f"/tyntec/messaging/v1/messages/{sent.request_id}")


def test_sending_with_get_works_like_post(client: Client, control: httpx.Client) -> None:
    sent = send_sms_via_get.sync(client=client, to=RECIPIENT, from_="ACME", message="via GET", reference="ref-1")
    assert isinstance(sent, RestMessageResponse)
    assert status_of(client, sent.request_id).reference == "ref-1"
    assert stored(control, sent.request_id)["text"] == "via GET"


def test_a_message_reaches_delivered_as_the_clock_moves(client: Client, control: httpx.Client) -> None:
    sent = send(client)
    advance(control, 5)
    found = status_of(client, sent.request_id)
    assert found.status == "DELIVERED"
    assert isinstance(found.done_date, str)
    assert [part.delivery_state for part in found.parts] == ["DELIVERED"]


@pytest.mark.parametrize(
    ("text", "encoding", "parts", "effective"),
    [
        ("a" * 160, Encoding.AUTO, 1, "GSM7"),
        ("a" * 161, Encoding.AUTO, 2, "GSM7"),
        ("a" * 304, Encoding.AUTO, 2, "GSM7"),  # 2 x 152
        ("a" * 305, Encoding.AUTO, 3, "GSM7"),
        ("€" * 80, Encoding.AUTO, 1, "GSM7"),  # extension characters take two septets
        ("€" * 81, Encoding.AUTO, 2, "GSM7"),
        ("ж" * 70, Encoding.AUTO, 1, "UNICODE"),
        ("ж" * 71, Encoding.AUTO, 2, "UNICODE"),
        ("ж" * 132, Encoding.AUTO, 2, "UNICODE"),  # 2 x 66
        ("ж" * 133, Encoding.AUTO, 3, "UNICODE"),
        ("a" * 71, Encoding.UNICODE, 2, "UNICODE"),
        ("ж" * 100, Encoding.GSM7, 1, "GSM7"),
    ],
)
def test_parts_follow_the_gsm7_and_ucs2_limits(
    client: Client, control: httpx.Client, text: str, encoding: Encoding, parts: int, effective: str
) -> None:
    sent = send(client, text, encoding=encoding)
    assert sent.size == parts
    assert len(sent.parts) == parts
    assert stored(control, sent.request_id)["details"]["encoding"] == effective


def test_part_limit_rejects_a_longer_message_naming_the_field(client: Client) -> None:
    with pytest.raises(InvalidRequest) as caught:
        send(client, "a" * 161, part_limit=1)
    assert caught.value.status == 400
    assert "partLimit" in caught.value.message
    assert caught.value.code == "ConstraintViolation"


def test_an_invalid_field_is_named_in_the_problem(base_url: str) -> None:
    reply = httpx.post(
        f"{base_url}/messaging/v1/sms",
        headers={"apikey": "tyntec-demo-key"},
        json={"to": "not-a-number", "from": "ACME", "message": "x"},
    )
    assert reply.status_code == 400
    assert reply.headers["content-type"] == "application/problem+json"
    assert "'to'" in reply.json()["detail"]


def test_a_scheduled_message_waits_for_its_send_time(client: Client, control: httpx.Client) -> None:
    at = datetime.now(UTC) + timedelta(hours=1)
    sent = send(client, send_date_time=at)
    advance(control, 30 * 60)
    assert status_of(client, sent.request_id).status == "ACCEPTED"
    control.post("/clock", json={"now": (at + timedelta(seconds=0.5)).isoformat()}).raise_for_status()
    assert status_of(client, sent.request_id).status == "BUFFERED"
    advance(control, 5)
    assert status_of(client, sent.request_id).status == "DELIVERED"


def test_validity_expires_a_message_that_could_not_go_in_time(client: Client, control: httpx.Client) -> None:
    sent = send(client, send_date_time=datetime.now(UTC) + timedelta(minutes=10), validity="5")
    advance(control, 4 * 60)
    assert status_of(client, sent.request_id).status == "ACCEPTED"
    advance(control, 2 * 60)
    found = status_of(client, sent.request_id)
    assert found.status == "EXPIRED"
    assert found.error_reason == "Validity period expired"


@pytest.mark.parametrize(
    ("recipient", "state", "error_code"),
    [("+491700000403", "REJECTED", "13"), ("+491700000404", "UNDELIVERABLE", "1")],
)
def test_special_recipients_reach_the_failure_states(
    client: Client, control: httpx.Client, recipient: str, state: str, error_code: str
) -> None:
    sent = send(client, to=recipient)
    advance(control, 5)
    found = status_of(client, sent.request_id)
    assert (found.status, found.error_code) == (state, error_code)


def test_encoding_and_flash_are_kept(client: Client, control: httpx.Client) -> None:
    sent = send(client, "plain", encoding=Encoding.UNICODE, flash=True)
    details = stored(control, sent.request_id)["details"]
    assert (details["encoding"], details["flash"]) == ("UNICODE", True)


def test_delivery_reports_are_posted_to_the_callback_url(
    client: Client, control: httpx.Client, callback_receiver: Receiver
) -> None:
    sent = send(client, callback_url=f"{callback_receiver.url}/dlr", reference="order-7")
    (first,) = callback_receiver.wait_for(1)
    assert tyntec.parse_delivery_report(first.body).status == "BUFFERED"
    advance(control, 5)
    reports = callback_receiver.wait_for(2)
    assert [r.method for r in reports] == ["POST", "POST"]
    final = tyntec.parse_delivery_report(reports[-1].body)
    assert (final.request_id, final.status, final.reference) == (sent.request_id, "DELIVERED", "order-7")
    assert {r.path for r in reports} == {"/dlr"}


def test_delivery_reports_use_get_when_asked(
    client: Client, control: httpx.Client, callback_receiver: Receiver
) -> None:
    sent = send(client, callback_url=f"{callback_receiver.url}/dlr", callback_method=CallbackMethod.GET)
    callback_receiver.wait_for(1)
    advance(control, 5)
    last = callback_receiver.wait_for(2)[-1]
    assert last.method == "GET"
    assert (last.query["requestId"], last.query["status"]) == ([sent.request_id], ["DELIVERED"])


def test_a_conversion_report_is_accepted_for_a_known_message(client: Client, control: httpx.Client) -> None:
    sent = send(client)
    event = ConversionEvent(request_id=sent.request_id, delivered=False)
    assert send_conversion_report.sync_detailed(client=client, body=event).status_code == 200
    conversions = stored(control, sent.request_id)["details"]["conversions"]
    assert [c["delivered"] for c in conversions] == [False]


def test_a_conversion_report_for_an_unknown_message_is_not_found(client: Client) -> None:
    with pytest.raises(NotFound) as caught:
        send_conversion_report.sync(client=client, body=ConversionEvent(request_id="no-such-request"))
    assert "no-such-request" in caught.value.message


def test_reading_an_unknown_message_raises_not_found(client: Client) -> None:
    with pytest.raises(NotFound) as caught:
        get_sms_status.sync(client=client, request_id="unknown")
    assert (caught.value.status, caught.value.provider) == (404, "tyntec")


def test_another_accounts_message_is_not_found(client: Client, base_url: str) -> None:
    sent = send(client)
    other = tyntec.connect(base_url, api_key="tyntec-messaging-only-key")
    with pytest.raises(NotFound):
        get_sms_status.sync(client=other, request_id=sent.request_id)


def test_a_wrong_key_raises_authentication_failed_without_showing_the_key(base_url: str) -> None:
    client = tyntec.connect(base_url, api_key="wrong-key-0123456789")
    with pytest.raises(AuthenticationFailed) as caught:
        send(client)
    assert caught.value.status == 401
    assert "wrong-key-0123456789" not in str(caught.value)
    assert "wrong-key-0123456789" not in repr(client)


@pytest.mark.anyio
async def test_the_async_functions_raise_the_same_errors(base_url: str) -> None:
    client = tyntec.connect(base_url, api_key="tyntec-demo-key")
    sent = await send_sms.asyncio(client=client, body=SmsMessage(to=RECIPIENT, from_="ACME", message="async"))
    assert isinstance(sent, RestMessageResponse)
    with pytest.raises(NotFound):
        await get_sms_status.asyncio(client=client, request_id="unknown")
