"""The findings' replies, over HTTP: the emulator's ``reshape`` fault answers the way a real provider might.

Each reply differs from what our specs guess (another 2xx, an enum value the
spec does not list, a guessed field missing, a field of another type). A
client must return the data, or raise the one typed error naming the field;
a 2xx send always returns its data, since the message was sent and charged.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from bytehand_client.api.sms_messages import get_sms_by_id
from bytehand_client.api.sms_messages import send_sms as bytehand_send
from bytehand_client.models import SmsMessageInput, SmsState
from jomobile_client.api.account import get_me
from jomobile_client.models import SmsMessage as JoMobileMessage
from tyntec_client.api.sms_messaging import get_sms_status
from tyntec_client.api.sms_messaging import send_sms as tyntec_send
from tyntec_client.models import SmsMessage as TyntecMessage

from sms_clients import UnexpectedResponse, bytehand, jomobile, tyntec


def reshape(control: httpx.Client, provider: str, operation_id: str, **change: Any) -> None:
    fault = {"provider": provider, "operationId": operation_id, "kind": "reshape", "reshape": change}
    control.post("/faults", json=fault).raise_for_status()


def test_a_bytehand_send_answered_200_returns_its_data(emulator: str, control: httpx.Client) -> None:
    client = bytehand.connect(f"{emulator}/bytehand/v2", api_key="bytehand-demo-key")
    reshape(control, "bytehand", "sendSms", status=200)
    sent = bytehand_send.sync(client=client, body=SmsMessageInput(receiver="+79161234567", text="Hi"))
    assert sent.id.isdigit()
    assert sent.result == "created"


def test_a_tyntec_send_answered_202_returns_its_data(emulator: str, control: httpx.Client) -> None:
    client = tyntec.connect(f"{emulator}/tyntec", api_key="tyntec-demo-key")
    reshape(control, "tyntec", "sendSms", status=202)
    sent = tyntec_send.sync(client=client, body=TyntecMessage(to="+491701234567", from_="ACME", message="Hi"))
    assert sent.request_id.strip()


def test_an_unlisted_state_comes_back_as_it_came(emulator: str, control: httpx.Client) -> None:
    client = bytehand.connect(f"{emulator}/bytehand/v2", api_key="bytehand-demo-key")
    sent = bytehand_send.sync(client=client, body=SmsMessageInput(receiver="+79161234567", text="Hi"))
    reshape(control, "bytehand", "getSmsById", set={"/state": "QUEUED", "/carrier_note": {"x": 1}})
    found = get_sms_by_id.sync(client=client, sms_id=sent.id)
    assert found.state == "QUEUED"
    assert found.state not in list(SmsState)
    assert found.additional_properties["carrier_note"] == {"x": 1}


def test_a_field_of_another_type_is_the_typed_error_naming_it(emulator: str, control: httpx.Client) -> None:
    client = tyntec.connect(f"{emulator}/tyntec", api_key="tyntec-demo-key")
    sent = tyntec_send.sync(client=client, body=TyntecMessage(to="+491701234567", from_="ACME", message="Hi"))
    reshape(control, "tyntec", "getSmsStatus", set={"/parts": 3})
    with pytest.raises(UnexpectedResponse) as caught:
        get_sms_status.sync(client=client, request_id=sent.request_id)
    error = caught.value
    assert (error.path, error.expected, error.got, error.accepted) == (
        "$.parts",
        "list[RestMessagePart]",
        "int 3",
        True,
    )
    assert error.response is not None
    assert b'"parts": 3' in error.response.content
    assert error.body == error.response.content


def test_a_missing_required_field_is_the_typed_error_and_says_the_send_went_out(
    emulator: str, control: httpx.Client
) -> None:
    client = tyntec.connect(f"{emulator}/tyntec", api_key="tyntec-demo-key")
    reshape(control, "tyntec", "sendSms", remove=["/requestId"])
    with pytest.raises(UnexpectedResponse, match="do not send it again") as caught:
        tyntec_send.sync(client=client, body=TyntecMessage(to="+491701234567", from_="ACME", message="Hi"))
    assert (caught.value.path, caught.value.accepted) == ("$.requestId", True)
    assert "nothing (the field is missing)" in str(caught.value)


def test_a_jomobile_send_reply_with_only_ids_returns_them(emulator: str, control: httpx.Client) -> None:
    with jomobile.connect(
        f"{emulator}/jomobile", username="jomobile-demo", password="jomobile-demo-password"
    ) as client:
        reshape(control, "jomobile", "sendSms", remove=["/data/*/number", "/data/*/status", "/data/*/parts"])
        (sent,) = jomobile.send_messages(client, [JoMobileMessage(number="380671234567", sender_id="ACME", text="Hi")])
        assert isinstance(sent.id, int)
        assert sent.to_dict() == {"id": sent.id, "price": sent.price}


@pytest.mark.parametrize("expiry", ["2099-02-12 15:00:00", "soon"])
def test_a_jomobile_token_expiring_as_a_date_or_unreadably_works(
    emulator: str, control: httpx.Client, expiry: str
) -> None:
    with jomobile.connect(
        f"{emulator}/jomobile", username="jomobile-demo", password="jomobile-demo-password"
    ) as client:
        reshape(control, "jomobile", "createAccessToken", set={"/data/expires_at": expiry})
        assert jomobile.data(get_me.sync(client=client)).login == "jomobile-demo"
        assert jomobile.data(get_me.sync(client=client)).login == "jomobile-demo"
        assert client.session.logins == 1
