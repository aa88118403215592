"""``bytehand.iterate``: every object of a search exactly once, one request per page."""

from __future__ import annotations

import httpx
import pytest
from bytehand_client import Client
from bytehand_client.api.contacts import create_contact_list, create_contact_list_contacts, query_contact_list_contacts
from bytehand_client.models import Contact, ContactInput, ContactList, ContactListInput

from sms_clients import bytehand


def list_with_contacts(client: Client, how_many: int) -> tuple[int, list[int]]:
    contact_list = create_contact_list.sync(client=client, body=ContactListInput(name=f"{how_many} contacts"))
    assert isinstance(contact_list, ContactList)
    body = [ContactInput(phone=f"+7916700{n:04d}", name=f"Contact {n}") for n in range(how_many)]
    created = create_contact_list_contacts.sync(client=client, list_id=contact_list.id, body=body)
    assert isinstance(created, list)
    return contact_list.id, [contact.id for contact in created]


def count_requests(client: Client) -> list[httpx.URL]:
    """Record the URL of every request the client sends from now on."""
    sent: list[httpx.URL] = []
    client.get_httpx_client().event_hooks["request"].append(lambda request: sent.append(request.url))
    return sent


@pytest.mark.parametrize(("objects", "page_size", "pages"), [(35, 10, 4), (40, 10, 4), (41, 10, 5), (3, 10, 1)])
def test_every_object_comes_exactly_once_with_one_request_per_page(
    client: Client, objects: int, page_size: int, pages: int
) -> None:
    list_id, ids = list_with_contacts(client, objects)
    sent = count_requests(client)
    found = list(
        bytehand.iterate(query_contact_list_contacts.sync_detailed, client=client, list_id=list_id, count=page_size)
    )
    assert all(isinstance(contact, Contact) for contact in found)
    assert sorted(contact.id for contact in found) == sorted(ids)
    assert len(found) == len({contact.id for contact in found})
    assert len(sent) == pages
    assert [url.params["page"] for url in sent] == [str(page) for page in range(1, pages + 1)]


def test_the_search_parameters_are_kept_on_every_page(client: Client) -> None:
    list_id, _ = list_with_contacts(client, 25)
    sent = count_requests(client)
    found = list(
        bytehand.iterate(
            query_contact_list_contacts.sync_detailed,
            client=client,
            list_id=list_id,
            query="name=~'Contact 1'",
            sort="-name",
            count=3,
        )
    )
    expected = sorted((f"Contact {n}" for n in range(25) if str(n).startswith("1")), reverse=True)
    assert [contact.name for contact in found] == expected
    assert len(sent) == 4  # 11 matches, 3 a page
    assert {url.params["query"] for url in sent} == {"name=~'Contact 1'"}


def test_iteration_can_start_at_a_later_page(client: Client) -> None:
    list_id, ids = list_with_contacts(client, 12)
    found = list(
        bytehand.iterate(query_contact_list_contacts.sync_detailed, client=client, list_id=list_id, page=2, count=5)
    )
    assert [contact.id for contact in found] == ids[5:]


def test_without_a_total_the_iterator_stops_at_the_first_page_that_is_not_full(client: Client) -> None:
    list_id, ids = list_with_contacts(client, 20)
    sent = count_requests(client)
    found = list(
        bytehand.iterate(
            query_contact_list_contacts.sync_detailed, client=client, list_id=list_id, count=10, plain=True
        )
    )
    assert [contact.id for contact in found] == ids
    assert len(sent) == 3  # with `plain` there is no total, so only an empty third page shows the end


def test_pages_are_fetched_as_the_iteration_goes(client: Client) -> None:
    list_id, ids = list_with_contacts(client, 30)
    sent = count_requests(client)
    pages = bytehand.iterate(query_contact_list_contacts.sync_detailed, client=client, list_id=list_id, count=10)
    first = next(pages)
    assert (first.id, len(sent)) == (ids[0], 1)


@pytest.mark.anyio
async def test_the_async_iterator_walks_the_same_pages(client: Client) -> None:
    list_id, ids = list_with_contacts(client, 23)
    found = [
        contact.id
        async for contact in bytehand.iterate_async(
            query_contact_list_contacts.asyncio_detailed, client=client, list_id=list_id, count=10
        )
    ]
    assert found == ids
