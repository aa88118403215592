"""Sending SMS and campaigns through the generated client and the overlay, against the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from bytehand_client import Client
from bytehand_client.api.contacts import create_contact_list, create_contact_list_contacts, create_contact_list_property
from bytehand_client.api.history import query_history
from bytehand_client.api.sms_campaigns import (
    delete_sms_campaign_by_id,
    get_sms_campaign_by_id,
    get_sms_campaign_countries,
    get_sms_campaign_parts,
    get_sms_campaign_states,
    send_sms_campaign,
    update_sms_campaign_by_id,
)
from bytehand_client.api.sms_messages import (
    delete_sms,
    delete_sms_by_id,
    get_sms_by_id,
    query_sms,
    query_sms_count,
    send_sms,
    update_sms,
    update_sms_by_id,
)
from bytehand_client.api.sms_senders import get_sms_sender_by_id, put_sms_sender
from bytehand_client.api.users import get_current_user, set_current_user_routing
from bytehand_client.models import (
    ContactInput,
    ContactList,
    ContactListInput,
    ContactListPropertyInput,
    ContactProperties,
    Routing,
    RoutingMode,
    SendResult,
    SmsCampaign,
    SmsCampaignInput,
    SmsMessage,
    SmsMessageInput,
    SmsSenderInput,
    SmsState,
    SmsUpdate,
    User,
)

from sms_clients import Conflict, InvalidRequest, NotFound, PermissionDenied, bytehand

from ..conftest import READ_ONLY_KEY

RECEIVER = "+79161234567"  # MTS, 2.45 a part


def send(client: Client, text: str = "Hello!", **fields: object) -> SendResult:
    sent = send_sms.sync(
        client=client, body=SmsMessageInput(receiver=fields.pop("receiver", RECEIVER), text=text, **fields)
    )
    assert isinstance(sent, SendResult)
    return sent


def message(client: Client, sms_id: str) -> SmsMessage:
    found = get_sms_by_id.sync(client=client, sms_id=sms_id)
    assert isinstance(found, SmsMessage)
    return found


def balance(client: Client) -> float:
    user = get_current_user.sync(client=client)
    assert isinstance(user, User)
    return user.balance


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def test_a_sent_message_has_a_string_id_beyond_2_53_and_is_charged(client: Client) -> None:
    before = balance(client)
    sent = send(client)
    assert (sent.result, sent.count, sent.ids) == ("created", 1, [sent.id])
    assert isinstance(sent.id, str)
    assert int(sent.id) > 2**53
    found = message(client, sent.id)
    assert (found.receiver, found.sender, found.text, found.parts, found.operator) == (
        RECEIVER,
        "SMS-INFO",
        "Hello!",
        1,
        "MTS",
    )
    assert found.cost == 2.45
    assert balance(client) == pytest.approx(before - 2.45)


def test_the_raw_reply_keeps_the_id_a_string(base_url: str) -> None:
    reply = httpx.post(
        f"{base_url}/sms/messages",
        headers={"X-Service-Key": "bytehand-demo-key"},
        json={"sender": "SMS-INFO", "receiver": "+79161234567", "text": "raw"},
    )
    assert reply.status_code == 201
    assert reply.json()["result"] == "created"
    assert f'"id": "{reply.json()["id"]}"' in reply.text


def test_the_control_api_lists_what_was_sent(client: Client, control: httpx.Client) -> None:
    sent = send(client, "listed")
    (listed,) = control.get("/messages", params={"provider": "bytehand"}).json()  # seeded demo messages are not
    assert (listed["id"], listed["to"], listed["text"], listed["providerState"]) == (
        sent.id,
        RECEIVER,
        "listed",
        "SENT",
    )


def test_an_array_sends_every_message_and_answers_every_id(client: Client) -> None:
    body = [SmsMessageInput(receiver=RECEIVER, text=f"n{n}") for n in range(3)]
    sent = send_sms.sync(client=client, body=body)
    assert isinstance(sent, SendResult)
    assert sent.count == 3
    assert sent.id == sent.ids[0]
    assert [message(client, sms_id).text for sms_id in sent.ids] == ["n0", "n1", "n2"]


def test_a_message_goes_from_sent_to_delivered_as_the_clock_moves(client: Client, control: httpx.Client) -> None:
    sent = send(client)
    assert message(client, sent.id).state == SmsState.SENT
    advance(control, 5)
    done = message(client, sent.id)
    assert done.state == SmsState.DELIVERED
    assert isinstance(done.done_at, datetime)


@pytest.mark.parametrize(
    ("receiver", "state", "error_code"),
    [("+79161230403", SmsState.REJECTED, 403), ("+79161230404", SmsState.UNDELIVERED, 1)],
)
def test_special_receivers_reach_the_failure_states(
    client: Client, control: httpx.Client, receiver: str, state: SmsState, error_code: int
) -> None:
    sent = send(client, receiver=receiver)
    advance(control, 5)
    found = message(client, sent.id)
    assert (found.state, found.error_code) == (state, error_code)


def test_a_scheduled_message_waits_can_be_stopped_and_restarted(client: Client, control: httpx.Client) -> None:
    sent = send(client, send_after=datetime.now(UTC) + timedelta(hours=1))
    assert message(client, sent.id).state == SmsState.NEW
    stopped = update_sms_by_id.sync(client=client, sms_id=sent.id, body=SmsUpdate(stopped=True))
    assert isinstance(stopped, SmsMessage)
    assert stopped.state == SmsState.STOPPED
    advance(control, 2 * 3600)
    assert message(client, sent.id).state == SmsState.STOPPED
    update_sms_by_id.sync(client=client, sms_id=sent.id, body=SmsUpdate(stopped=False))
    assert message(client, sent.id).state == SmsState.SENT  # its time has passed, so it leaves at once
    with pytest.raises(Conflict):
        update_sms_by_id.sync(client=client, sms_id=sent.id, body=SmsUpdate(stopped=True))


def test_the_bulk_update_and_delete_act_on_what_the_query_matches(client: Client) -> None:
    later = datetime.now(UTC) + timedelta(days=1)
    for text in ("bulk one", "bulk two", "other"):
        send(client, text, send_after=later)
    changed = update_sms.sync(client=client, query="text=~bulk", body=SmsUpdate(stopped=True))
    assert (changed.result, changed.count) == ("updated", 2)
    assert bytehand.count(query_sms_count.sync_detailed, client=client, query="state==STOPPED") == 2
    deleted = delete_sms.sync(client=client, query="state==STOPPED")
    assert (deleted.result, deleted.count) == ("deleted", 2)
    assert bytehand.count(query_sms_count.sync_detailed, client=client, query="text=~bulk") == 0


def test_a_deleted_message_is_gone(client: Client) -> None:
    sent = send(client)
    assert delete_sms_by_id.sync_detailed(client=client, sms_id=sent.id).status_code == 204
    with pytest.raises(NotFound) as caught:
        get_sms_by_id.sync(client=client, sms_id=sent.id)
    assert caught.value.message == f"smsId: no message {sent.id}"


def test_search_sorts_pages_and_selects_fields(client: Client) -> None:
    for text in ("zz-b", "zz-c", "zz-a"):
        send(client, text)
    found = query_sms.sync(client=client, query="text>=zz- and parts==1", sort="text", fields="text")
    assert isinstance(found, list)
    assert [item.text for item in found] == ["zz-a", "zz-b", "zz-c"]
    page = query_sms.sync_detailed(client=client, query="text=~zz-", sort="-text", page=2, count=1, fields="text")
    assert [item.text for item in page.parsed] == ["zz-b"]
    assert page.headers["X-Total-Count"] == "3"


def test_fields_leave_out_what_was_not_asked_for(base_url: str, client: Client) -> None:
    send(client, "only these")
    reply = httpx.get(
        f"{base_url}/sms/messages",
        headers={"X-Service-Key": "bytehand-demo-key"},
        params={"query": "text=='only these'", "fields": "text,state"},
    )
    assert [set(item) for item in reply.json()] == [{"id", "text", "state"}]


def test_a_query_outside_the_grammar_is_a_400_naming_the_parameter(base_url: str) -> None:
    reply = httpx.get(
        f"{base_url}/sms/messages", headers={"X-Service-Key": "bytehand-demo-key"}, params={"query": "colour==red"}
    )
    assert reply.status_code == 400
    assert reply.json() == {
        "status": 400,
        "description": "query parameter 'query': 'colour==red' does not match the pattern the spec gives for it",
    }


def test_the_history_lists_what_was_sent_to_one_number(client: Client) -> None:
    send(client, "to him", receiver="+79167770001")
    send(client, "to someone else", receiver="+79167770002")
    history = query_history.sync(client=client, phone="79167770001")
    assert [item.text for item in history] == ["to him"]


def test_sending_without_money_or_to_nowhere_is_refused_with_403(other: Client, client: Client) -> None:
    with pytest.raises(PermissionDenied, match=r"not enough money: this needs 2\.45, the balance is 0\.00"):
        send(other)
    with pytest.raises(PermissionDenied, match="no route"):
        send(client, receiver="+99912345678")


def test_a_malformed_message_is_a_400_in_the_v1_error_shape(base_url: str) -> None:
    reply = httpx.post(
        f"{base_url}/sms/messages", headers={"X-Service-Key": "bytehand-demo-key"}, json={"text": "no receiver"}
    )
    assert reply.status_code == 400
    assert reply.json() == {"status": 400, "description": "'receiver' is a required property"}


def test_the_routing_policy_blocks_other_countries(client: Client) -> None:
    set_current_user_routing.sync(client=client, body=Routing(mode=RoutingMode.LISTED, countries=["KZ"]))
    with pytest.raises(PermissionDenied, match="does not allow sending to RU"):
        send(client)
    assert send(client, receiver="+77011234567").count == 1


def test_a_sender_signature_must_be_approved_first(client: Client, control: httpx.Client) -> None:
    created = put_sms_sender.sync_detailed(client=client, body=SmsSenderInput(sender="MyShop", description="Shop"))
    assert created.status_code == 201
    assert created.parsed.state == "PENDING"
    with pytest.raises(PermissionDenied, match="'MyShop' is not an APPROVED signature"):
        send(client, sender="MyShop")
    advance(control, 3601)
    assert get_sms_sender_by_id.sync(client=client, sms_sender_id=created.parsed.id).state == "APPROVED"
    assert send(client, sender="MyShop").count == 1
    again = put_sms_sender.sync_detailed(client=client, body=SmsSenderInput(sender="MyShop", description="New"))
    assert (again.status_code, again.parsed.id, again.parsed.description) == (200, created.parsed.id, "New")
    rejected = put_sms_sender.sync(client=client, body=SmsSenderInput(sender="MyBank"))
    advance(control, 3601)
    assert get_sms_sender_by_id.sync(client=client, sms_sender_id=rejected.id).state == "REJECTED"


def test_a_read_only_key_may_read_but_not_send(base_url: str) -> None:
    reader = bytehand.connect(base_url, api_key=READ_ONLY_KEY)
    assert isinstance(query_sms.sync(client=reader), list)
    with pytest.raises(PermissionDenied, match="lacks the access right sms_send that sendSms needs"):
        send(reader)


def test_another_accounts_message_does_not_exist_for_you(client: Client, other: Client) -> None:
    sent = send(client)
    with pytest.raises(NotFound):
        get_sms_by_id.sync(client=other, sms_id=sent.id)


def campaign_list(client: Client) -> int:
    contact_list = create_contact_list.sync(client=client, body=ContactListInput(name="Campaign list"))
    assert isinstance(contact_list, ContactList)
    create_contact_list_property.sync(
        client=client, list_id=contact_list.id, body=ContactListPropertyInput(name="city")
    )
    contacts = [
        ContactInput(phone="+79161110011", name="Anna", properties=ContactProperties.from_dict({"city": "Kazan"})),
        ContactInput(phone="+77011110012", name="Dana"),
        ContactInput(phone="+375291110013", name="Yan"),
    ]
    create_contact_list_contacts.sync(client=client, list_id=contact_list.id, body=contacts)
    return contact_list.id


def test_a_campaign_sends_one_personal_message_per_contact(client: Client, control: httpx.Client) -> None:
    list_id = campaign_list(client)
    before = balance(client)
    sent = send_sms_campaign.sync(
        client=client, body=SmsCampaignInput(name="Hello all", text="Hi {name} from {city}!", contact_list_id=list_id)
    )
    assert isinstance(sent, SendResult)
    assert sent.count == 3
    campaign = get_sms_campaign_by_id.sync(client=client, sms_campaign_id=sent.id)
    assert isinstance(campaign, SmsCampaign)
    assert (campaign.messages, campaign.state) == (3, "SENDING")
    texts = sorted(item.text for item in query_sms.sync(client=client, query=f"campaign_id=={sent.id}"))
    assert texts == ["Hi Anna from Kazan!", "Hi Dana from !", "Hi Yan from !"]
    assert balance(client) == pytest.approx(before - campaign.cost)
    countries = get_sms_campaign_countries.sync(client=client, sms_campaign_id=sent.id)
    assert sorted(entry.country for entry in countries) == ["BY", "KZ", "RU"]
    parts = get_sms_campaign_parts.sync(client=client, sms_campaign_id=sent.id)
    assert [(entry.parts, entry.messages) for entry in parts] == [(1, 3)]
    advance(control, 5)
    assert get_sms_campaign_by_id.sync(client=client, sms_campaign_id=sent.id).state == "FINISHED"
    states = get_sms_campaign_states.sync(client=client, sms_campaign_id=sent.id)
    assert [(entry.state, entry.messages) for entry in states] == [(SmsState.DELIVERED, 3)]
    with pytest.raises(Conflict):
        update_sms_campaign_by_id.sync(client=client, sms_campaign_id=sent.id, body=SmsUpdate(stopped=True))


def test_a_scheduled_campaign_can_be_stopped_and_is_deleted_with_its_messages(client: Client) -> None:
    list_id = campaign_list(client)
    later = datetime.now(UTC) + timedelta(days=1)
    sent = send_sms_campaign.sync(
        client=client, body=SmsCampaignInput(name="Later", text="Soon", contact_list_id=list_id, send_after=later)
    )
    stopped = update_sms_campaign_by_id.sync(client=client, sms_campaign_id=sent.id, body=SmsUpdate(stopped=True))
    assert stopped.state == "STOPPED"
    assert bytehand.count(query_sms_count.sync_detailed, client=client, query=f"campaign_id=={sent.id}") == 3
    delete_sms_campaign_by_id.sync_detailed(client=client, sms_campaign_id=sent.id)
    assert bytehand.count(query_sms_count.sync_detailed, client=client, query=f"campaign_id=={sent.id}") == 0
    with pytest.raises(NotFound):
        get_sms_campaign_by_id.sync(client=client, sms_campaign_id=sent.id)


def test_a_campaign_to_an_unknown_list_is_not_found(client: Client) -> None:
    with pytest.raises(NotFound, match="contact_list_id: no contact list 999"):
        send_sms_campaign.sync(client=client, body=SmsCampaignInput(name="x", text="y", contact_list_id=999))


def test_an_invalid_field_type_is_invalid_request(base_url: str) -> None:
    with pytest.raises(InvalidRequest):
        send_sms_campaign.sync(
            client=bytehand.connect(base_url, api_key="bytehand-demo-key"),
            body=SmsCampaignInput.from_dict({"name": "", "text": "y", "contact_list_id": 1}),
        )
