"""The BYTEHAND overlay on its own: configuration, secrets, error bodies, and the count header."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

import httpx
import pytest
from bytehand_client import Client
from bytehand_client.models import Error
from bytehand_client.types import Response

from sms_clients import AuthenticationFailed, InvalidRequest, MissingCredential, UnexpectedResponse, bytehand
from sms_clients._auth import ApiKeyHeader
from sms_clients._http import RaiseForErrors


def reply(status: int, body: object = None) -> httpx.Response:
    content = b"" if body is None else json.dumps(body).encode()
    headers = {"content-type": "application/json"} if content else {}
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request("GET", "https://x/y"))


def checker(key: str = "secret-key-123") -> RaiseForErrors:
    return RaiseForErrors(ApiKeyHeader("X-Service-Key", key), provider="bytehand", parse_error=bytehand.error_details)


def count_answer(headers: dict[str, str]) -> Response[Error]:
    return Response(status_code=HTTPStatus.OK, content=b"", headers=httpx.Headers(headers), parsed=None)


def sent_request(client: Client) -> httpx.Request:
    """The request the client's auth would send for a search, without sending it."""
    http = client.get_httpx_client()
    return next(http.auth.auth_flow(http.build_request("GET", "/sms/messages", params={"page": 2})))


def test_connect_reads_key_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BYTEHAND_API_KEY", "from-env")
    monkeypatch.setenv("BYTEHAND_BASE_URL", "http://127.0.0.1:9/bytehand/v2")
    client = bytehand.connect()
    assert str(client.get_httpx_client().base_url) == "http://127.0.0.1:9/bytehand/v2/"
    assert sent_request(client).headers["X-Service-Key"] == "from-env"


def test_an_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BYTEHAND_API_KEY", "from-env")
    assert sent_request(bytehand.connect("http://127.0.0.1:9", api_key="given")).headers["X-Service-Key"] == "given"


def test_a_missing_key_names_the_argument_and_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BYTEHAND_API_KEY", raising=False)
    with pytest.raises(MissingCredential, match=r"api_key=\.\.\. or set BYTEHAND_API_KEY"):
        bytehand.connect("http://127.0.0.1:9")


def test_the_default_base_url_is_the_live_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BYTEHAND_BASE_URL", raising=False)
    assert str(bytehand.connect(api_key="k").get_httpx_client().base_url) == "https://api.bytehand.com/v2/"


def test_an_access_token_travels_as_a_query_parameter_instead_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BYTEHAND_API_KEY", raising=False)
    request = sent_request(bytehand.connect("http://127.0.0.1:9", access_token="tok-123"))
    assert request.url.params["access_token"] == "tok-123"
    assert request.url.params["page"] == "2"
    assert "X-Service-Key" not in request.headers


def test_secrets_never_show_in_repr() -> None:
    for client in (
        bytehand.connect("http://127.0.0.1:9", api_key="secret-key-123"),
        bytehand.connect("http://127.0.0.1:9", access_token="secret-key-123"),
    ):
        assert "secret-key-123" not in repr(client)
        assert "secret-key-123" not in repr(client.get_httpx_client().auth)


def test_the_access_token_is_masked_in_httpx_logs(caplog: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with caplog.at_level(logging.INFO, logger="httpx"), httpx.Client(transport=transport) as http:
        http.get("http://127.0.0.1:9/bytehand/v2/sms/messages", params={"access_token": "tok-secret-9"})
    assert caplog.records
    assert "tok-secret-9" not in caplog.text
    assert "access_token=***" in caplog.text


def test_the_v1_error_shape_gives_the_status_and_description() -> None:
    with pytest.raises(InvalidRequest) as caught:
        checker().check(reply(400, {"status": 400, "description": "'receiver' is a required property"}))
    assert (caught.value.code, caught.value.message) == ("400", "'receiver' is a required property")
    assert caught.value.provider == "bytehand"


def test_the_token_endpoint_error_shape_gives_the_oauth_error() -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        checker().check(reply(401, {"error": "invalid_client", "error_description": "wrong secret"}))
    assert (caught.value.code, caught.value.message) == ("invalid_client", "wrong secret")


def test_an_error_without_a_body_or_with_an_odd_one_still_raises_typed() -> None:
    with pytest.raises(InvalidRequest) as caught:
        checker().check(reply(400))  # a HEAD answer has no body
    assert (caught.value.code, caught.value.message) == (None, "Bad Request")
    with pytest.raises(InvalidRequest) as odd:
        checker().check(reply(400, ["not", "an", "object"]))
    assert odd.value.code is None


def test_a_secret_echoed_in_an_error_is_masked() -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        checker("secret-key-123").check(reply(401, {"status": 401, "description": "key secret-key-123 is unknown"}))
    assert "secret-key-123" not in str(caught.value)


def test_the_count_is_read_from_the_header() -> None:
    assert bytehand.total_count(count_answer({"X-Total-Count": "42"})) == 42
    assert bytehand.total_count(count_answer({"x-total-count": " 0 "})) == 0


@pytest.mark.parametrize(
    ("headers", "problem"),
    [
        ({}, "has no X-Total-Count header"),
        ({"X-Total-Count": "many"}, "not a whole number: 'many'"),
        ({"X-Total-Count": "-3"}, "not a whole number: '-3'"),
        ({"X-Total-Count": "4.5"}, "not a whole number: '4.5'"),
        ({"X-Total-Count": ""}, "not a whole number: ''"),
    ],
)
def test_a_missing_or_malformed_count_is_a_typed_error(headers: dict[str, str], problem: str) -> None:
    with pytest.raises(bytehand.CountUnavailable) as caught:
        bytehand.count(lambda: count_answer(headers))
    assert isinstance(caught.value, UnexpectedResponse)
    assert problem in caught.value.message
    assert caught.value.status == 200


def test_a_page_that_is_not_a_list_is_a_typed_error() -> None:
    answer: Response[Error | list[int]] = Response(
        status_code=HTTPStatus.OK, content=b"", headers=httpx.Headers(), parsed=None
    )
    with pytest.raises(UnexpectedResponse, match="expected a page"):
        list(bytehand.iterate(lambda **arguments: answer, count=5))
