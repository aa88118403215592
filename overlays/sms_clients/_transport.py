"""Retries, per-call timeouts and connection errors, for sync and async clients alike.

``PolicyTransport`` sits under every client's httpx client. For each request
it finds the spec operation (``_operations``), decides whether it may be
retried (only operations marked ``x-idempotent: true``, unless the caller opts
in), applies the per-call ``request_options``, and hands the request to
httpx-retries, which retries connection errors and 408, 429 and 5xx answers
with exponential backoff and jitter, honouring ``Retry-After``. Network
failures that survive the retries become ``ConnectionFailed``/``TimedOut``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
from httpx_retries import Retry, RetryTransport

from ._operations import OperationTable
from ._redact import redact
from .errors import ConnectionFailed, TimedOut
from .options import current

RETRYABLE_STATUSES = frozenset({408, 429, *range(500, 600)})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries; ``retries=0`` switches retrying off."""

    retries: int = 2
    backoff_factor: float = 0.5
    """The first retry waits up to this many seconds, each next one twice as long (with full jitter)."""
    max_wait: float = 30.0
    """No single wait is longer, whatever ``Retry-After`` asks for."""
    retry_non_idempotent: bool = False
    """Retry operations the spec marks ``x-idempotent: false`` too (a send could then go out twice)."""

    def __post_init__(self) -> None:
        if self.retries < 0:
            raise ValueError("retries must be 0 or more")


class _ReadWholeReply(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each reply completely before returning it.

    A connection that breaks off mid-reply then fails inside the retry loop,
    where it can be retried and mapped, rather than later when the body is read.

    Async connections belong to the event loop that opened them, so each loop
    gets its own pool: a client used in one ``asyncio.run()`` and then in
    another opens new connections instead of failing with "Event loop is closed".
    """

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async: dict[asyncio.AbstractEventLoop, httpx.AsyncHTTPTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        response.read()
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._pool().handle_async_request(request)
        await response.aread()
        return response

    def _pool(self) -> httpx.AsyncHTTPTransport:
        loop = asyncio.get_running_loop()
        pool = self._async.get(loop)
        if pool is None:
            for closed in [other for other in self._async if other.is_closed()]:
                del self._async[closed]  # its connections cannot be closed any more; they go with it
            pool = self._async[loop] = httpx.AsyncHTTPTransport()
        return pool

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        pool = self._async.pop(asyncio.get_running_loop(), None)
        if pool is not None:
            await pool.aclose()


class PolicyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, provider: str, operations: OperationTable, policy: RetryPolicy) -> None:
        self._provider = provider
        self._operations = operations
        self._policy = policy
        self._retrying = RetryTransport(transport=_ReadWholeReply())
        self._retry_by: dict[tuple[int, str], Retry] = {}
        """One ``Retry`` per (retries, method), made once: httpx-retries never changes one (it copies)."""

    def __repr__(self) -> str:
        return f"PolicyTransport({self._provider!r}, {self._policy!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        with self._mapped_errors(request):
            return self._retrying.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        with self._mapped_errors(request):
            return await self._retrying.handle_async_request(request)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()

    def _prepare(self, request: httpx.Request) -> None:
        options = current()
        if options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        # A request_options block wins over the client's with_options (the "retries" extension), then the policy.
        retries = options.retries if options.retries is not None else request.extensions.get("retries")
        if retries is None:
            retries = self._policy.retries
        may_repeat = (
            self._policy.retry_non_idempotent if options.retry_non_idempotent is None else options.retry_non_idempotent
        )
        operation = self._operations.find(request.method, request.url.path)
        if not (may_repeat or (operation is not None and operation.idempotent)):
            retries = 0
        retry = self._retry_by.get((retries, request.method))
        if retry is None:
            retry = self._retry_by[(retries, request.method)] = Retry(
                total=retries,
                allowed_methods=[request.method],
                status_forcelist=RETRYABLE_STATUSES,
                backoff_factor=self._policy.backoff_factor,
                max_backoff_wait=self._policy.max_wait,
            )
        request.extensions["retry"] = retry

    @contextmanager
    def _mapped_errors(self, request: httpx.Request) -> Iterator[None]:
        try:
            yield
        except httpx.TimeoutException as exc:
            raise TimedOut(self._provider, request.method, redact(str(request.url)), exc) from None
        except httpx.TransportError as exc:
            raise ConnectionFailed(self._provider, request.method, redact(str(request.url)), exc) from None
