"""Every request example of the four providers' documents, sent to the emulator as the document writes it.

The examples are transcribed here by hand (the documents themselves are not
read). Where a document shows a collapsed list (``[ ]`` with its items
hidden) the items are filled in with plausible values; where it shows an
e-mail address hidden by the page's obfuscation, a plausible address. Type
placeholders (tyntec's ``"string"``) are sent as they are: they are accepted
where the document gives the field no format, and refused naming the field
where the document says what the value is (a phone number). Every other
example must be accepted with a 2xx answer.

BYTEHAND's document lists methods without examples; its public facts show a
message as ``{sender, receiver, text}`` and the probe, which are walked.
SMSC's document shows the senders.php replies for every ``fmt``, ``all`` and
``operators``, and for adding, changing, deleting and confirming a name; the
requests that produce them are walked.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

JOMOBILE_USER, JOMOBILE_PASSWORD = "jomobile-demo", "jomobile-demo-password"


def accepted(reply: httpx.Response) -> Any:
    assert 200 <= reply.status_code < 300, f"{reply.request.method} {reply.request.url}: {reply.text}"
    return reply.json() if reply.content else None


# --- Jo Mobile RESTAPI 6.4: the "Request samples" of each section -------------------------------------

JOMOBILE_EXAMPLES: list[tuple[str, str, Any]] = [
    ("GET", "/v1/me", None),
    (
        "POST",
        "/v1/register",
        {
            "login": "restap141i",
            "password": "restapirestapi",
            "name": "Dennis",
            "phone": "380662185299",
            "skype": "desrodman",
            "email": "dennis@example.com",
            "company_name": "tralala LTD",
        },
    ),
    (
        "POST",
        "/v1/send",
        [
            {"number": "380662185299", "senderID": "SenderID", "text": "Hello"},
            {"number": "380662185300", "senderID": "SenderID", "text": "Hello again"},
        ],
    ),
    (
        "POST",
        "/v1/sms-full-data",
        {
            "MCC": 224,
            "MNC": 2,
            "sender": "SenderID",
            "phone": [],
            "id_base": [],
            "limit": None,
            "time_period": "2023-02-12 00:00:00 - 2023-02-12 23:59:59",
            "type_sms": "sms",
        },
    ),
    ("POST", "/v1/group", {"id_group": 0, "offset": 0, "limit": 10}),
    (
        "POST",
        "/v1/group-create",
        {
            "name_group": "bigRest",
            "time_birth": "23:22",
            "originator_birth": "aadfd",
            "text_birth": "Hello #first_name#! Good luck",
            "on_birth": False,
        },
    ),
    ("POST", "/v1/group-number-add", {"id_group": 13, "numbers": [{"number": "380662185299", "name": "Dennis"}]}),
    ("POST", "/v1/group-number-search", {"id_group": 13, "numbers": ["380662185299"]}),
    ("POST", "/v1/group-number-delete", {"id_group": 13, "numbers": ["380662185299"]}),
    (
        "POST",
        "/v1/send-bulk",
        {
            "senderID": "SMS",
            "text": "Hello #first_name#, We send sms to #number#",
            "dateStart": "2022-12-14",
            "timeStart": "22:30",
            "timeStop": "22:30",
            "phone": "12345678822",
            "id_group": [13],
            "id_group_excluded": [],
        },
    ),
    ("POST", "/v1/black-list-add", {"numbers": ["380662185311"]}),
    ("POST", "/v1/black-list-search", {"numbers": ["380662185311"]}),
    ("POST", "/v1/black-list-delete", {"numbers": ["380662185311"]}),
    ("POST", "/v1/replacement", [{"number": "380662185299", "senderID": "SenderID", "text": "Hello"}]),
    ("POST", "/v1/product-price", {"ISO": "full"}),
    ("POST", "/v1/account-price", {"ISO": "full"}),
    ("POST", "/v1/country-price", {"ISO": "full"}),
    ("GET", "/v1/country-by-continent", None),
    ("POST", "/v1/group-delete", {"id_group": []}),
    ("GET", "/v1/logout", None),
]


def test_jomobile_examples(emulator: str) -> None:
    base = f"{emulator}/jomobile"
    code = accepted(httpx.post(f"{base}/v1/authorize", json={"username": JOMOBILE_USER, "password": JOMOBILE_PASSWORD}))
    token = accepted(
        httpx.post(f"{base}/v1/accesstoken", json={"authorization_code": code["data"]["authorization_code"]})
    )
    headers = {"X-Access-Token": token["data"]["access_token"]}
    for method, path, body in JOMOBILE_EXAMPLES:
        sent = httpx.request(method, f"{base}{path}", json=body, headers=headers, timeout=10)
        assert accepted(sent)["status"] is True


# --- SMSC: the senders.php replies the document shows, by the requests that produce them ---------------


@pytest.mark.parametrize("fmt", ["0", "1", "2", "3"])
def test_smsc_sender_list_examples(emulator: str, control: httpx.Client, fmt: str) -> None:
    control.post("/limits", json={"enforced": False}).raise_for_status()
    base = f"{emulator}/smsc/sys/senders.php"
    auth = {"login": "demo", "psw": "demo-password", "fmt": fmt}
    variants = [{"get": "1", "all": "0"}, {"get": "1", "all": "1"}] + ([{"get": "1", "operators": "1"}] * (fmt != "1"))
    for variant in variants:
        reply = httpx.get(base, params={**auth, **variant}, timeout=10)
        assert reply.status_code == 200
        assert "ACME" in reply.text
        assert "error" not in reply.text.lower()
        assert "ERROR" not in reply.text
    added = httpx.get(base, params={**auth, "add": "1", "sender": f"NEWNAME{fmt}"}, timeout=10).text
    assert "error" not in added.lower()
    (sender_id,) = re.findall(r"[0-9]+", added)
    phone = f"7999000000{fmt}"
    for command in (
        {"chg": "1", "id": sender_id, "sender": f"RENAMED{fmt}"},
        {"del": "1", "id": sender_id},
        {"send_code": "1", "sender": phone},
    ):
        reply = httpx.get(base, params={**auth, **command}, timeout=10).text
        assert "OK" in reply, (command, reply)
    (code,) = [m["text"][-4:] for m in control.get("/messages", params={"provider": "smsc"}).json() if m["to"] == phone]
    checked = httpx.get(base, params={**auth, "check_code": "1", "sender": phone, "code": code}, timeout=10).text
    assert "OK" in checked


# --- tyntec SMS API v1: the "Code samples" and "Body parameter" examples ---------------------------------

EXAMPLE_REQUEST_ID = "e74db8d4-77ad-4671-8feb-9bc76b0df188"
CONTACT_PLACEHOLDERS = dict.fromkeys(
    ("companyAddress", "companyName", "contactEmail", "contactName", "contactPhone", "contactTitle", "friendlyName"),
    "string",
)


def test_tyntec_examples(emulator: str) -> None:
    api = httpx.Client(
        base_url=f"{emulator}/tyntec",
        headers={"apikey": "tyntec-demo-key", "Accept": "application/json"},
        timeout=10,
    )
    accepted(api.post("/messaging/v1/sms", json={"to": "+123456789", "from": "tyntec", "message": "Hello world!"}))
    assert accepted(api.get(f"/messaging/v1/messages/{EXAMPLE_REQUEST_ID}"))["requestId"] == EXAMPLE_REQUEST_ID
    accepted(
        api.post(
            "/messaging/v1/conversion",
            json={"requestId": EXAMPLE_REQUEST_ID, "delivered": True, "timestamp": "2018-06-01T00:00:00+0200"},
        )
    )
    created = accepted(api.post("/byon/contacts/v1", json=CONTACT_PLACEHOLDERS))
    contact_id = created["contactId"]
    accepted(api.get("/byon/contacts/v1"))
    accepted(api.get(f"/byon/contacts/v1/{contact_id}"))
    accepted(api.post(f"/byon/contacts/v1/{contact_id}", json=CONTACT_PLACEHOLDERS))
    accepted(api.get("/byon/phonebook/v1/numbers"))
    accepted(api.get("/byon/provisioning/v1"))
    # The document says what these placeholders stand for - phone numbers - so "string" is refused, naming them.
    by_get = api.get("/messaging/v1/sms", params={"to": "string", "from": "string", "message": "string"})
    assert by_get.status_code == 400
    assert "to" in by_get.text
    provisioning = api.post(
        "/byon/provisioning/v1", params={"contactId": contact_id}, json=[{"phoneNumber": "string", "country": "string"}]
    )
    assert provisioning.status_code == 400
    assert api.delete(f"/byon/contacts/v1/{contact_id}").status_code in (200, 204)


# --- BYTEHAND: the message and probe of the public facts ---------------------------------------------------


def test_bytehand_examples(emulator: str) -> None:
    base = f"{emulator}/bytehand/v2"
    message = {"sender": "SMS-INFO", "receiver": "+79161234567", "text": "Hello!"}
    sent = accepted(httpx.post(f"{base}/sms/messages", json=message, headers={"X-Service-Key": "bytehand-demo-key"}))
    assert (sent["result"], sent["count"]) == ("created", 1)
    probe = accepted(httpx.get(f"{base}/sms/messages/probe", params={"receiver": "+79161234567", "text": "Hello!"}))
    assert probe["phone_is_valid"] is True
