"""The Jo Mobile emulator as a program: persistence, resets, and its error shape for whatever comes in."""

from __future__ import annotations

from pathlib import Path

import httpx

from sms_emulator import Settings
from tests._server import serve_emulator

from ..conftest import DEMO_GROUP, raw_token

SEND = [{"number": "380671234567", "senderID": "ACME", "text": "hello"}]


def test_state_in_a_file_keeps_tokens_messages_and_the_balance_across_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    with serve_emulator(Settings(db_path=db)) as base:
        token = raw_token(f"{base}/jomobile")
        headers = {"X-Access-Token": token}
        sent = httpx.post(f"{base}/jomobile/v1/send", json=SEND, headers=headers).json()["data"][0]
        balance = httpx.get(f"{base}/jomobile/v1/me", headers=headers).json()["data"]["balance"]
    with serve_emulator(Settings(db_path=db)) as base:
        headers = {"X-Access-Token": token}
        assert httpx.get(f"{base}/jomobile/v1/me", headers=headers).json()["data"]["balance"] == balance < 1_000_000
        found = httpx.post(f"{base}/jomobile/v1/sms-full-data", json={"id_base": [sent["id"]]}, headers=headers)
        assert [record["text"] for record in found.json()["data"]] == ["hello"]


def test_a_provider_reset_forgets_messages_but_keeps_the_demo_account_and_group(
    base_url: str, control: httpx.Client
) -> None:
    headers = {"X-Access-Token": raw_token(base_url)}
    httpx.post(f"{base_url}/v1/send", json=SEND, headers=headers).raise_for_status()
    httpx.post(f"{base_url}/v1/group-delete", json={"id_group": [DEMO_GROUP]}, headers=headers).raise_for_status()
    control.post("/reset", params={"provider": "jomobile"}).raise_for_status()
    assert control.get("/messages", params={"provider": "jomobile"}).json() == []
    headers = {"X-Access-Token": raw_token(base_url)}
    groups = httpx.post(f"{base_url}/v1/group", json={}, headers=headers).json()["data"]["groups"]
    assert [(g["id_group"], g["numbers_count"]) for g in groups] == [(DEMO_GROUP, 3)]
    created = httpx.post(f"{base_url}/v1/group-create", json={"name_group": "new"}, headers=headers).json()["data"]
    assert created["id_group"] > DEMO_GROUP


def test_every_error_has_the_envelope_shape(base_url: str) -> None:
    headers = {"X-Access-Token": raw_token(base_url)}
    unknown = httpx.post(f"{base_url}/v1/nothing", json={}, headers=headers)
    assert (unknown.status_code, unknown.json()) == (
        404,
        {"status": False, "error_code": 404, "errors": {"request": ["Not Found"]}},
    )
    wrong_method = httpx.get(f"{base_url}/v1/send", headers=headers)
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert wrong_method.json()["error_code"] == 405
    not_utf8 = httpx.post(
        f"{base_url}/v1/send", content=b'[{"number": "\xff"}]', headers={**headers, "content-type": "application/json"}
    )
    assert not_utf8.status_code == 400
    assert list(not_utf8.json()["errors"]) == ["body"]
    not_json = httpx.post(f"{base_url}/v1/send", content=b"[{", headers={**headers, "content-type": "application/json"})
    assert (not_json.status_code, list(not_json.json()["errors"])) == (400, ["body"])
    missing = httpx.post(f"{base_url}/v1/send", json=[{"number": "380671234567", "text": "x"}], headers=headers)
    assert missing.json()["errors"] == {"senderID": ["'senderID' is a required property"]}
    nested = httpx.post(
        f"{base_url}/v1/group-number-add",
        json={"id_group": DEMO_GROUP, "numbers": [{"number": "380671234567", "male": "x"}]},
        headers=headers,
    )
    assert list(nested.json()["errors"]) == ["male"]
    no_token = httpx.post(f"{base_url}/v1/send", json=SEND)
    assert no_token.json() == {
        "status": False,
        "error_code": 401,
        "errors": {
            "access_token": ["No access token: send the token from /v1/accesstoken in the X-Access-Token header."]
        },
    }
