"""Contact lists with their contacts, properties and segments, and legacy (v1) lists, against the emulator."""

from __future__ import annotations

import pytest
from bytehand_client import Client
from bytehand_client.api.contacts import (
    create_contact_list,
    create_contact_list_contacts,
    create_contact_list_property,
    create_contact_list_segment,
    delete_contact_list_by_id,
    delete_contact_list_contact_by_id,
    delete_contact_list_contacts,
    delete_contact_list_property_by_id,
    get_contact_list_by_id,
    get_contact_list_contact_by_id,
    get_contact_list_properties,
    get_contact_list_segment_by_id,
    get_contact_list_segments,
    get_contact_list_v1_by_id,
    query_contact_list_contacts,
    query_contact_list_contacts_count,
    query_contact_lists,
    query_contact_lists_count_v1,
    update_contact_list,
    update_contact_list_contact_by_id,
    update_contact_list_contacts,
    update_contact_list_property_by_id,
    update_contact_list_segment_by_id,
    upgrade_contact_list_v1_by_id,
)
from bytehand_client.models import (
    Contact,
    ContactBulkPatch,
    ContactInput,
    ContactList,
    ContactListInput,
    ContactListPatch,
    ContactListPropertyInput,
    ContactListPropertyPatch,
    ContactListSegmentInput,
    ContactListSegmentPatch,
    ContactPatch,
    ContactProperties,
)

from sms_clients import Conflict, NotFound, bytehand


def new_list(client: Client, name: str = "Clients") -> ContactList:
    created = create_contact_list.sync(client=client, body=ContactListInput(name=name, description="test"))
    assert isinstance(created, ContactList)
    return created


def props(**values: str) -> ContactProperties:
    return ContactProperties.from_dict(values)


def test_a_list_is_created_read_edited_and_deleted_with_everything_in_it(client: Client) -> None:
    contact_list = new_list(client)
    assert (contact_list.size, contact_list.description) == (0, "test")
    create_contact_list_contacts.sync(
        client=client,
        list_id=contact_list.id,
        body=[ContactInput(phone="79161230001"), ContactInput(phone="+79161230002")],
    )
    found = get_contact_list_by_id.sync(client=client, list_id=contact_list.id)
    assert isinstance(found, ContactList)
    assert found.size == 2
    edited = update_contact_list.sync(client=client, list_id=contact_list.id, body=ContactListPatch(name="Renamed"))
    assert (edited.name, edited.description) == ("Renamed", "test")
    assert delete_contact_list_by_id.sync_detailed(client=client, list_id=contact_list.id).status_code == 204
    with pytest.raises(NotFound, match=f"listId: no contact list {contact_list.id}"):
        get_contact_list_by_id.sync(client=client, list_id=contact_list.id)
    with pytest.raises(NotFound):
        query_contact_list_contacts.sync(client=client, list_id=contact_list.id)


def test_list_sizes_follow_contacts_added_and_deleted_in_every_view(client: Client) -> None:
    first, second = new_list(client, "First"), new_list(client, "Second")
    created = create_contact_list_contacts.sync(
        client=client, list_id=first.id, body=[ContactInput(phone=f"7916123000{n}") for n in range(3)]
    )
    create_contact_list_contacts.sync(client=client, list_id=second.id, body=[ContactInput(phone="79161239999")])
    assert isinstance(created, list)
    delete_contact_list_contact_by_id.sync_detailed(client=client, list_id=first.id, contact_id=created[0].id)
    found = get_contact_list_by_id.sync(client=client, list_id=first.id)
    assert isinstance(found, ContactList)
    assert found.size == 2
    listed = query_contact_lists.sync(client=client, count=100)
    assert isinstance(listed, list)
    sizes = {item.id: item.size for item in listed}
    assert (sizes[first.id], sizes[second.id]) == (2, 1)
    sized = query_contact_lists.sync(client=client, query="size == 2", count=100)
    assert isinstance(sized, list)
    assert first.id in {item.id for item in sized}
    assert second.id not in {item.id for item in sized}


def test_contacts_are_created_read_edited_and_deleted(client: Client) -> None:
    list_id = new_list(client).id
    create_contact_list_property.sync(client=client, list_id=list_id, body=ContactListPropertyInput(name="city"))
    created = create_contact_list_contacts.sync(
        client=client,
        list_id=list_id,
        body=[ContactInput(phone="79161230001", name="Ivan", email="ivan@example.com", properties=props(city="Kazan"))],
    )
    (contact,) = created
    assert isinstance(contact, Contact)
    assert (contact.phone, contact.properties.additional_properties) == ("+79161230001", {"city": "Kazan"})
    edited = update_contact_list_contact_by_id.sync(
        client=client, list_id=list_id, contact_id=contact.id, body=ContactPatch(name="Ivan P.")
    )
    assert (edited.name, edited.email, edited.properties.additional_properties) == (
        "Ivan P.",
        "ivan@example.com",
        {"city": "Kazan"},
    )
    assert get_contact_list_contact_by_id.sync(client=client, list_id=list_id, contact_id=contact.id).name == "Ivan P."
    delete_contact_list_contact_by_id.sync_detailed(client=client, list_id=list_id, contact_id=contact.id)
    with pytest.raises(NotFound):
        get_contact_list_contact_by_id.sync(client=client, list_id=list_id, contact_id=contact.id)


