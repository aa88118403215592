"""One store transaction per request, applied where the app finds a request's handler.

Every provider's handlers (and the control API's) are wrapped here, once, so
a handler's reads that decide and all its writes commit together or not at
all, and a new sending path gets the same guarantee without doing anything.
A handler that raises, or returns an error status, leaves the store as it
was. The reply leaves the app only after the commit, so whatever was
acknowledged is stored.

Coroutine handlers are not wrapped: a transaction must not stay open across
an ``await`` (other requests would wait for a network call); they open
``store.transaction()`` around their own steps instead.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import Any

from connexion.lifecycle import ConnexionResponse

from ..core.store import Store


class _Refused(Exception):
    """Carries an error reply out of the transaction, so the transaction rolls back."""

    def __init__(self, reply: Any) -> None:
        super().__init__("the handler answered with an error")
        self.reply = reply


def transactional(store: Store, handler: Callable[..., Any]) -> Callable[..., Any]:
    """``handler`` run inside one ``store.transaction()``, rolled back on an exception or an error reply."""
    if asyncio.iscoroutinefunction(handler):
        return handler

    @functools.wraps(handler)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            with store.transaction():
                reply = handler(*args, **kwargs)
                if status_of(reply) >= 400:
                    raise _Refused(reply)
        except _Refused as refused:
            return refused.reply
        return reply

    return run


def status_of(reply: Any) -> int:
    """The HTTP status of what a handler returned (a ``(body, status, headers)`` tuple or a response)."""
    if isinstance(reply, ConnexionResponse):
        return int(reply.status_code)
    if isinstance(reply, tuple) and len(reply) >= 2 and isinstance(reply[1], int):
        return reply[1]
    return 200
