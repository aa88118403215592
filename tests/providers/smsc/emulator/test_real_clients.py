"""Requests exactly as public SMSC client libraries send them, replayed with plain urllib and read their way.

SMSC's official Python library (v1.9) always sends ``fmt=1``, ``charset=utf-8``,
``translit=0`` and ``id=0`` (its "no id of mine"), ``cost=3`` for a send and
``cost=1`` for a price, and switches from GET to a POST form with the same
fields when the query passes 2000 characters; it splits every reply on ``,``.
Other libraries ask for ``fmt=3`` and ``cost=2``, read several statuses in one
request (``id`` and ``phone`` lists in pairs, a trailing comma allowed) with
``all=2``, and the balance with ``cur=1``. None of this goes through our
generated code.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from typing import Any

import httpx

LOGIN, PSW = "demo", "demo-password"
PHONE = "79999999999"


def official(base_url: str, script: str, query: str) -> list[str]:
    """The official library's ``_smsc_send_cmd``: GET, or POST past 2000 characters; the reply split on ``,``."""
    url = f"{base_url}/sys/{script}"
    query = f"login={LOGIN}&psw={PSW}&fmt=1&charset=utf-8&{query}"
    if len(url + "?" + query) > 2000:
        request = urllib.request.Request(url, data=query.encode(), method="POST")
    else:
        request = urllib.request.Request(f"{url}?{query}")
    with urllib.request.urlopen(request, timeout=10) as reply:
        assert reply.status == 200
        return str(reply.read().decode("utf-8")).split(",")


def other(base_url: str, script: str, query: str) -> Any:
    """A JSON-reading library: ``fmt=3``, the reply parsed as JSON."""
    url = f"{base_url}/sys/{script}?login={LOGIN}&psw={PSW}&fmt=3&charset=utf-8&{query}"
    with urllib.request.urlopen(url, timeout=10) as reply:
        return json.loads(reply.read())


def quoted(text: str) -> str:
    return urllib.parse.quote(text)


def test_the_official_library_sends_with_id_0_then_reads_status_and_balance(base_url: str) -> None:
    message_id, count, cost, balance = official(
        base_url, "send.php", f"cost=3&phones={PHONE}&mes={quoted('test')}&translit=0&id=0"
    )
    assert int(message_id) > 0  # 0 was "no id of mine": SMSC assigned one
    assert (count, cost, balance) == ("1", "1.80", "98.20")

    status = official(base_url, "status.php", f"phone={PHONE}&id={message_id}&all=0")
    assert len(status) == 3
    assert int(status[0]) in (-1, 0, 1)
    assert status[2] == "0"

    assert official(base_url, "balance.php", "")[0] == "98.20"


def test_the_official_library_passes_its_sender_and_asks_for_a_price(base_url: str) -> None:
    message_id, count, cost, _balance = official(
        base_url, "send.php", f"cost=3&phones={PHONE}&mes={quoted('from ACME')}&translit=0&id=0&sender=ACME"
    )
    assert (count, cost) == ("1", "1.80")
    price, parts = official(base_url, "send.php", f"cost=1&phones={PHONE}&mes={quoted('how much')}&translit=0")
    assert (price, parts) == ("1.80", "1")
    status = official(base_url, "status.php", f"phone={PHONE}&id={message_id}&all=0")
    assert len(status) == 3


def test_a_query_past_2000_characters_goes_as_a_post_form(base_url: str, control: httpx.Client) -> None:
    text = "Привет " * 60  # 420 characters, over 2500 once percent-encoded: the library POSTs a form
    message_id, count, cost, balance = official(
        base_url, "send.php", f"cost=3&phones={PHONE}&mes={quoted(text)}&translit=0&id=0"
    )
    assert (count, cost, balance) == ("7", "12.60", "87.40")  # 7 UCS-2 parts of 67 characters
    books = control.get("/ledger", params={"provider": "smsc"}).json()
    assert [entry["problems"] for entry in books] == [[] for _ in books]
    sent = control.get("/messages", params={"provider": "smsc"}).json()
    assert [message["text"] for message in sent if message["id"] == message_id] == [text]


