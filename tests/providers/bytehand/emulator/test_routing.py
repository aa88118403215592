"""Paths that collide with a parameter, and HEAD counts, each reach their own operation.

Starlette takes the first route that matches and answers HEAD with a GET route
of the same path, so the spec's order decides what a request reaches. These
tests prove the routing from what comes back, not from the spec.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import yaml
from bytehand_client import Client
from bytehand_client.api.contacts import query_contact_lists_count_v1, query_contact_lists_v1
from bytehand_client.api.sms_messages import get_sms_by_id, get_sms_probe
from bytehand_client.api.sms_templates import get_sms_template_by_id, query_sms_template_categories
from bytehand_client.api.users import get_current_user_credential_by_id, get_current_user_this_credential
from bytehand_client.models import ContactListV1, Credential, SmsMessage, SmsProbe, SmsTemplate, SmsTemplateCategory

from codegen import speclint
from sms_clients import NotFound, bytehand

from ..conftest import DEMO_KEY
from ..spec.test_spec import SPEC

KEY = {"X-Service-Key": DEMO_KEY}


def test_the_probe_is_not_read_as_a_message_id(client: Client, base_url: str) -> None:
    probe = get_sms_probe.sync(client=client, receiver="8 (916) 123-45-67", text="Привет")
    assert isinstance(probe, SmsProbe)
    assert (probe.phone_is_valid, probe.phone_e164, probe.phone_country) == (True, "+79161234567", "RU")
    assert (probe.text_parts, probe.text_encoding) == (1, "UCS2")
    # The probe needs no credentials; a message id does.
    assert httpx.get(f"{base_url}/sms/messages/probe", params={"receiver": "123"}).json() == {"phone_is_valid": False}
    assert httpx.get(f"{base_url}/sms/messages/100000000000000002").status_code == 401
    message = get_sms_by_id.sync(client=client, sms_id="100000000000000002")
    assert isinstance(message, SmsMessage)


def test_legacy_lists_are_not_read_as_a_list_with_the_id_v1(client: Client, base_url: str) -> None:
    legacy = query_contact_lists_v1.sync(client=client, count=100)
    assert isinstance(legacy, list)
    assert all(isinstance(item, ContactListV1) for item in legacy)
    assert {item.name for item in legacy} >= {"Clients 2019", "Partners"}
    assert bytehand.count(query_contact_lists_count_v1.sync_detailed, client=client) == len(legacy)
    # DELETE /contact_lists/v1 is the legacy bulk delete (a query), not deleteContactListById("v1").
    reply = httpx.delete(f"{base_url}/contact_lists/v1", headers=KEY, params={"query": "name=~partners"})
    assert reply.json() == {"result": "deleted", "count": 1}
    # A current list id is a number, so "v1" could never be one (nor "v2": no such resource).
    assert httpx.get(f"{base_url}/contact_lists/v2", headers=KEY).json() == {"status": 404, "description": "Not Found"}


def test_this_credential_is_not_read_as_a_credential_id(client: Client) -> None:
    this = get_current_user_this_credential.sync(client=client)
    assert isinstance(this, Credential)
    assert (this.id, this.name) == (1, "Demo key")
    other = get_current_user_credential_by_id.sync(client=client, credential_id=2)
    assert isinstance(other, Credential)
    assert other.name == "Read-only key"


def test_template_categories_are_not_read_as_a_template_id(client: Client) -> None:
    categories = query_sms_template_categories.sync(client=client)
    assert isinstance(categories, list)
    assert all(isinstance(category, SmsTemplateCategory) for category in categories)
    assert [category.name for category in categories][:2] == ["Service", "Marketing"]
    assert isinstance(get_sms_template_by_id.sync(client=client, sms_template_id=1), SmsTemplate)
    with pytest.raises(NotFound):
        get_sms_template_by_id.sync(client=client, sms_template_id=999)


def head_operations() -> list[tuple[str, str]]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return [
        (path, operation["operationId"]) for method, path, operation in speclint.operations(spec) if method == "head"
    ]


@pytest.mark.parametrize(("path", "operation_id"), head_operations(), ids=lambda value: str(value))
def test_every_head_reaches_its_count_handler_not_the_search(base_url: str, path: str, operation_id: str) -> None:
    url = base_url + path.replace("{listId}", "1")
    # `plain=true` makes the search leave out X-Total-Count; the count handler has no such parameter and
    # always answers it. So a count in this answer proves the HEAD reached the count, not the GET route.
    head = httpx.head(url, headers=KEY, params={"plain": "true", "count": "1"})
    assert head.status_code == 200, operation_id
    assert head.headers["X-Total-Count"].isdigit(), operation_id
    assert head.content == b""
    assert head.headers.get("content-length", "0") == "0", operation_id  # a GET body would have had a length
    search = httpx.get(url, headers=KEY, params={"plain": "true"})
    assert "X-Total-Count" not in search.headers, operation_id
    total = httpx.get(url, headers=KEY, params={"count": "100000"})
    assert head.headers["X-Total-Count"] == total.headers["X-Total-Count"] == str(len(total.json())), operation_id
