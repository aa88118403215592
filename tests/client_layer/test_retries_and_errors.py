"""The shared client layer, proven against the emulator for every provider, sync and async.

Faults are armed through ``/_emulator/faults``, so retries, timeouts and
errors are exercised against a real server, not a mock.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import httpx
import pytest

from sms_clients import (
    ApiError,
    Conflict,
    ConnectionFailed,
    RateLimited,
    ServerError,
    TimedOut,
    UnexpectedResponse,
    request_options,
)

from .cases import CASES, ProviderCase

pytestmark = pytest.mark.parametrize("case", CASES, ids=str)


def arm(control: httpx.Client, case: ProviderCase, operation: str, kind: str, **details: Any) -> None:
    reply = control.post("/faults", json={"provider": case.name, "operationId": operation, "kind": kind, **details})
    assert reply.status_code == 201, reply.text


def armed(control: httpx.Client) -> list[dict[str, Any]]:
    return control.get("/faults").json()  # type: ignore[no-any-return]


def sent_count(control: httpx.Client, case: ProviderCase) -> int:
    return len(control.get("/messages", params={"provider": case.name}).json())


def test_a_read_recovers_from_503s(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "status", status=503, count=2)
    case.read(case.connect(emulator, retries=2))
    assert armed(control) == []


def test_a_read_waits_as_long_as_retry_after_asks(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "status", status=429, retryAfter=1)
    started = time.monotonic()
    case.read(case.connect(emulator))
    assert time.monotonic() - started >= 1.0
    assert armed(control) == []


def test_when_retries_run_out_the_error_is_raised(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "status", status=429, retryAfter=0, count=5)
    with pytest.raises(RateLimited) as caught:
        case.read(case.connect(emulator, retries=1))
    assert (caught.value.provider, caught.value.status, caught.value.retry_after) == (case.name, 429, 0.0)
    assert armed(control)[0]["count"] == 3  # two attempts were made


def test_retries_can_be_switched_off(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "status", status=503, count=2)
    with pytest.raises(ServerError):
        case.read(case.connect(emulator, retries=0))
    assert armed(control)[0]["count"] == 1


@pytest.mark.parametrize(("status", "error"), [(409, Conflict), (500, ServerError), (418, UnexpectedResponse)])
def test_each_status_raises_its_class(
    case: ProviderCase, emulator: str, control: httpx.Client, status: int, error: type[ApiError]
) -> None:
    arm(control, case, case.read_operation, "status", status=status)
    with pytest.raises(error) as caught:
        case.read(case.connect(emulator, retries=0))
    assert (caught.value.provider, caught.value.status) == (case.name, status)


def test_a_send_is_not_retried_after_a_503(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    before = sent_count(control, case)
    for operation, (send, _) in case.sends.items():
        arm(control, case, operation, "status", status=503)
        with pytest.raises(ServerError):
            send(case.connect(emulator, retries=3))
    assert armed(control) == []
    assert sent_count(control, case) == before


def test_a_send_is_retried_when_the_caller_opts_in(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    before = sent_count(control, case)
    for operation, (send, _) in case.sends.items():
        arm(control, case, operation, "status", status=503)
        send(case.connect(emulator, retries=1, retry_non_idempotent=True))
    assert sent_count(control, case) == before + len(case.sends)


def test_a_dropped_reply_does_not_duplicate_a_send(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    before = sent_count(control, case)
    for operation, (send, _) in case.sends.items():
        arm(control, case, operation, "drop-after")
        with pytest.raises(ConnectionFailed):
            send(case.connect(emulator, retries=3))
    assert sent_count(control, case) == before + len(case.sends)  # processed once each, never repeated


def test_a_dropped_connection_is_retried_for_a_read(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "drop")
    case.read(case.connect(emulator))
    assert armed(control) == []


def test_a_client_timeout_fires(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    arm(control, case, case.read_operation, "slow", delaySeconds=1.5)
    with pytest.raises(TimedOut):
        case.read(case.connect(emulator, timeout=0.3, retries=0))


def test_a_per_call_timeout_does_not_leak(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    client = case.connect(emulator, retries=0)
    arm(control, case, case.read_operation, "slow", delaySeconds=1.0, count=2)
    with request_options(timeout=0.3), pytest.raises(TimedOut):
        case.read(client)
    case.read(client)  # the same client, outside the block: the default timeout lets the slow reply arrive


def test_async_calls_retry_and_raise_alike(case: ProviderCase, emulator: str, control: httpx.Client) -> None:
    async def scenario() -> None:
        client = case.connect(emulator, retries=2)
        arm(control, case, case.read_operation, "status", status=503, count=2)
        await case.aread(client)
        arm(control, case, case.read_operation, "status", status=429, retryAfter=0, count=3)
        with pytest.raises(RateLimited):
            await case.aread(case.connect(emulator, retries=1))
        control.delete("/faults")
        for operation, (_, asend) in case.sends.items():
            arm(control, case, operation, "drop-after")
            with pytest.raises(ConnectionFailed):
                await asend(client)
        arm(control, case, case.read_operation, "slow", delaySeconds=1.5)
        with request_options(timeout=0.3, retries=0), pytest.raises(TimedOut):
            await case.aread(client)

    control.delete("/faults")
    before = sent_count(control, case)
    anyio.run(scenario)
    assert sent_count(control, case) == before + len(case.sends)
