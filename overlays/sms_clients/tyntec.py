"""tyntec SMS API: a ready client, its errors, and the bodies tyntec posts to you.

    from sms_clients import tyntec

    client = tyntec.connect("http://127.0.0.1:8025/tyntec", api_key="tyntec-demo-key")
    sent = client.sms_messaging.send_sms(to="+491701234567", from_="ACME", message="Hi")

``connect`` returns the generated ``tyntec_client.Client``; its resource
methods (and every generated module function, given the client) raise
``sms_clients.errors`` exceptions instead of returning error bodies: RFC 7807 problems (messaging), ``{code, message,
timestamp}`` bodies and the body-less 4xx answers of the BYON services.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from sms_operations.tyntec import OPERATIONS
from tyntec_client import Client
from tyntec_client.models import InboundMessage, RestMessageResponse

from . import _credentials, _http
from ._auth import ApiKeyHeader
from ._models import decode_object, parse_model

PROVIDER = "tyntec"
DEFAULT_BASE_URL = "https://api.tyntec.com"
API_KEY_VARIABLE = "TYNTEC_API_KEY"
BASE_URL_VARIABLE = "TYNTEC_BASE_URL"

# The doc's own example posts these as numbers although its schema says string.
_NUMERIC_STRINGS = ("originMCC", "originMNC", "originTtId", "ttid")


def connect(
    base_url: str | None = None,
    *,
    api_key: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retries: int = 2,
    retry_non_idempotent: bool = False,
) -> Client:
    """A generated tyntec client that sends ``api_key``, retries and raises typed errors.

    ``base_url`` defaults to ``$TYNTEC_BASE_URL``, then to the live API;
    ``api_key`` to ``$TYNTEC_API_KEY``. ``timeout`` (seconds or an
    ``httpx.Timeout``) defaults to 5 s to connect and 30 s to read.
    ``retries`` (0: none) applies to idempotent operations; sends are retried
    only with ``retry_non_idempotent=True``.
    """
    key = _credentials.credential(PROVIDER, "api_key", api_key, API_KEY_VARIABLE)
    return _http.build_client(
        Client,
        base_url=_credentials.setting(base_url, BASE_URL_VARIABLE, DEFAULT_BASE_URL),
        provider=PROVIDER,
        credentials=ApiKeyHeader("apikey", key),
        parse_error=error_details,
        operations=OPERATIONS,
        timeout=timeout,
        retries=retries,
        retry_non_idempotent=retry_non_idempotent,
    )


def error_details(response: httpx.Response) -> _http.ErrorDetails:
    """(code, message) from a tyntec error: an RFC 7807 problem, an ErrorResponse, or no body."""
    body = _http.error_body(response)
    if body is None:
        return None, None
    if "code" in body or "timestamp" in body:
        return _http.text(body.get("code")), _http.text(body.get("message"))
    problem_type = _http.text(body.get("type"))
    code = None if problem_type in (None, "about:blank") else problem_type.rstrip("/").rsplit("/", 1)[-1]
    return code, _http.text(body.get("detail")) or _http.text(body.get("title"))


def parse_inbound_message(body: bytes | str | Mapping[str, Any]) -> InboundMessage:
    """The inbound SMS tyntec posted to your server, as the generated model.

    Raises ``WebhookParseError`` naming the problem when the body is not JSON,
    misses a required field or has one of the wrong type.
    """
    data = _numbers_as_strings(decode_object(body, provider=PROVIDER, what="inbound message"))
    return parse_model(data, InboundMessage, provider=PROVIDER, what="inbound message")


def parse_delivery_report(body: bytes | str | Mapping[str, Any]) -> RestMessageResponse:
    """A delivery report tyntec posted to your ``callbackUrl`` (the message status)."""
    data = _numbers_as_strings(decode_object(body, provider=PROVIDER, what="delivery report"))
    return parse_model(data, RestMessageResponse, provider=PROVIDER, what="delivery report")


def _numbers_as_strings(data: dict[str, Any]) -> dict[str, Any]:
    for key in _NUMERIC_STRINGS:
        if isinstance(data.get(key), int) and not isinstance(data[key], bool):
            data[key] = str(data[key])
    return data


__all__ = [
    "API_KEY_VARIABLE",
    "BASE_URL_VARIABLE",
    "DEFAULT_BASE_URL",
    "connect",
    "error_details",
    "parse_delivery_report",
    "parse_inbound_message",
]
