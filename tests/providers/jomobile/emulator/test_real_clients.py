"""Requests exactly as Jo Mobile's own Python client and its README send them, replayed with plain ``requests``.

The vendor's client posts ``number`` as a list of numbers inside one message,
``lifetime`` as a string of seconds, lower-case types (``sms``, ``hlr``,
``mnp``) and a ``charset: UTF-8`` header; its README adds group contacts
whose ``number`` is a JSON integer. Replies are read the vendor's way:
``r.json()["data"]``. None of this goes through our generated code.
"""

from __future__ import annotations

from typing import Any

import httpx
import requests

from ..conftest import DEMO_GROUP, advance, raw_token


def vendor_session(base_url: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({"X-Access-Token": raw_token(base_url), "charset": "UTF-8"})
    return session


def post(session: requests.Session, url: str, body: Any) -> Any:
    reply = session.post(url, json=body, timeout=10)
    assert reply.status_code == 200, reply.text
    return reply.json()["data"]


def test_the_vendor_client_sends_one_message_to_a_list_of_numbers(base_url: str, control: httpx.Client) -> None:
    session = vendor_session(base_url)
    sent = post(
        session,
        f"{base_url}/v1/send",
        [
            {
                "number": ["380957225759", "380661093766"],
                "senderID": "Verify",
                "text": "Your OTP is 42488",
                "type": "sms",
                "delivery": True,
                "lifetime": "86400",
                "beginDate": "2023-03-19",
                "beginTime": "19:16:00",
            }
        ],
    )
    assert [entry["number"] for entry in sent] == ["380957225759", "380661093766"]
    assert all(entry["id"] for entry in sent)
    advance(control, 10)
    found = post(session, f"{base_url}/v1/sms-full-data", {"id_base": [entry["id"] for entry in sent]})
    assert sorted(record["phone"] for record in found) == ["380661093766", "380957225759"]
    assert {record["lifetime"] for record in found} == {86400}
    assert {record["status"] for record in found} == {"DELIVERED"}


def test_the_vendor_readme_time_with_seconds_is_accepted(base_url: str) -> None:
    """The README writes ``beginTime`` as ``19:16:00``."""
    session = vendor_session(base_url)
    reply = session.post(
        f"{base_url}/v1/send",
        json=[{"number": ["380957225759"], "senderID": "Verify", "text": "t", "beginTime": "19:16:00"}],
        timeout=10,
    )
    assert reply.status_code == 200, reply.text


def test_hlr_and_mnp_look_ups_in_lower_case(base_url: str, control: httpx.Client) -> None:
    session = vendor_session(base_url)
    sent = post(
        session,
        f"{base_url}/v1/send",
        [
            {"number": ["380957225759"], "senderID": "Verify", "text": "-", "type": "hlr"},
            {"number": ["380661093766"], "senderID": "Verify", "text": "-", "type": "mnp"},
        ],
    )
    assert [entry["parts"] for entry in sent] == [0, 0]
    advance(control, 10)
    found = post(session, f"{base_url}/v1/sms-full-data", {"id_base": [entry["id"] for entry in sent], "phone": []})
    assert sorted((record["type_sms"], record["status"]) for record in found) == [
        ("HLR", "DELIVERED"),
        ("MNP", "DELIVERED"),
    ]


def test_the_100_message_limit_counts_the_numbers_of_a_list(base_url: str, control: httpx.Client) -> None:
    session = vendor_session(base_url)
    numbers = [f"38095{n:07d}" for n in range(101)]
    reply = session.post(
        f"{base_url}/v1/send", json=[{"number": numbers, "senderID": "Verify", "text": "x"}], timeout=10
    )
    assert reply.status_code == 400
    assert "number" in reply.json()["errors"]
    before = session.get(f"{base_url}/v1/me", timeout=10).json()["data"]["balance"]
    assert len(post(session, f"{base_url}/v1/send", [{"number": numbers[:100], "senderID": "V", "text": "x"}])) == 100
    assert session.get(f"{base_url}/v1/me", timeout=10).json()["data"]["balance"] < before
    books = control.get("/ledger", params={"provider": "jomobile"}).json()
    assert [entry["problems"] for entry in books] == [[] for _ in books]


def test_the_readme_adds_a_contact_whose_number_is_an_integer(base_url: str) -> None:
    session = vendor_session(base_url)
    added = post(
        session,
        f"{base_url}/v1/group-number-add",
        {
            "id_group": DEMO_GROUP,
            "numbers": [
                {
                    "number": 12345678901,
                    "name": "Iogan",
                    "surname": "Bah",
                    "patronymic": "Sebastian",
                    "date_birth": "1992-12-31",
                    "male": "m",
                    "note_1": "organist",
                }
            ],
        },
    )
    assert added["added"] == 1
    found = post(session, f"{base_url}/v1/group-number-search", {"id_group": DEMO_GROUP, "numbers": ["12345678901"]})
    assert [(contact["number"], contact["name"]) for contact in found] == [("12345678901", "Iogan")]


def test_replacement_answers_get_as_the_document_says(base_url: str) -> None:
    session = vendor_session(base_url)
    reply = session.get(
        f"{base_url}/v1/replacement",
        params={"number": "+380 66 218-52-99", "senderID": " SenderID ", "text": "\u201cHi\u201d \u2013 bye"},
        timeout=10,
    )
    assert reply.status_code == 200, reply.text
    (message,) = reply.json()["data"]
    assert (message["number"], message["senderID"], message["text"]) == ("380662185299", "SenderID", '"Hi" - bye')
