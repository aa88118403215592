"""How connexion finds the handler of an operation: the snake_case method named after its operationId.

Every handler of every provider, and of the control API, is found here and
wrapped twice, in one place: in one store transaction (``transactions.py``)
and as a coroutine that runs on the event loop (``prepared_operations.py``).
A new operation gets both without doing anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from connexion.resolver import Resolver

from ..core.store import Store
from .prepared_operations import handler_for
from .transactions import transactional


class HandlerResolver(Resolver):  # type: ignore[misc]  # connexion ships no type hints
    """Finds the handler of an operation on ``handlers``; each runs inside one store transaction."""

    def __init__(self, handlers: object, store: Store) -> None:
        super().__init__(function_resolver=self._find)
        self._handlers = handlers
        self._store = store

    def _find(self, operation_id: str) -> Callable[..., Any]:
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
        handler = getattr(self._handlers, name, None)
        if not callable(handler):
            raise AttributeError(f"{type(self._handlers).__name__} has no handler {name} for {operation_id}")
        return handler_for(transactional(self._store, handler))
