"""Groups, the numbers in them, the black list, and sending to whole groups."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from jomobile_client.api.account import register_customer
from jomobile_client.api.black_list import add_to_black_list, delete_from_black_list, search_black_list
from jomobile_client.api.groups import (
    add_group_numbers,
    create_group,
    delete_group_numbers,
    delete_groups,
    list_groups,
    search_group_numbers,
    send_to_groups,
)
from jomobile_client.api.sms import get_sms_full_data
from jomobile_client.models import (
    Group,
    GroupContact,
    GroupContactMaleType0,
    GroupIds,
    GroupNumbersAddition,
    GroupNumbersQuery,
    GroupNumbersRemoval,
    GroupQuery,
    GroupSending,
    GroupSendingResult,
    NewGroup,
    NumberList,
    NumberQuery,
    Registration,
    SmsRecord,
    SmsSearch,
)

from sms_clients import jomobile

from ..conftest import DEMO_GROUP, advance

Client = jomobile.JoMobileClient


def new_group(client: Client, name: str, **fields: Any) -> Group:
    return jomobile.data(create_group.sync(client=client, body=NewGroup(name_group=name, **fields)))


def add(client: Client, group: Group, *contacts: GroupContact) -> tuple[int, int]:
    body = GroupNumbersAddition(id_group=group.id_group, numbers=list(contacts))
    change = jomobile.data(add_group_numbers.sync(client=client, body=body))
    return change.added, change.updated


def black_list(client: Client, *numbers: str) -> list[str]:
    return jomobile.data(add_to_black_list.sync(client=client, body=NumberList(numbers=list(numbers)))).numbers


def send_bulk(client: Client, **fields: Any) -> GroupSendingResult:
    body = GroupSending(sender_id=fields.pop("sender_id", "ACME"), text=fields.pop("text", "Hi"), **fields)
    return jomobile.data(send_to_groups.sync(client=client, body=body))


def full_data(client: Client, **filters: Any) -> list[SmsRecord]:
    return jomobile.data(get_sms_full_data.sync(client=client, body=SmsSearch(**filters)))


def set_clock(control: httpx.Client, moment: str) -> None:
    control.post("/clock", json={"now": moment}).raise_for_status()


def test_a_group_sending_fills_in_each_contact_and_skips_excluded_and_black_listed_numbers(
    client: Client, control: httpx.Client
) -> None:
    customers = new_group(client, "Customers")
    regulars = new_group(client, "Regulars")
    opted_out = new_group(client, "Opted out")
    add(
        client,
        customers,
        GroupContact(number="380671110001", name="Olena", surname="Kovalenko", note_1="Gold"),
        GroupContact(number="380671110002", name="Taras"),
        GroupContact(number="380671110003", name="Iryna", surname="Melnyk"),
        GroupContact(number="380671110004", name="Petro", surname="Bondar"),
        GroupContact(number="+4915112340005", name="Anna", surname="Becker", note_1=False),
    )
    add(client, regulars, GroupContact(number="380671110001", name="Lena", note_1="Silver"))
    add(client, opted_out, GroupContact(number="380671110003"), GroupContact(number="380671110099", name="Ivan"))
    black_list(client, "380671110004")

    result = send_bulk(
        client,
        text="Hi #first_name# #last_name#, card #note_1# for #number# #unknown#",
        id_group=[customers.id_group, regulars.id_group],
        id_group_excluded=[opted_out.id_group],
        phone="380671110077",
    )
    advance(control, 5)

    everyone = ["380671110001", "380671110002", "380671110003", "380671110004", "4915112340005"]
    records = full_data(client, phone=[*everyone, "380671110099", "380671110077"])
    by_number = {record.phone: record for record in records}
    assert len(records) == len(by_number) == result.count == 4
    assert sorted(r.id_base for r in records) == sorted(result.id_base)
    assert {number: record.text for number, record in by_number.items()} == {
        "380671110001": "Hi Olena Kovalenko, card Gold for 380671110001 #unknown#",
        "380671110002": "Hi Taras , card  for 380671110002 #unknown#",
        "4915112340005": "Hi Anna Becker, card  for 4915112340005 #unknown#",
        "380671110077": "Hi  , card  for 380671110077 #unknown#",
    }
    assert "380671110003" not in by_number  # in an excluded group
    assert "380671110004" not in by_number  # black-listed
    assert "380671110099" not in by_number  # only in the excluded group
    assert by_number["380671110001"].id_group == customers.id_group
    assert by_number["380671110077"].id_group is None
    assert {record.sender for record in records} == {"ACME"}
    assert {record.status for record in records} == {"DELIVERED"}  # group sendings always report delivery


def test_groups_keep_their_birthday_fields_and_numbers_their_contact_fields(client: Client) -> None:
    group = new_group(
        client,
        "bigRest",
        time_birth="23:22",
        originator_birth="aadfd",
        text_birth="Hello #first_name#! Good luck",
        on_birth=True,
    )
    add(
        client,
        group,
        GroupContact(
            number="380501112233",
            name="Olena",
            surname="Kovalenko",
            patronymic="Petrivna",
            date_birth="1990-05-17",
            male=GroupContactMaleType0.F,
            note_1="VIP",
            note_10="last",
            note_2=False,
        ),
    )
    listed = jomobile.data(list_groups.sync(client=client, body=GroupQuery(id_group=group.id_group)))
    assert listed.total == 1
    (stored,) = listed.groups
    assert (stored.name_group, stored.time_birth, stored.originator_birth) == ("bigRest", "23:22", "aadfd")
    assert (stored.text_birth, stored.on_birth, stored.numbers_count) == ("Hello #first_name#! Good luck", True, 1)
    (contact,) = jomobile.data(
        search_group_numbers.sync(client=client, body=GroupNumbersQuery(id_group=group.id_group))
    )
    assert (contact.number, contact.name, contact.surname, contact.patronymic) == (
        "380501112233",
        "Olena",
        "Kovalenko",
        "Petrivna",
    )
    assert (contact.date_birth, contact.male, contact.note_1, contact.note_10) == ("1990-05-17", "f", "VIP", "last")
    assert contact.note_2 is None  # false means "not set"


def test_birthday_greetings_go_out_at_time_birth_once_a_day(client: Client, control: httpx.Client) -> None:
    set_clock(control, "2031-05-17T08:00:00Z")
    group = new_group(
        client,
        "Birthdays",
        time_birth="09:00",
        originator_birth="ACME",
        text_birth="Happy birthday, #first_name#!",
        on_birth=True,
    )
    quiet = new_group(
        client, "No greetings", time_birth="09:00", originator_birth="ACME", text_birth="x", on_birth=False
    )
    born_today = GroupContact(number="380671230001", name="Olena", date_birth="1990-05-17")
    add(client, group, born_today, GroupContact(number="380671230002", name="Taras", date_birth="1990-05-18"))
    add(client, quiet, GroupContact(number="380671230003", date_birth="1985-05-17"))
    advance(control, 30 * 60)
    assert full_data(client) == []
    advance(control, 31 * 60)
    advance(control, 60)
    (greeting,) = full_data(client)
    assert (greeting.phone, greeting.sender, greeting.text) == ("380671230001", "ACME", "Happy birthday, Olena!")
    assert greeting.id_group == group.id_group


def test_listing_groups_pages_with_limit_and_offset_as_the_page(client: Client) -> None:
    made = [new_group(client, f"group {index}") for index in range(3)]

    def names(**query: Any) -> tuple[int, list[str]]:
        listed = jomobile.data(list_groups.sync(client=client, body=GroupQuery(**query)))
        return listed.total, [group.name_group for group in listed.groups]

    assert names() == (4, ["Demo group", "group 0", "group 1", "group 2"])
    assert names(limit=2, offset=1) == (4, ["group 1", "group 2"])  # offset is the page ("page of view")
    assert names(limit=3, offset=1) == (4, ["group 2"])
    assert names(id_group=0, offset=1) == (4, [])  # without limit one page holds them all
    assert names(id_group=made[1].id_group) == (1, ["group 1"])
    assert names(id_group=999_999) == (0, [])


def test_the_demo_account_has_a_demo_group(client: Client) -> None:
    listed = jomobile.data(list_groups.sync(client=client, body=GroupQuery(id_group=DEMO_GROUP)))
    assert [(g.id_group, g.name_group, g.numbers_count) for g in listed.groups] == [(DEMO_GROUP, "Demo group", 3)]


def test_adding_a_number_again_replaces_its_fields(client: Client) -> None:
    group = new_group(client, "g")
    assert add(client, group, GroupContact(number="380671110001", name="Olena")) == (1, 0)
    assert add(
        client, group, GroupContact(number="+380671110001", name="Lena"), GroupContact(number="380671110002")
    ) == (
        1,
        1,
    )
    query = GroupNumbersQuery(id_group=group.id_group, numbers=["380671110001"])
    (contact,) = jomobile.data(search_group_numbers.sync(client=client, body=query))
    assert contact.name == "Lena"


def test_deleting_numbers_and_groups_ignores_what_is_not_there(client: Client) -> None:
    group = new_group(client, "g")
    add(client, group, GroupContact(number="380671110001"), GroupContact(number="380671110002"))
    removal = GroupNumbersRemoval(id_group=group.id_group, numbers=["380671110001", "380670000000"])
    assert jomobile.data(delete_group_numbers.sync(client=client, body=removal)).deleted == 1
    remaining = jomobile.data(search_group_numbers.sync(client=client, body=GroupNumbersQuery(id_group=group.id_group)))
    assert [c.number for c in remaining] == ["380671110002"]
    ids = GroupIds(id_group=[group.id_group, 999_999])
    assert jomobile.data(delete_groups.sync(client=client, body=ids)).id_group == [group.id_group]
    assert jomobile.data(delete_groups.sync(client=client, body=ids)).id_group == []
    with pytest.raises(jomobile.RequestRejected):
        search_group_numbers.sync(client=client, body=GroupNumbersQuery(id_group=group.id_group))


def test_an_unknown_or_foreign_group_is_refused_naming_the_field(client: Client, base_url: str) -> None:
    with pytest.raises(jomobile.RequestRejected) as caught:
        add(
            client,
            Group(id_group=999_999, name_group="x", on_birth=False, numbers_count=0),
            GroupContact(number="380671110001"),
        )
    assert caught.value.errors == {"id_group": ["Group 999999 not found."]}
    with pytest.raises(jomobile.RequestRejected) as caught:
        send_bulk(client, id_group=[DEMO_GROUP], id_group_excluded=[999_998])
    assert caught.value.errors == {"id_group_excluded": ["Group 999998 not found."]}
    # another customer sees nothing of the demo account's groups
    with jomobile.connect(base_url, username="other", password="other-password") as other:
        register_customer.sync(
            client=other,
            body=Registration(
                login="other", password="other-password", name="O", phone="380501111111", email="o@example.com"
            ),
        )
        with pytest.raises(jomobile.RequestRejected) as caught:
            search_group_numbers.sync(client=other, body=GroupNumbersQuery(id_group=DEMO_GROUP))
        assert list(caught.value.errors) == ["id_group"]
        assert jomobile.data(list_groups.sync(client=other, body=GroupQuery())).total == 0


def test_a_sending_window_that_is_over_is_refused(client: Client, control: httpx.Client) -> None:
    set_clock(control, "2031-05-17T12:00:00Z")
    with pytest.raises(jomobile.RequestRejected) as caught:
        send_bulk(client, id_group=[DEMO_GROUP], date_start="2031-05-17", time_start="09:00", time_stop="11:00")
    assert caught.value.errors == {"timeStop": ["The sending window ended at 2031-05-17 11:00:00."]}
    assert full_data(client) == []


def test_a_group_sending_waits_for_its_window_and_ends_with_it(client: Client, control: httpx.Client) -> None:
    set_clock(control, "2031-05-17T12:00:00Z")
    group = new_group(client, "g")
    add(client, group, GroupContact(number="380671110001"), GroupContact(number="380671110408"))  # 408: phone off
    send_bulk(client, id_group=[group.id_group], date_start="2031-05-18", time_start="09:00", time_stop="09:30")
    records = full_data(client)
    assert {r.status for r in records} == {"SCHEDULED"}
    assert {r.date_send for r in records} == {"2031-05-18 09:00:00"}
    set_clock(control, "2031-05-18T09:00:05Z")
    assert {r.phone: r.status for r in full_data(client)} == {"380671110001": "DELIVERED", "380671110408": "SENT"}
    set_clock(control, "2031-05-18T09:31:00Z")
    assert {r.phone: r.status for r in full_data(client)} == {"380671110001": "DELIVERED", "380671110408": "EXPIRED"}


def test_the_black_list_adds_searches_and_deletes(client: Client) -> None:
    assert black_list(client, "+380671110001", "380671110002", "380671110001") == ["380671110001", "380671110002"]

    def search(numbers: list[str] | None = None) -> list[str]:
        body = NumberQuery() if numbers is None else NumberQuery(numbers=numbers)
        return jomobile.data(search_black_list.sync(client=client, body=body)).numbers

    assert search() == ["380671110001", "380671110002"]
    assert search(["380671110002", "380679999999"]) == ["380671110002"]
    removed = delete_from_black_list.sync(client=client, body=NumberList(numbers=["380671110001", "380679999999"]))
    assert jomobile.data(removed).numbers == ["380671110001"]
    assert search() == ["380671110002"]
