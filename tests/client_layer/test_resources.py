"""Resources: every operation as ``client.<resource>.<method>``, under ``aio`` and ``with_raw_response``.

The resource layer is generated for every operation by the same templates, so
the first test walks every endpoint module of the four packages and finds its
method in all four places; the others use the methods against the emulator the
way the README does: keywords, pages, counts, raw responses, options, and two
event loops one after the other.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import threading
from typing import Any

import httpx
import pytest
from bytehand_client.models import SmsMessageInput
from tyntec_client.models import SmsMessage

from codegen import speclint
from sms_clients import NotFound, ServerError, bytehand, jomobile, smsc, tyntec

from ..reply_shapes.test_every_endpoint import PACKAGES, document

TYNTEC_KEY = "tyntec-demo-key"
BYTEHAND_KEY = "bytehand-demo-key"


def operations() -> list[tuple[str, str, str]]:
    """(package, resource, method) of every generated endpoint module."""
    found = []
    for package in PACKAGES.values():
        api = importlib.import_module(f"{package}.api")
        for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
            if not info.ispkg:
                _, _, resource, method = info.name.split(".")
                found.append((package, resource, method))
    return found


def test_every_operation_is_a_method_of_its_resource_sync_async_and_raw() -> None:
    every = operations()
    assert len(every) == sum(len(list(speclint.operations(document(name)))) for name in PACKAGES) == 176
    reached = {"sync": 0, "raw": 0, "aio": 0, "aio raw": 0}
    for package, resource, method in every:
        client = importlib.import_module(package).Client(base_url="http://127.0.0.1:9")
        module = importlib.import_module(f"{package}.api.{resource}.{method}")
        places = {
            "sync": getattr(client, resource),
            "raw": getattr(client, resource).with_raw_response,
            "aio": getattr(client.aio, resource),
            "aio raw": getattr(client.aio, resource).with_raw_response,
        }
        for where, found in places.items():
            bound = getattr(found, method)
            assert inspect.iscoroutinefunction(bound) == where.startswith("aio"), (package, resource, method, where)
            summary = (module.sync.__doc__ or "").strip().splitlines()[0]
            assert (bound.__doc__ or "").startswith(summary), (package, resource, method)
            reached[where] += 1
    assert reached == {"sync": 176, "raw": 176, "aio": 176, "aio raw": 176}


@pytest.fixture
def tyntec_client(emulator: str) -> tyntec.Client:
    return tyntec.connect(f"{emulator}/tyntec", api_key=TYNTEC_KEY)


@pytest.fixture
def bytehand_client(emulator: str) -> bytehand.Client:
    return bytehand.connect(f"{emulator}/bytehand/v2", api_key=BYTEHAND_KEY)


def test_a_send_takes_the_body_fields_as_keywords_or_the_whole_model(tyntec_client: tyntec.Client) -> None:
    by_fields = tyntec_client.sms_messaging.send_sms(to="+491701234567", from_="ACME", message="Hi")
    by_model = tyntec_client.sms_messaging.send_sms(body=SmsMessage(to="+491701234567", from_="ACME", message="Hi"))
    assert by_fields.request_id != by_model.request_id
    # A path parameter goes by position or by name; an optional field left out of the reply is None.
    status = tyntec_client.sms_messaging.get_sms_status(by_fields.request_id)
    assert tyntec_client.sms_messaging.get_sms_status(request_id=by_fields.request_id).request_id == status.request_id
    assert status.done_date is None
    assert "done_date" not in status.fields_set
    with pytest.raises(TypeError, match=r"SmsMessage\(\) needs from_="):  # without a type checker, a clear error
        tyntec_client.sms_messaging.send_sms(to="+491701234567", message="Hi")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword argument 'sender'"):
        tyntec_client.sms_messaging.send_sms(to="+491701234567", sender="ACME", message="Hi")  # type: ignore[call-overload]


def test_a_raw_response_has_the_http_reply_and_parses_to_the_success_model(tyntec_client: tyntec.Client) -> None:
    sent = tyntec_client.sms_messaging.with_raw_response.send_sms(to="+491701234567", from_="ACME", message="Hi")
    assert sent.status_code == 200
    assert sent.headers["content-type"].startswith("application/json")
    assert sent.content == sent.http_response.content
    assert sent.parse().request_id == sent.http_response.json()["requestId"]
    assert sent.parse() is sent.parse()
    with pytest.raises(NotFound):  # errors raise as the plain call does
        tyntec_client.sms_messaging.with_raw_response.get_sms_status("no-such-request")


def test_each_operation_accepts_the_media_types_of_its_success_reply(
    tyntec_client: tyntec.Client, bytehand_client: bytehand.Client, emulator: str
) -> None:
    raw = tyntec_client.sms_messaging.with_raw_response.send_sms(to="+491701234567", from_="ACME", message="Hi")
    assert raw.http_response.request.headers["accept"] == "application/json"
    other = tyntec_client.byon_contact_service.with_raw_response.list_contacts(extra_headers={"Accept": "*/*"})
    assert other.http_response.request.headers["accept"] == "*/*"
    client = smsc.connect(f"{emulator}/smsc", login="demo", password="demo-password")
    balance = client.account.with_raw_response.get_balance()
    assert balance.http_response.request.headers["accept"] == "text/plain, application/xml, application/json"
    count = bytehand_client.sms_messages.with_raw_response.query_sms_count()
    assert count.http_response.request.headers["accept"] == "*/*"  # no body documented: httpx's default


def test_a_paged_list_walks_every_page_lazily_and_a_count_is_an_int(bytehand_client: bytehand.Client) -> None:
    for number in range(7):
        bytehand_client.sms_messages.send_sms(body=SmsMessageInput(receiver="+79161234567", text=f"zqp{number}"))
    total = bytehand_client.sms_messages.query_sms_count()
    assert isinstance(total, int)
    assert total >= 7
    first = bytehand_client.sms_messages.query_sms(count=3)
    assert len(first.data) == 3
    assert first.total == total
    assert first.has_next_page()
    second = first.next_page()
    assert (second.number, len(second.data)) == (2, 3)
    walked = list(first)
    assert len(walked) == total
    assert len({message.id for message in walked}) == total
    last = list(first.iter_pages())[-1]
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        last.next_page()
    assert bytehand_client.sms_messages.query_sms_count(query="text=~zqp") == 7
    raw = bytehand_client.sms_messages.with_raw_response.query_sms(count=3)
    assert [message.id for message in raw.parse()] == [message.id for message in walked]


def test_pages_numbered_in_the_body_and_from_zero(emulator: str) -> None:
    with jomobile.connect(
        f"{emulator}/jomobile", username="jomobile-demo", password="jomobile-demo-password"
    ) as client:
        for number in range(3):
            client.groups.create_group(name_group=f"group {number}")
        groups = client.groups.list_groups(limit=1)
        assert (groups.number, len(groups.data), groups.total) == (0, 1, 4)
        assert [group.name_group for group in groups][1:] == ["group 0", "group 1", "group 2"]
        assert len(list(client.groups.list_groups())) == 4  # no limit: one page holds every group


@pytest.mark.anyio
async def test_the_async_mirror_pages_with_async_for(bytehand_client: bytehand.Client) -> None:
    for number in range(5):
        message = SmsMessageInput(receiver="+79161234567", text=f"zqa{number}")
        await bytehand_client.aio.sms_messages.send_sms(body=message)
    page = await bytehand_client.aio.sms_messages.query_sms(count=2, query="text=~zqa")
    seen = [message.text async for message in page]
    assert sorted(seen) == [f"zqa{number}" for number in range(5)]
    assert await bytehand_client.aio.sms_messages.query_sms_count(query="text=~zqa") == 5
    raw = await bytehand_client.aio.sms_messages.with_raw_response.query_sms_count(query="text=~zqa")
    assert raw.parse() == 5


def test_one_client_serves_one_event_loop_after_another(tyntec_client: tyntec.Client) -> None:
    async def send() -> str:
        sent = await tyntec_client.aio.sms_messaging.send_sms(to="+491701234567", from_="ACME", message="Hi")
        return sent.request_id

    first, second = asyncio.run(send()), asyncio.run(send())
    assert first != second


def test_async_with_closes_the_connections_it_opened(emulator: str) -> None:
    client = jomobile.connect(f"{emulator}/jomobile", username="jomobile-demo", password="jomobile-demo-password")

    async def use() -> None:
        async with client.aio as aio:
            await aio.account.get_me()
            assert client.session.has_valid_token
        assert not client.session.has_valid_token  # logged out, connections closed

    asyncio.run(use())
    asyncio.run(use())  # and a new loop opens new ones


def test_with_options_shares_the_pool_and_leaves_the_original_unchanged(
    tyntec_client: tyntec.Client, control: httpx.Client
) -> None:
    quick = tyntec_client.with_options(timeout=1.5, retries=0)
    assert quick.get_httpx_client() is tyntec_client.get_httpx_client()
    results: dict[str, list[Any]] = {"quick": [], "plain": []}

    def use(name: str, client: tyntec.Client) -> None:
        for _ in range(5):
            raw = client.byon_contact_service.with_raw_response.list_contacts()
            results[name].append(raw.http_response.request.extensions)

    threads = [threading.Thread(target=use, args=pair) for pair in (("quick", quick), ("plain", tyntec_client))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {extensions["timeout"]["read"] for extensions in results["quick"]} == {1.5}
    assert {extensions.get("retries") for extensions in results["quick"]} == {0}
    assert {extensions["timeout"]["read"] for extensions in results["plain"]} == {30.0}
    assert {extensions.get("retries") for extensions in results["plain"]} == {None}
    # retries=0 reaches the transport: one 503 is not retried.
    control.post(
        "/faults", json={"provider": "tyntec", "operationId": "listContacts", "kind": "status", "status": 503}
    ).raise_for_status()
    with pytest.raises(ServerError):
        quick.byon_contact_service.list_contacts()
    control.post(
        "/faults", json={"provider": "tyntec", "operationId": "listContacts", "kind": "status", "status": 503}
    ).raise_for_status()
    tyntec_client.byon_contact_service.list_contacts()  # the original still retries


def test_module_functions_still_work_with_the_same_client(tyntec_client: tyntec.Client) -> None:
    from tyntec_client.api.sms_messaging import get_sms_status, send_sms

    sent = send_sms.sync(client=tyntec_client, body=SmsMessage(to="+491701234567", from_="ACME", message="Hi"))
    assert get_sms_status.sync(client=tyntec_client, request_id=sent.request_id).request_id == sent.request_id
