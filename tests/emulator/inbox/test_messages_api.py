"""``/_emulator/messages``: one shape for every provider's messages, the inbox's filters, DELETE, events."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx
import pytest
from smsc_client.api.messages import send_message
from tyntec_client.api.sms_messaging import send_sms
from tyntec_client.models import SmsMessage

from sms_clients import smsc, tyntec
from tests._server import Receiver

from .examples import send_one_per_provider

RFC3339_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
COMMON = {"queued", "sent", "delivered", "failed", "expired"}


def messages(control: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    reply = control.get("/messages", params=params)
    assert reply.status_code == 200, reply.text
    return list(reply.json())


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def tyntec_send(emulator: str, **fields: Any) -> str:
    with tyntec.connect(f"{emulator}/tyntec", api_key="tyntec-demo-key") as client:
        body = SmsMessage.from_dict({"from": "ACME", "message": "Hi", **fields})
        sent = send_sms.sync(client=client, body=body)
        assert sent is not None
        return str(sent.request_id)


def test_every_provider_has_the_same_fields_and_one_timestamp_format(emulator: str, control: httpx.Client) -> None:
    texts = send_one_per_provider(emulator)
    found = messages(control)
    assert sorted(m["provider"] for m in found) == sorted(texts)
    assert len({frozenset(m) for m in found}) == 1, "every provider's message has the same fields"
    for message in found:
        assert message["text"] == texts[message["provider"]]
        assert message["key"].startswith(message["provider"] + "-")
        assert message["state"] in COMMON
        assert message["providerState"]
        for moment in [message["submittedAt"], message["updatedAt"], *(s["at"] for s in message["history"])]:
            assert RFC3339_UTC.match(moment), moment
        assert message["history"][-1]["state"] == message["state"]
        assert re.fullmatch(r"\d+(\.\d+)?", message["cost"]["amount"])
        assert message["cost"]["currency"]
        assert message["encoding"] in {"GSM7", "UCS2"}
        assert message["partCount"] == len(message["parts"]) == 1
    by_provider = {m["provider"]: m for m in found}
    assert by_provider["bytehand"]["encoding"] == "UCS2"  # Cyrillic
    assert by_provider["tyntec"]["encoding"] == "GSM7"


def test_the_common_state_and_the_history_follow_the_clock(emulator: str, control: httpx.Client) -> None:
    later = tyntec_send(emulator, to="+491701234567", sendDateTime="2999-01-01T00:00:00Z")
    undeliverable = tyntec_send(emulator, to="+491701234404")
    with smsc.connect(f"{emulator}/smsc", login="demo", password="demo-password") as client:
        send_message.sync(client=client, phones="+79031234567", mes="in an hour", time="+60")
    (scheduled,) = messages(control, provider="smsc")
    assert (scheduled["state"], scheduled["providerState"]) == ("queued", "waiting")

    advance(control, 3600 + 5)
    by_id = {m["id"]: m for m in messages(control, provider="tyntec")}
    assert (by_id[later]["state"], by_id[later]["providerState"]) == ("queued", "ACCEPTED")
    assert (by_id[undeliverable]["state"], by_id[undeliverable]["providerState"]) == ("failed", "UNDELIVERABLE")
    (scheduled,) = messages(control, provider="smsc")
    assert [(s["state"], s["providerState"]) for s in scheduled["history"]] == [
        ("queued", "waiting"),
        ("sent", "handed to the operator"),
        ("delivered", "delivered"),
    ]
    times = [s["at"] for s in scheduled["history"]]
    assert times == sorted(times)
    assert times[0] < times[1]


def test_a_message_whose_validity_runs_out_is_expired(emulator: str, control: httpx.Client) -> None:
    in_an_hour = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))
    request_id = tyntec_send(emulator, to="+491701234567", sendDateTime=in_an_hour, validity="1")
    advance(control, 2 * 3600)
    (message,) = messages(control, provider="tyntec")
    assert (message["id"], message["state"], message["providerState"]) == (request_id, "expired", "EXPIRED")


def test_the_filters_combine_and_compare_numbers_by_their_digits(emulator: str, control: httpx.Client) -> None:
    send_one_per_provider(emulator, failing_smsc=True)
    advance(control, 5)
    assert {m["provider"] for m in messages(control, provider="smsc")} == {"smsc"}
    assert len(messages(control, provider="smsc")) == 2
    (failed,) = messages(control, state="failed")
    assert (failed["provider"], failed["to"]) == ("smsc", "79031234403")
    assert [m["provider"] for m in messages(control, to="+7 903 123-44-03")] == ["smsc"]
    assert [m["provider"] for m in messages(control, to="+491701234567")] == ["tyntec"]
    assert [m["provider"] for m in messages(control, q="JO MOBILE SAYS")] == ["jomobile"]
    assert messages(control, q="nothing like this") == []
    assert messages(control, provider="tyntec", state="failed") == []
    oldest, newest = messages(control, limit=1), messages(control, limit=1, order="newest")
    assert oldest[0]["provider"] == "tyntec"
    assert newest[0]["provider"] == "smsc"


@pytest.mark.parametrize(
    ("params", "named"), [({"provider": "acme"}, "acme"), ({"state": "lost"}, "lost"), ({"limit": "0"}, "0")]
)
def test_a_filter_that_cannot_match_is_a_400_naming_it(
    control: httpx.Client, params: dict[str, str], named: str
) -> None:
    reply = control.get("/messages", params=params)
    assert reply.status_code == 400
    assert named in reply.json()["detail"]


def test_one_message_is_read_and_deleted_by_its_key(emulator: str, control: httpx.Client) -> None:
    send_one_per_provider(emulator, failing_smsc=True)
    smsc_messages = messages(control, provider="smsc")
    first = smsc_messages[0]
    assert control.get(f"/messages/{first['key']}").json() == first
    assert control.delete(f"/messages/{first['key']}").status_code == 204
    assert control.get(f"/messages/{first['key']}").status_code == 404
    assert control.delete(f"/messages/{first['key']}").status_code == 404
    assert messages(control, provider="smsc") == smsc_messages[1:]  # the other recipient of the request stays
    assert control.delete("/messages/acme-1").status_code == 404


def test_deleting_all_messages_keeps_everything_else(emulator: str, control: httpx.Client) -> None:
    send_one_per_provider(emulator)
    faults_before = control.post("/faults", json={"provider": "smsc", "kind": "status"}).json()
    assert control.delete("/messages", params={"provider": "tyntec"}).json() == {"deleted": 1}
    assert {m["provider"] for m in messages(control)} == {"bytehand", "jomobile", "smsc"}
    assert control.delete("/messages").json() == {"deleted": 3}
    assert messages(control) == []
    assert control.get("/faults").json() == [faults_before]
    assert control.delete("/messages", params={"provider": "acme"}).status_code == 400


def test_a_message_lists_the_delivery_reports_made_for_it(
    emulator: str, control: httpx.Client, callback_receiver: Receiver
) -> None:
    request_id = tyntec_send(emulator, to="+491701234567", callbackUrl=f"{callback_receiver.url}/report")
    advance(control, 5)
    deadline = time.monotonic() + 10
    while True:  # the report is recorded once the receiver has answered it
        (message,) = messages(control, provider="tyntec")
        if message["callbacks"] or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    reports = message["callbacks"]
    assert [(r["purpose"], r["method"], r["status"]) for r in reports][-1] == ("delivery report", "POST", 200)
    assert all(r["url"] == f"{callback_receiver.url}/report" for r in reports)
    assert callback_receiver.requests[-1].body["requestId"] == message["id"] == request_id


def test_the_event_stream_announces_a_new_message(emulator: str, control: httpx.Client) -> None:
    with httpx.stream("GET", f"{emulator}/_emulator/events", timeout=10) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        first = next_change(lines)
        tyntec_send(emulator, to="+491701234567")
        second = next_change(lines)
    assert first["version"] != second["version"]
    assert RFC3339_UTC.match(second["clock"])


def next_change(lines: Any) -> dict[str, Any]:
    for line in lines:
        if line.startswith("event: change"):
            data = next(lines)
            assert data.startswith("data: ")
            return dict(json.loads(data[len("data: ") :]))
    raise AssertionError("the stream ended without a change event")


def test_the_inbox_page_and_its_assets_are_served(emulator: str) -> None:
    page = httpx.get(f"{emulator}/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    texts = [page.text]
    for name, media_type in [("inbox.css", "text/css"), ("inbox.js", "text/javascript")]:
        assert f"/_emulator/assets/{name}" in page.text
        asset = httpx.get(f"{emulator}/_emulator/assets/{name}")
        assert asset.status_code == 200
        assert asset.headers["content-type"].startswith(media_type)
        texts.append(asset.text)
    for text in texts:  # nothing loaded from the network (the machines may be offline): no CDN, no web font
        assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//|@import|url\(["']?(?:https?:)?//""", text)
    assert httpx.get(f"{emulator}/_emulator/assets/..%2Fpage.yaml").status_code == 404
    assert httpx.get(f"{emulator}/no-such-page").status_code == 404