def test_a_contact_is_found_only_in_its_own_list(client: Client) -> None:
    first, second = new_list(client, "first").id, new_list(client, "second").id
    (contact,) = create_contact_list_contacts.sync(
        client=client, list_id=first, body=[ContactInput(phone="79161230001")]
    )
    with pytest.raises(NotFound, match=f"list {second} has no contact {contact.id}"):
        get_contact_list_contact_by_id.sync(client=client, list_id=second, contact_id=contact.id)


def test_a_property_must_exist_before_contacts_use_it(client: Client) -> None:
    list_id = new_list(client).id
    with pytest.raises(NotFound, match=r"body\[0\]\.properties: the list has no property 'city'"):
        create_contact_list_contacts.sync(
            client=client, list_id=list_id, body=[ContactInput(phone="79161230001", properties=props(city="Kazan"))]
        )
    assert bytehand.count(query_contact_list_contacts_count.sync_detailed, client=client, list_id=list_id) == 0


def test_renaming_or_deleting_a_property_changes_every_contact(client: Client) -> None:
    list_id = new_list(client).id
    prop = create_contact_list_property.sync(client=client, list_id=list_id, body=ContactListPropertyInput(name="city"))
    create_contact_list_contacts.sync(
        client=client, list_id=list_id, body=[ContactInput(phone="79161230001", properties=props(city="Omsk"))]
    )
    with pytest.raises(Conflict):
        create_contact_list_property.sync(client=client, list_id=list_id, body=ContactListPropertyInput(name="city"))
    update_contact_list_property_by_id.sync(
        client=client, list_id=list_id, property_id=prop.id, body=ContactListPropertyPatch(name="town")
    )
    (contact,) = query_contact_list_contacts.sync(client=client, list_id=list_id)
    assert contact.properties.additional_properties == {"town": "Omsk"}
    assert [item.name for item in get_contact_list_properties.sync(client=client, list_id=list_id)] == ["town"]
    delete_contact_list_property_by_id.sync_detailed(client=client, list_id=list_id, property_id=prop.id)
    (contact,) = query_contact_list_contacts.sync(client=client, list_id=list_id)
    assert contact.properties.additional_properties == {}


def test_bulk_edits_and_deletes_follow_the_query(client: Client) -> None:
    list_id = new_list(client).id
    names = ["Ivan", "Anna", "Ivanna", "Oleg"]
    create_contact_list_contacts.sync(
        client=client,
        list_id=list_id,
        body=[ContactInput(phone=f"7916123000{n}", name=name) for n, name in enumerate(names)],
    )
    changed = update_contact_list_contacts.sync(
        client=client, list_id=list_id, query="name=~ivan", body=ContactBulkPatch(email="vip@example.com")
    )
    assert changed.count == 2
    vip = query_contact_list_contacts.sync(client=client, list_id=list_id, query="email==vip@example.com", sort="name")
    assert [contact.name for contact in vip] == ["Ivan", "Ivanna"]
    deleted = delete_contact_list_contacts.sync(client=client, list_id=list_id, query="email==vip@example.com")
    assert deleted.count == 2
    assert [c.name for c in query_contact_list_contacts.sync(client=client, list_id=list_id)] == ["Anna", "Oleg"]


def test_a_segment_is_a_saved_query_whose_size_follows_the_list(client: Client) -> None:
    list_id = new_list(client).id
    segment = create_contact_list_segment.sync(
        client=client, list_id=list_id, body=ContactListSegmentInput(name="Ivans", query="name=~ivan")
    )
    assert segment.size == 0
    create_contact_list_contacts.sync(
        client=client,
        list_id=list_id,
        body=[ContactInput(phone="79161230001", name="Ivan"), ContactInput(phone="79161230002")],
    )
    assert get_contact_list_segment_by_id.sync(client=client, list_id=list_id, segment_id=segment.id).size == 1
    edited = update_contact_list_segment_by_id.sync(
        client=client, list_id=list_id, segment_id=segment.id, body=ContactListSegmentPatch(query="phone=~7916")
    )
    assert (edited.name, edited.size) == ("Ivans", 2)
    assert [item.id for item in get_contact_list_segments.sync(client=client, list_id=list_id)] == [segment.id]


def test_a_legacy_list_is_read_and_upgraded_to_the_current_format(client: Client) -> None:
    before = bytehand.count(query_contact_lists_count_v1.sync_detailed, client=client)
    legacy = get_contact_list_v1_by_id.sync(client=client, list_id=1)
    assert (legacy.name, legacy.size, [c.phone for c in legacy.contacts]) == (
        "Clients 2019",
        2,
        ["+79161110001", "+79161110002"],
    )
    upgraded = upgrade_contact_list_v1_by_id.sync(client=client, list_id=1)
    assert isinstance(upgraded, ContactList)
    assert (upgraded.name, upgraded.size) == ("Clients 2019", 2)
    phones = [contact.phone for contact in query_contact_list_contacts.sync(client=client, list_id=upgraded.id)]
    assert phones == ["+79161110001", "+79161110002"]
    assert bytehand.count(query_contact_lists_count_v1.sync_detailed, client=client) == before - 1
    with pytest.raises(NotFound):
        get_contact_list_v1_by_id.sync(client=client, list_id=1)
