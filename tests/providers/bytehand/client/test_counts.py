"""``bytehand.count`` against every one of the 13 HEAD methods, and each count against its search.

For each count: create a known number of objects (or take the emulator's
reference data, whose size is known), of which a known smaller number match a
query, then check both counts exactly and that each equals the number of
objects the matching search returns (walked with ``bytehand.iterate``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from bytehand_client import Client
from bytehand_client.api.applications import query_applications, query_applications_count
from bytehand_client.api.contacts import (
    create_contact_list,
    create_contact_list_contacts,
    query_contact_list_contacts,
    query_contact_list_contacts_count,
    query_contact_lists,
    query_contact_lists_count,
    query_contact_lists_count_v1,
    query_contact_lists_v1,
)
from bytehand_client.api.news import query_news, query_news_count
from bytehand_client.api.other import (
    query_sms_route_intervals,
    query_sms_route_intervals_count,
    query_sms_routes,
    query_sms_routes_count,
)
from bytehand_client.api.payments import (
    activate_bonus,
    activate_startup_bonus,
    query_referral_count,
    query_referrals,
    query_transaction_count,
    query_transactions,
)
from bytehand_client.api.sms_campaigns import query_sms_campaign_count, query_sms_campaigns, send_sms_campaign
from bytehand_client.api.sms_messages import query_sms, query_sms_count, send_sms
from bytehand_client.api.sms_senders import put_sms_sender, query_sms_senders, query_sms_senders_count
from bytehand_client.api.sms_templates import create_sms_template, query_sms_templates, query_sms_templates_count
from bytehand_client.api.users import register_user
from bytehand_client.models import (
    BonusActivation,
    ContactInput,
    ContactList,
    ContactListInput,
    SmsCampaignInput,
    SmsMessageInput,
    SmsSenderInput,
    SmsTemplateInput,
    UserRegistration,
)

from sms_clients import bytehand
from sms_emulator.providers.bytehand import reference

Seeder = Callable[[Client, dict[str, Any], int], tuple[str, int, int]]
"""Given the client, the scope (a list id) and the count before, makes objects; returns the query, the
total count now expected and how many objects the query matches."""


@dataclass(frozen=True)
class Count:
    name: str
    head: Any
    search: Any
    seed: Seeder
    scope: Callable[[Client], dict[str, Any]] = field(default=lambda client: {})


def new_list(client: Client, name: str = "Count test") -> int:
    created = create_contact_list.sync(client=client, body=ContactListInput(name=name))
    assert isinstance(created, ContactList)
    return created.id


def seed_messages(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    receivers = ["+79160000001", "+79160000002", "+79160000001", "+79160000003", "+79160000001", "+79160000004"]
    body = [SmsMessageInput(receiver=receiver, text=f"message {n}") for n, receiver in enumerate(receivers)]
    send_sms.sync(client=client, body=body)
    return "receiver==+79160000001", before + 6, 3


def seed_campaigns(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    list_id = new_list(client, "Campaign audience")
    create_contact_list_contacts.sync(client=client, list_id=list_id, body=[ContactInput(phone="+79161230001")])
    names = ["Spring sale", "News", "Summer sale", "Reminder"]
    for name in names:
        send_sms_campaign.sync(client=client, body=SmsCampaignInput(name=name, text="Hi", contact_list_id=list_id))
    return "name=~SALE", before + 4, 2


def seed_senders(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    for sender in ("MyShop", "Delivery", "ShopNews", "Support", "Promo"):
        put_sms_sender.sync(client=client, body=SmsSenderInput(sender=sender))
    return "sender=~shop", before + 5, 2


def seed_templates(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    categories = [1, 2, 2, 3, 4, 5]
    for n, category in enumerate(categories):
        create_sms_template.sync(client=client, body=SmsTemplateInput(name=f"t{n}", text="x", category_id=category))
    return "category_id==2 and name!=t0", before + 6, 2


def seed_lists(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    for name in ("VIP clients", "Partners", "VIP partners", "Staff", "Suppliers"):
        new_list(client, name)
    return "name=~vip", before + 5, 2


def scope_contacts(client: Client) -> dict[str, Any]:
    return {"list_id": new_list(client, "Contacts to count")}


def seed_contacts(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    names = ["Ivan Petrov", "Anna", "ivan sidorov", "Boris", "Ivanna", "Vera", "Gleb", "Oleg"]
    contacts = [ContactInput(phone=f"+7916555000{n}", name=name) for n, name in enumerate(names)]
    create_contact_list_contacts.sync(client=client, list_id=scope["list_id"], body=contacts)
    return "name=~ivan", before + 8, 3


def seed_referrals(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    emails = ["a@example.com", "b@example.com", "c@corp.test", "d@example.com"]
    for email in emails:
        register_user.sync(client=client, body=UserRegistration(email=email, password="long-enough", referrer_id=1))
    return "email=~corp", before + 4, 1


def seed_transactions(client: Client, scope: dict[str, Any], before: int) -> tuple[str, int, int]:
    for n in range(3):
        send_sms.sync(client=client, body=SmsMessageInput(receiver="+79161234567", text=f"charge {n}"))
    activate_startup_bonus.sync(client=client)
    activate_bonus.sync(client=client, body=BonusActivation(code="WELCOME"))
    return "type==charge", before + 5, 3


def reference_data(
    records: tuple[dict[str, Any], ...], query: str, matches: Callable[[dict[str, Any]], bool]
) -> Seeder:
    """Reference data cannot be created: the emulator seeds it, so its size and content are known."""
    return lambda client, scope, before: (query, len(records), sum(1 for record in records if matches(record)))


COUNTS = [
    Count("querySmsCount", query_sms_count, query_sms, seed_messages),
    Count("querySmsCampaignCount", query_sms_campaign_count, query_sms_campaigns, seed_campaigns),
    Count("querySmsSendersCount", query_sms_senders_count, query_sms_senders, seed_senders),
    Count("querySmsTemplatesCount", query_sms_templates_count, query_sms_templates, seed_templates),
    Count("queryContactListsCount", query_contact_lists_count, query_contact_lists, seed_lists),
    Count(
        "queryContactListContactsCount",
        query_contact_list_contacts_count,
        query_contact_list_contacts,
        seed_contacts,
        scope_contacts,
    ),
    Count(
        "queryContactListsCountV1",
        query_contact_lists_count_v1,
        query_contact_lists_v1,
        reference_data(reference.LEGACY_LISTS, "name=~clients", lambda record: "Clients" in record["name"]),
    ),
    Count("queryReferralCount", query_referral_count, query_referrals, seed_referrals),
    Count("queryTransactionCount", query_transaction_count, query_transactions, seed_transactions),
    Count(
        "queryNewsCount",
        query_news_count,
        query_news,
        reference_data(reference.NEWS, "category==product", lambda record: record["category"] == "product"),
    ),
    Count(
        "queryApplicationsCount",
        query_applications_count,
        query_applications,
        reference_data(reference.APPLICATIONS, "name=~CRM", lambda record: "crm" in record["name"].lower()),
    ),
    Count(
        "querySmsRoutesCount",
        query_sms_routes_count,
        query_sms_routes,
        reference_data(reference.ROUTES, "country==RU", lambda record: record["country"] == "RU"),
    ),
    Count(
        "querySmsRouteIntervalsCount",
        query_sms_route_intervals_count,
        query_sms_route_intervals,
        reference_data(reference.ROUTE_INTERVALS, "country==KZ", lambda record: record["country"] == "KZ"),
    ),
]


def test_there_is_a_case_for_each_of_the_13_head_methods() -> None:
    assert len({count.name for count in COUNTS}) == 13


@pytest.mark.parametrize("case", COUNTS, ids=lambda case: case.name)
def test_the_count_helper_counts_exactly_what_the_search_finds(case: Count, client: Client) -> None:
    scope = case.scope(client)
    before = bytehand.count(case.head.sync_detailed, client=client, **scope)
    query, expected_total, matching = case.seed(client, scope, before)
    total = bytehand.count(case.head.sync_detailed, client=client, **scope)
    filtered = bytehand.count(case.head.sync_detailed, client=client, query=query, **scope)

    assert total == expected_total
    assert filtered == matching
    assert 0 < filtered < total

    every = list(bytehand.iterate(case.search.sync_detailed, client=client, count=7, **scope))
    found = list(bytehand.iterate(case.search.sync_detailed, client=client, query=query, count=7, **scope))
    assert len(every) == total
    assert len(found) == filtered
    assert len({item.id for item in found}) == filtered


@pytest.mark.anyio
async def test_the_async_count_helper_counts_the_same(client: Client) -> None:
    seed_messages(client, {}, 0)
    counted = await bytehand.count_async(
        query_sms_count.asyncio_detailed, client=client, query="receiver==+79160000001"
    )
    assert counted == 3
