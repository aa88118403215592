"""The hostile-input corpus (``hostile.py``) against every provider: each answer is a 4xx in the
provider's own error shape (SMSC: HTTP 200 with its coded error body, as its scripts answer), the
server stays up, and nothing changes: balances, ledgers, messages and callbacks read the same through
the control API before and after.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from .hostile import BAD_IDS, DEEP, HUGE_INT, LONG, TEN_MB, Request, Target, json_corpus
from .traffic import jomobile_token

TYNTEC_KEY = {"apikey": "tyntec-demo-key"}
BYTEHAND_KEY = {"X-Service-Key": "bytehand-demo-key"}
SMSC_LOGIN = {"login": "demo", "psw": "demo-password", "fmt": "3"}
SMSC_SEND = {**SMSC_LOGIN, "phones": "79991234567", "mes": "hello"}
_SMSC_TEXT_ERROR = re.compile(r"^(ERROR = \d+ \(|<result>\s*<error>|\d+,-\d+$)")


def tyntec_corpus(_: httpx.Client) -> Iterator[Request]:
    body = {"to": "+4917612345678", "from": "ACME", "message": "hello"}
    target = Target(
        "/tyntec/messaging/v1/sms", TYNTEC_KEY, body, "message", "to", id_paths=("/tyntec/messaging/v1/messages/{id}",)
    )
    yield from json_corpus(target)
    yield ("a negative validity", "POST", target.send_path, {"headers": TYNTEC_KEY, "json": {**body, "validity": -1}})
    yield (
        "a huge partLimit",
        "POST",
        target.send_path,
        {"headers": TYNTEC_KEY, "content": json.dumps({**body, "partLimit": 1}).replace("1}", HUGE_INT + "}")},
    )
    yield (
        "a year-10000 sendDateTime",
        "POST",
        target.send_path,
        {"headers": TYNTEC_KEY, "json": {**body, "sendDateTime": "10000-01-01T00:00:00Z"}},
    )
    yield (
        "a callback to the emulator itself",
        "POST",
        target.send_path,
        {"headers": TYNTEC_KEY, "json": {**body, "callbackUrl": "ftp://[::1"}},
    )


def bytehand_corpus(_: httpx.Client) -> Iterator[Request]:
    body = {"sender": "SMS-INFO", "receiver": "+79161234567", "text": "hello"}
    target = Target(
        "/bytehand/v2/sms/messages",
        BYTEHAND_KEY,
        body,
        "text",
        "receiver",
        id_paths=("/bytehand/v2/sms/messages/{id}",),
    )
    yield from json_corpus(target)
    for query in (
        "text == 'unterminated",
        "and or and or",
        "id == 1 " + "and " * 5000,
        "__class__ == 1",
        "id == 1; DROP TABLE documents",
        "text ~= 1",
        "(text == 1)",
    ):
        options = {"headers": BYTEHAND_KEY, "params": {"query": query}}
        yield (f"search {query[:30]!r}", "GET", "/bytehand/v2/sms/messages", options)
        yield (f"delete by search {query[:30]!r}", "DELETE", "/bytehand/v2/sms/messages", options)
    for params in (
        {"page": HUGE_INT},
        {"count": HUGE_INT},
        {"page": "-1"},
        {"sort": "x" * 60_000},
        {"fields": "y" * 60_000},
    ):
        yield (
            f"paging {str(params)[:30]}",
            "GET",
            "/bytehand/v2/sms/messages",
            {"headers": BYTEHAND_KEY, "params": params},
        )
    yield ("search %00%00", "GET", "/bytehand/v2/sms/messages?query=%00%00", {"headers": BYTEHAND_KEY})
    yield ("no credentials and a deep body", "POST", target.send_path, {"content": "[" * DEEP + "]" * DEEP})


def bytehand_valid_searches() -> Iterator[Request]:
    """Abuse of the search language that is still a valid search: answered (200), deleting nothing."""
    for query in (
        "text =~ '" + "(a+)+" * 2000 + "'",  # =~ is "contains", not a regular expression: no backtracking
        "cost > " + HUGE_INT,
        "cost > 1e999",
        "text =~ %00",
        " or ".join(["id == 1"] * 2000),
    ):
        for method in ("GET", "DELETE"):
            options = {"headers": BYTEHAND_KEY, "params": {"query": query}}
            yield (f"{method} {query[:30]!r}", method, "/bytehand/v2/sms/messages", options)
    for raw in ("text%20%3D~%20%27%ED%A0%80%27", "text%20%3D~%20%27%FF%FE%27"):  # undecodable bytes become U+FFFD
        yield (f"search {raw}", "GET", f"/bytehand/v2/sms/messages?query={raw}", {"headers": BYTEHAND_KEY})


def jomobile_corpus(client: httpx.Client) -> Iterator[Request]:
    token = {"X-Access-Token": jomobile_token(client)}
    body = {"number": "380671234567", "senderID": "ACME", "text": "hello"}
    yield from json_corpus(Target("/jomobile/v1/send", token, body, "text", "number", as_list=True))
    search = {"phone": [], "id_base": [], "time_period": None, "type_sms": None, "limit": None}
    for changes in (
        {"id_base": [HUGE_INT]},
        {"id_base": ["../../etc/passwd"]},
        {"phone": ["\ud800"]},
        {"phone": ["1"] * 200_000},
        {"time_period": "9999-99-99 99:99:99 - 0000-00-00 00:00:00"},
        {"time_period": "x" * 100_000},
        {"limit": -1},
        {"type_sms": {"$ne": None}},
    ):
        yield (
            f"sms-full-data {str(changes)[:40]}",
            "POST",
            "/jomobile/v1/sms-full-data",
            {"headers": token, "content": json.dumps({**search, **changes})},
        )
    for path in ("/jomobile/v1/group-delete", "/jomobile/v1/group-number-search"):
        for bad in ("../../_emulator/reset", HUGE_INT, "\ud800"):
            yield (
                f"{path} with id_group {bad[:20]!r}",
                "POST",
                path,
                {
                    "headers": token,
                    "content": json.dumps({"id_group": "ID"}).replace(
                        '"ID"', bad if bad == HUGE_INT else json.dumps(bad)
                    ),
                },
            )


def smsc_corpus(_: httpx.Client) -> Iterator[Request]:
    send, status = "/smsc/sys/send.php", "/smsc/sys/status.php"
    form = {"headers": {"Content-Type": "application/x-www-form-urlencoded"}}
    for name, value in (
        ("a 200,000-character text", LONG),
        ("a 100,000-digit phone list", "7" * 100_000),
        ("10,000 phones", ",".join(["79991234567"] * 10_000)),
    ):
        key = "mes" if "text" in name else "phones"
        yield (f"POST {name}", "POST", send, {**form, "data": {**SMSC_SEND, key: value}})
    for name, value in (
        ("a text of 60,000 characters: 393 parts", "a" * 60_000),
        ("2,000 phones", ",".join(["79991234567"] * 2000)),
        ("phones with a traversal", "../../etc/passwd"),
        ("phones with NUL", "7999\x001234567"),
    ):
        key = "mes" if "text" in name else "phones"
        yield (f"GET {name}", "GET", send, {"params": {**SMSC_SEND, key: value}})
        yield (f"POST {name}", "POST", send, {**form, "data": {**SMSC_SEND, key: value}})
    for key, value in (
        ("id", HUGE_INT),
        ("id", "-1"),
        ("id", "1e999"),
        ("cost", HUGE_INT),
        ("cost", "NaN"),
        ("fmt", HUGE_INT),
        ("time", "9" * 5000),
        ("time", "0"),
        ("sender", "s" * 60_000),
        ("charset", "klingon"),
    ):
        yield (f"send with {key}={value[:12]}", "GET", send, {"params": {**SMSC_SEND, key: value}})
    raw = "&".join(f"{k}={v}" for k, v in SMSC_SEND.items())
    utf8 = raw + "&charset=utf-8"  # with SMSC's default windows-1251 every byte is a character
    for label, suffix in (
        ("a lone surrogate in the text", "&mes=%ED%A0%80"),
        ("invalid UTF-8 in the text", "&mes=%FF%FE"),
        ("an overlong encoding", "&mes=%C0%81"),
        ("a NUL in the login", "&login=de%00mo"),
    ):
        yield (f"GET {label}", "GET", f"{send}?{utf8}{suffix}", {})
        yield (f"POST {label}", "POST", send, {**form, "content": (utf8 + suffix).encode()})
    yield ("POST raw invalid bytes", "POST", send, {**form, "content": utf8.encode() + b"&mes=\xff\xfe\xfd"})
    yield ("a 10 MB form", "POST", send, {**form, "content": (raw + "&mes=" + "a" * TEN_MB).encode()})
    yield ("a form field over 1 MB", "POST", send, {**form, "content": (raw + "&cmt=" + "a" * 1_100_000).encode()})
    yield (
        "5,000 form fields",
        "POST",
        send,
        {**form, "content": (raw + "".join(f"&f{i}=1" for i in range(5000))).encode()},
    )
    yield (
        "1,001 form fields",
        "POST",
        send,
        {**form, "content": (raw + "".join(f"&f{i}=1" for i in range(1001))).encode()},
    )
    yield ("3,000 query parameters", "GET", f"{send}?{raw}" + "".join(f"&q{i}=1" for i in range(3000)), {})
    yield ("JSON instead of a form", "POST", send, {"json": SMSC_SEND})
    yield ("no Content-Type", "POST", send, {"content": raw.encode(), "headers": {"Content-Type": ""}})
    yield (
        "multipart without boundary",
        "POST",
        send,
        {"content": raw.encode(), "headers": {"Content-Type": "multipart/form-data"}},
    )
    yield (
        "a deep JSON body",
        "POST",
        send,
        {"content": "[" * DEEP + "]" * DEEP, "headers": {"Content-Type": "application/json"}},
    )
    for ids in (",".join(["1"] * 10_000), HUGE_INT, "../../etc", "1,2,3,,,,,", "%00"):
        yield (f"status of {ids[:20]}", "GET", status, {"params": {**SMSC_LOGIN, "id": ids, "phone": "79991234567"}})
    for sender in ("s" * 60_000, "\x00", "../../x", "<script>"):
        yield (
            f"add sender {sender[:10]!r}",
            "GET",
            "/smsc/sys/senders.php",
            {"params": {**SMSC_LOGIN, "add": "1", "sender": sender}},
        )
    for bad in BAD_IDS[:5]:
        yield (f"path {bad[:20]}", "GET", f"/smsc/sys/{bad}send.php", {"params": SMSC_SEND})


def _tyntec_shape(reply: httpx.Response) -> None:
    assert 400 <= reply.status_code < 500
    problem = reply.json()
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert problem["status"] == reply.status_code
    assert problem["title"]
    assert problem["detail"]


def _bytehand_shape(reply: httpx.Response) -> None:
    assert 400 <= reply.status_code < 500
    body = reply.json()
    assert body.keys() == {"status", "description"}
    assert body["status"] == reply.status_code


def _jomobile_shape(reply: httpx.Response) -> None:
    assert 400 <= reply.status_code < 500
    body = reply.json()
    assert body["status"] is False
    assert body["error_code"] == reply.status_code
    assert body["errors"]


def _smsc_shape(reply: httpx.Response) -> None:
    if reply.status_code == 404:  # an unknown script: the web server's own page, like SMSC's
        return
    assert reply.status_code == 200
    if reply.text.startswith("{"):
        assert isinstance(reply.json()["error_code"], int)
    else:
        assert _SMSC_TEXT_ERROR.match(reply.text), reply.text[:200]


CORPORA: dict[str, tuple[Callable[[httpx.Client], Iterator[Request]], Callable[[httpx.Response], None]]] = {
    "tyntec": (tyntec_corpus, _tyntec_shape),
    "bytehand": (bytehand_corpus, _bytehand_shape),
    "jomobile": (jomobile_corpus, _jomobile_shape),
    "smsc": (smsc_corpus, _smsc_shape),
}


def _state(client: httpx.Client) -> Any:
    return [client.get(f"/_emulator/{name}").json() for name in ("ledger", "messages", "callbacks")]


@pytest.mark.parametrize("provider", list(CORPORA))
def test_hostile_input_is_refused_in_the_providers_shape_and_changes_nothing(emulator: str, provider: str) -> None:
    corpus, check_shape = CORPORA[provider]
    with httpx.Client(base_url=emulator, timeout=60) as client:
        requests = list(corpus(client))
        assert len(requests) >= 50
        before = _state(client)
        failures = []
        for label, method, path, options in requests:
            reply = client.request(method, path, **options)
            try:
                check_shape(reply)
            except (AssertionError, KeyError, TypeError, ValueError) as exc:
                failures.append(f"{label}: HTTP {reply.status_code} {reply.text[:150]!r} ({exc!r})")
        assert not failures, f"{len(failures)} of {len(requests)}:\n" + "\n".join(failures)
        assert _state(client) == before
        client.get("/_emulator/").raise_for_status()


def test_valid_but_abusive_searches_are_answered_and_change_nothing(emulator: str) -> None:
    with httpx.Client(base_url=emulator, timeout=60) as client:
        before = _state(client)
        for label, method, path, options in bytehand_valid_searches():
            reply = client.request(method, path, **options)
            assert reply.status_code == 200, (label, reply.text[:200])
            assert reply.json() in ([], {"result": "deleted", "count": 0}), label
        assert _state(client) == before


def test_tyntecs_10_mb_message_is_refused_clearly_not_split(emulator: str) -> None:
    body = {"to": "+4917612345678", "from": "ACME"}
    with httpx.Client(base_url=emulator, timeout=60, headers=TYNTEC_KEY) as client:
        huge = client.post("/tyntec/messaging/v1/sms", json={**body, "message": "a" * TEN_MB})
        assert huge.status_code == 413
        assert "at most 1048576 bytes" in huge.json()["detail"]
        long = client.post("/tyntec/messaging/v1/sms", json={**body, "message": "a" * 40_000})
        assert long.status_code == 400
        assert long.json()["detail"] == "the text needs 264 parts, more than the 255 one message may have"
        assert client.get("/_emulator/messages", params={"provider": "tyntec"}).json() == []


def test_numbers_beyond_64_bits_in_searches_find_nothing_and_do_not_fail(emulator: str) -> None:
    """A JSON integer under the size limit can still be too big for SQLite: it matches nothing, never a 500."""
    huge = 10**30
    with httpx.Client(base_url=emulator, timeout=30) as client:
        token = {"X-Access-Token": jomobile_token(client)}
        for body in ({"id_base": [huge]}, {"id_base": [huge, huge + 1]}, {"limit": huge}):
            reply = client.post("/jomobile/v1/sms-full-data", json=body, headers=token)
            assert (reply.status_code, reply.json()) == (200, {"status": True, "data": []}), body
        found = client.get(
            "/bytehand/v2/sms/messages",
            params={"query": f"id == {huge}"},
            headers={"X-Service-Key": "bytehand-demo-key"},
        )
        assert (found.status_code, found.json()) == (200, [])