def test_translit_rewrites_cyrillic_so_the_message_costs_less(base_url: str, control: httpx.Client) -> None:
    text = quoted("Привет! " * 10)  # 80 characters: two UCS-2 parts, one GSM-7 part once transliterated
    _, plain_count, _, _ = official(base_url, "send.php", f"cost=3&phones={PHONE}&mes={text}&translit=0&id=0")
    _, latin_count, _, _ = official(base_url, "send.php", f"cost=3&phones={PHONE}&mes={text}&translit=1&id=0")
    assert (plain_count, latin_count) == ("2", "1")
    sent = control.get("/messages", params={"provider": "smsc"}).json()
    assert {message["text"].strip() for message in sent} >= {"Privet! " * 9 + "Privet!"}


def test_another_library_sends_in_json_with_cost_2(base_url: str) -> None:
    reply = other(base_url, "send.php", f"cost=2&phones={PHONE}&mes={quoted('json')}")
    assert reply["cnt"] == 1
    assert reply["cost"] == "1.80"
    assert reply["id"] > 0


def test_another_library_reads_a_list_of_statuses_in_pairs(base_url: str) -> None:
    first = other(base_url, "send.php", f"phones={PHONE}&mes={quoted('one')}")["id"]
    second = other(base_url, "send.php", f"phones=380501234567&mes={quoted('two')}")["id"]
    listed = other(base_url, "status.php", f"all=2&phone={PHONE},380501234567,79991112233&id={first},{second},42,")
    assert [(entry["id"], entry["phone"]) for entry in listed] == [
        (first, PHONE),
        (second, "380501234567"),
        (42, "79991112233"),
    ]
    assert [entry["status"] for entry in listed][2] == -3  # not found, and the others still answer
    assert (listed[0]["country"], listed[1]["country"]) == ("Russia", "Ukraine")
    assert listed[0]["cost"] == "1.80"
    assert listed[0]["sender"] == "SMSC.RU"
    assert listed[0]["operator"]


def test_a_list_of_one_with_a_trailing_comma_is_still_a_list(base_url: str) -> None:
    sent = other(base_url, "send.php", f"phones={PHONE}&mes={quoted('alone')}")["id"]
    listed = other(base_url, "status.php", f"all=2&phone={PHONE},&id={sent},")
    assert isinstance(listed, list)
    assert [entry["id"] for entry in listed] == [sent]
    single = other(base_url, "status.php", f"phone={PHONE}&id={sent}")
    assert isinstance(single, dict)
    assert set(single) == {"status", "last_timestamp", "err"}


def test_lists_of_different_lengths_are_an_error_in_the_parameters(base_url: str) -> None:
    assert other(base_url, "status.php", f"phone={PHONE},{PHONE},{PHONE}&id=1,2,")["error_code"] == 1
    assert [entry["phone"] for entry in other(base_url, "status.php", f"phone={PHONE}&id=1,2,")] == [PHONE, PHONE]


def test_the_balance_with_its_currency(base_url: str) -> None:
    assert other(base_url, "balance.php", "cur=1") == {"balance": "100.00", "currency": "RUB"}
    assert official(base_url, "balance.php", "cur=1") == ["100.00", "RUB"]


def test_51_numbers_are_sent_and_too_many_get_the_limits_error(base_url: str) -> None:
    phones = ",".join(f"7999{n:07d}" for n in range(1, 52))
    assert other(base_url, "send.php", f"cost=1&phones={phones}&mes=x")["cnt"] == 51
    phones = ",".join(f"7999{n:07d}" for n in range(1, 1002))
    request = urllib.request.Request(
        f"{base_url}/sys/send.php",
        data=f"login={LOGIN}&psw={PSW}&fmt=3&phones={phones}&mes=x".encode(),
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as reply:
        refused = json.loads(reply.read())
    assert refused["error_code"] == 1
    assert "1000" in refused["error"]


def test_the_duplicate_check_counts_cost(base_url: str) -> None:
    """The same message once as a plain send, once with cost=2: two different requests, both sent."""
    plain = other(base_url, "send.php", f"phones={PHONE}&mes=twice")
    with_cost = other(base_url, "send.php", f"cost=2&phones={PHONE}&mes=twice")
    again = other(base_url, "send.php", f"cost=2&phones={PHONE}&mes=twice")
    assert "id" in plain
    assert "cost" in with_cost
    assert again["error_code"] == 9
