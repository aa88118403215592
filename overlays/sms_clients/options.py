"""Per-call settings that do not leak into other calls.

The generated functions take no timeout, and the generated ``with_timeout``
changes a client that other calls share. ``request_options`` sets a timeout
or retry policy for the calls made inside a ``with`` block only, in this
thread or asyncio task alone (a context variable), whichever provider is called:

    with request_options(timeout=2.0, retries=0):
        send_sms.sync(client=client, body=message)
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass, replace

import httpx


@dataclass(frozen=True)
class RequestOptions:
    timeout: httpx.Timeout | None = None
    """Replaces the client's timeout."""
    retries: int | None = None
    """Replaces the client's number of retries (0: no retry)."""
    retry_non_idempotent: bool | None = None
    """Allows retrying operations the spec marks ``x-idempotent: false`` (a send could go twice)."""


_NO_OPTIONS = RequestOptions()
_current: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar("sms_request_options", default=None)


def current() -> RequestOptions:
    """The options in force for a call made now (the client's own settings where none are set)."""
    return _current.get() or _NO_OPTIONS


@contextlib.contextmanager
def request_options(
    *,
    timeout: float | httpx.Timeout | None = None,
    retries: int | None = None,
    retry_non_idempotent: bool | None = None,
) -> Iterator[RequestOptions]:
    """Settings for the calls made inside the block; the client's own settings fill in the rest."""
    if retries is not None and retries < 0:
        raise ValueError("retries must be 0 or more")
    outer = current()
    options = replace(
        outer,
        timeout=outer.timeout if timeout is None else httpx.Timeout(timeout),
        retries=outer.retries if retries is None else retries,
        retry_non_idempotent=outer.retry_non_idempotent if retry_non_idempotent is None else retry_non_idempotent,
    )
    token = _current.set(options)
    try:
        yield options
    finally:
        _current.reset(token)
