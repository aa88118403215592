"""The BYON contact, phone book and number services against the emulator."""

from __future__ import annotations

import httpx
import pytest
from tyntec_client import Client
from tyntec_client.api.byon_contact_service import (
    create_contact,
    delete_contact,
    edit_contact,
    get_contact,
    list_contacts,
)
from tyntec_client.api.byon_number_service import get_provisioning_request, list_provisioning_requests, register_phones
from tyntec_client.api.byon_phone_book_service import get_phone_book_number, list_phone_book_numbers
from tyntec_client.models import ContactEntity, PhoneNumberEntity, PhoneProvisioningEntity

from sms_clients import AuthenticationFailed, InvalidRequest, NotFound, PermissionDenied, tyntec

from ..conftest import MESSAGING_ONLY_KEY


def new_contact(client: Client, name: str = "Jane Doe", friendly_name: str = "ops") -> ContactEntity:
    contact = ContactEntity(
        company_name="Example GmbH",
        contact_email="jane@example.com",
        contact_name=name,
        contact_phone="+4915112345678",
        friendly_name=friendly_name,
    )
    created = create_contact.sync(client=client, body=contact)
    assert isinstance(created, ContactEntity)
    assert isinstance(created.contact_id, str)
    return created


def test_a_contact_is_created_read_edited_and_deleted_by_its_id(client: Client) -> None:
    created = new_contact(client)
    contact_id = created.contact_id
    assert get_contact.sync(client=client, contact_id=contact_id).contact_name == "Jane Doe"

    changed = ContactEntity(
        company_name="Example AG",
        contact_email="j@example.com",
        contact_name="Jane Roe",
        contact_phone="+4915100000000",
    )
    edited = edit_contact.sync(client=client, contact_id=contact_id, body=changed)
    assert (edited.contact_id, edited.company_name, edited.contact_name) == (contact_id, "Example AG", "Jane Roe")
    assert get_contact.sync(client=client, contact_id=contact_id).company_name == "Example AG"

    deleted = delete_contact.sync(client=client, contact_id=contact_id)
    assert deleted.contact_id == contact_id
    with pytest.raises(NotFound) as caught:
        get_contact.sync(client=client, contact_id=contact_id)
    assert caught.value.code is None
    assert caught.value.response is not None
    assert caught.value.response.content == b""


def test_the_list_filters_by_friendly_name(client: Client) -> None:
    first = new_contact(client, "A", friendly_name="ops")
    new_contact(client, "B", friendly_name="sales")
    third = new_contact(client, "C", friendly_name="ops")
    (page,) = list_contacts.sync(client=client, friendly_name="ops")
    assert [c.contact_id for c in page.contacts] == [first.contact_id, third.contact_id]
    assert page.size == 2
    (everything,) = list_contacts.sync(client=client)
    assert everything.size == 3


def test_an_empty_list_answers_204(client: Client) -> None:
    reply = list_contacts.sync_detailed(client=client, friendly_name="nobody")
    assert reply.status_code == 204
    assert reply.parsed == []  # a documented empty 2xx on a list operation is the empty list
    assert list_contacts.sync(client=client, friendly_name="nobody") == []


def test_a_contact_missing_a_required_field_is_invalid(base_url: str) -> None:
    reply = httpx.post(f"{base_url}/byon/contacts/v1", headers={"apikey": "tyntec-demo-key"}, json={"companyName": "x"})
    assert (reply.status_code, reply.content) == (400, b"")  # BYON answers 4xx without a body


def test_a_body_less_400_becomes_invalid_request(client: Client) -> None:
    contact = new_contact(client)
    with pytest.raises(InvalidRequest) as caught:
        register_phones.sync(client=client, contact_id=contact.contact_id, body=[PhoneNumberEntity(phone_number="x")])
    assert (caught.value.status, caught.value.code, caught.value.message) == (400, None, "Bad Request")


def test_byon_answers_401_without_a_body(base_url: str) -> None:
    reply = httpx.get(f"{base_url}/byon/contacts/v1")
    assert (reply.status_code, reply.content) == (401, b"")
    with pytest.raises(AuthenticationFailed):
        list_contacts.sync(client=tyntec.connect(base_url, api_key="not-a-key"))


def test_a_messaging_only_key_may_not_use_byon(base_url: str) -> None:
    with pytest.raises(PermissionDenied) as caught:
        list_contacts.sync(client=tyntec.connect(base_url, api_key=MESSAGING_ONLY_KEY))
    assert caught.value.status == 403


def test_registered_numbers_fill_the_phone_book(client: Client, control: httpx.Client) -> None:
    contact = new_contact(client)
    numbers = [
        PhoneNumberEntity(phone_number="+4915112345678"),
        PhoneNumberEntity(phone_number="15112345679", country="DE"),
    ]
    request = register_phones.sync(client=client, contact_id=contact.contact_id, body=numbers, friendly_name="batch-1")
    assert isinstance(request, PhoneProvisioningEntity)
    assert (request.contact_id, request.friendly_name, request.status) == (contact.contact_id, "batch-1", "PENDING")

    assert get_provisioning_request.sync(client=client, request_id=request.request_id).status == "PENDING"
    control.post("/clock", json={"advanceSeconds": 61}).raise_for_status()
    assert get_provisioning_request.sync(client=client, request_id=request.request_id).status == "ACTIVE"

    (requests,) = list_provisioning_requests.sync(client=client, contact_id=contact.contact_id)
    assert [r.request_id for r in requests.provisioning_requests] == [request.request_id]

    (book,) = list_phone_book_numbers.sync(client=client, request_id=request.request_id)
    assert [(e.phone_number, e.country) for e in book.provisioning_requests] == [
        ("+4915112345678", "DE"),
        ("15112345679", "DE"),
    ]
    (entry,) = get_phone_book_number.sync(client=client, phone_number="15112345679")
    assert entry.provisioning_requests[0].request_id == request.request_id


def test_the_phone_book_pages(client: Client) -> None:
    contact = new_contact(client)
    numbers = [PhoneNumberEntity(phone_number=f"+49151000000{n:02d}") for n in range(25)]
    register_phones.sync(client=client, contact_id=contact.contact_id, body=numbers)
    pages = [list_phone_book_numbers.sync(client=client, page=page, size=10)[0] for page in range(4)]
    assert [page.size for page in pages] == [10, 10, 5, 0]
    seen = [e.phone_number for page in pages for e in page.provisioning_requests]
    assert seen == [n.phone_number for n in numbers]


def test_registering_for_an_unknown_contact_is_not_found(client: Client) -> None:
    with pytest.raises(NotFound):
        register_phones.sync(
            client=client, contact_id="nobody", body=[PhoneNumberEntity(phone_number="+4915112345678")]
        )


def test_an_unknown_phone_book_number_is_not_found(client: Client) -> None:
    with pytest.raises(NotFound):
        get_phone_book_number.sync(client=client, phone_number="+4900000000")
