"""The client layer's pieces on their own: the operation table, undocumented statuses, per-call options."""

from __future__ import annotations

import httpx
import pytest
from sms_operations.tyntec import OPERATIONS

from sms_clients import UnexpectedResponse, request_options, tyntec
from sms_clients._auth import ApiKeyHeader
from sms_clients._http import RaiseForErrors
from sms_clients._operations import OperationTable
from sms_clients.options import current


def test_a_request_is_matched_to_its_operation_under_the_base_path() -> None:
    table = OperationTable(OPERATIONS, "/tyntec")
    status = table.find("GET", "/tyntec/messaging/v1/messages/abc")
    assert status is not None
    assert (status.operation_id, status.idempotent) == ("getSmsStatus", True)
    send = table.find("GET", "/tyntec/messaging/v1/sms")
    assert send is not None
    assert (send.operation_id, send.idempotent) == ("sendSmsViaGet", False)
    assert table.find("PUT", "/tyntec/messaging/v1/sms") is None
    assert table.find("GET", "/tyntec/messaging/v1/messages/a/b") is None


def test_any_2xx_passes_and_an_undocumented_other_status_is_unexpected() -> None:
    check = RaiseForErrors(
        ApiKeyHeader("apikey", "k"),
        provider="tyntec",
        parse_error=tyntec.error_details,
        operations=OperationTable(OPERATIONS),
    )
    request = httpx.Request("GET", "https://api.tyntec.com/messaging/v1/messages/abc")
    # Tolerant-reply rule: an undocumented 2xx is success; the generated code reads its body.
    check.check(httpx.Response(202, request=request))
    check.check(httpx.Response(200, json={}, request=request))
    with pytest.raises(UnexpectedResponse, match="getSmsStatus does not document HTTP 302"):
        check.check(httpx.Response(302, request=request))


def test_request_options_nest_and_restore() -> None:
    assert current().timeout is None
    with request_options(timeout=2, retries=0):
        with request_options(retry_non_idempotent=True):
            inner = current()
            assert (inner.timeout, inner.retries, inner.retry_non_idempotent) == (httpx.Timeout(2), 0, True)
        assert current().retry_non_idempotent is None
    assert current().retries is None


def test_negative_retries_are_refused() -> None:
    with pytest.raises(ValueError, match="retries"), request_options(retries=-1):
        pass
    with pytest.raises(ValueError, match="retries"):
        tyntec.connect("http://127.0.0.1:9", api_key="k", retries=-1)
