"""The tyntec overlay on its own: configuration, secrets, error bodies, webhook bodies."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from tyntec_client.models import InboundMessage

from sms_clients import MissingCredential, NotFound, ServerError, WebhookParseError, tyntec
from sms_clients._auth import ApiKeyHeader
from sms_clients._http import RaiseForErrors

INBOUND = {
    "from": "+49123456789",
    "to": "+1987654321",
    "message": "This is an example, the data is garbage.",
    "originMCC": 260,
    "originMNC": 9,
    "originTtId": 77292,
    "totalPrice": -0.005,
    "requestId": "e74db8d4-77ad-4671-8feb-9bc76b0df188",
    "size": 1,
    "missingParts": False,
    "contentList": [
        {
            "msgId": "48799399408:0:cad578e86b324c0a80f8fe866bfdb2b6",
            "sentDate": "2019-07-02T16:47:39+0200",
            "sequenceNumber": 1,
            "price": -0.005,
            "currency": "EUR",
            "priceEffective": "2018-06-01T00:00:00+0200",
        }
    ],
}


def reply(status: int, body: object = None, content_type: str = "application/problem+json") -> httpx.Response:
    content = b"" if body is None else json.dumps(body).encode()
    headers = {"content-type": content_type} if content else {}
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request("GET", "https://x/y"))


def checker(key: str = "secret-key-123") -> RaiseForErrors:
    return RaiseForErrors(ApiKeyHeader("apikey", key), provider="tyntec", parse_error=tyntec.error_details)


def test_connect_reads_key_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TYNTEC_API_KEY", "from-env")
    monkeypatch.setenv("TYNTEC_BASE_URL", "http://127.0.0.1:9/tyntec")
    client = tyntec.connect()
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9/tyntec/"
    request = client.get_httpx_client().build_request("GET", "/messaging/v1/messages/x")
    flow = client.get_httpx_client().auth.auth_flow(request)
    assert next(flow).headers["apikey"] == "from-env"


def test_a_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TYNTEC_API_KEY", raising=False)
    with pytest.raises(MissingCredential, match="TYNTEC_API_KEY"):
        tyntec.connect("http://127.0.0.1:9")


def test_the_default_base_url_is_the_live_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TYNTEC_BASE_URL", raising=False)
    client = tyntec.connect(api_key="k")
    assert str(client.get_httpx_client().base_url) == "https://api.tyntec.com"


def test_the_key_never_shows_in_repr() -> None:
    client = tyntec.connect("http://127.0.0.1:9", api_key="secret-key-123")
    assert "secret-key-123" not in repr(client)
    assert "secret-key-123" not in repr(client.get_httpx_client().auth)


def test_a_client_has_finite_timeouts() -> None:
    timeout = tyntec.connect("http://127.0.0.1:9", api_key="k").get_httpx_client().timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)
    assert tyntec.connect("http://127.0.0.1:9", api_key="k", timeout=2).get_httpx_client().timeout.read == 2.0


def test_a_problem_body_gives_code_and_message() -> None:
    problem = {
        "type": "https://docs.tyntec.com/problems/DataNotParseable",
        "title": "The given data were not parsable.",
        "status": 400,
        "detail": "Unexpected end-of-input",
    }
    assert tyntec.error_details(reply(400, problem)) == ("DataNotParseable", "Unexpected end-of-input")
    assert tyntec.error_details(reply(404, {"type": "about:blank", "title": "Not Found"})) == (None, "Not Found")


def test_an_error_response_body_gives_code_and_message() -> None:
    body = {"code": "E42", "message": "Something went wrong", "timestamp": 1700000000000}
    with pytest.raises(ServerError) as caught:
        checker().check(reply(500, body, "application/json"))
    assert (caught.value.code, caught.value.message, caught.value.status) == ("E42", "Something went wrong", 500)


def test_a_body_less_error_uses_the_reason_phrase() -> None:
    with pytest.raises(NotFound) as caught:
        checker().check(reply(404))
    assert (caught.value.code, caught.value.message) == (None, "Not Found")


def test_an_unreadable_error_body_still_raises_the_right_class() -> None:
    broken = httpx.Response(
        404, content=b"<html>", headers={"content-type": "application/json"}, request=httpx.Request("GET", "https://x")
    )
    with pytest.raises(NotFound):
        checker().check(broken)


def test_the_key_is_masked_if_a_server_echoes_it() -> None:
    with pytest.raises(NotFound) as caught:
        checker("secret-key-123").check(reply(404, {"type": "about:blank", "detail": "no key secret-key-123"}))
    assert "secret-key-123" not in str(caught.value)
    assert "***" in caught.value.message


def test_httpx_logs_have_secret_query_parameters_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    logging.getLogger("httpx").info("HTTP Request: %s %s", "GET", httpx.URL("https://x/send.php?login=a&psw=hunter2"))
    assert "hunter2" not in caplog.text
    assert "psw=***" in caplog.text


def test_parse_inbound_message_accepts_the_docs_example() -> None:
    message = tyntec.parse_inbound_message(json.dumps(INBOUND).encode())
    assert isinstance(message, InboundMessage)
    assert (message.from_, message.origin_mcc, message.origin_tt_id) == ("+49123456789", "260", "77292")
    assert message.content_list[0].sequence_number == 1
    assert tyntec.parse_inbound_message(INBOUND) == message
    assert tyntec.parse_inbound_message(json.dumps(INBOUND)) == message


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "expected a JSON object, got list"),
        (
            {k: v for k, v in INBOUND.items() if k != "requestId"},
            "$.requestId: expected str, got nothing (the field is missing)",
        ),
        ({**INBOUND, "missingParts": "no"}, "$.missingParts: expected bool, got str 'no'"),
        ({**INBOUND, "contentList": "x"}, "$.contentList: expected list[InboundContent]"),
        (
            {**INBOUND, "contentList": [{"msgId": "m", "sentDate": "d"}]},
            "$.contentList[0].sequenceNumber: expected int, got nothing",
        ),
        (
            {**INBOUND, "contentList": [{**INBOUND["contentList"][0], "sequenceNumber": "1"}]},
            "$.contentList[0].sequenceNumber: expected int, got str '1'",
        ),
        (42, "expected bytes, str or a mapping"),
    ],
)
def test_parse_inbound_message_names_what_is_wrong(body: object, problem: str) -> None:
    with pytest.raises(WebhookParseError) as caught:
        tyntec.parse_inbound_message(body)
    assert problem in str(caught.value)
    assert caught.value.provider == "tyntec"
