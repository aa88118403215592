"""How a routed, validated request reaches its handler, with no per-request work that can be done once.

Connexion 3.3 (pinned) does two expensive things on every request that need
doing only once per operation, measured with py-spy on tyntec's GET status:

* it runs every synchronous handler on a thread-pool worker, a hop to another
  thread and back for a few microseconds of work that never blocks (handlers
  only read and write the SQLite store);
* it rebuilds the handler's decorator chain, reading the handler's signature
  with ``inspect.signature`` and its URI parser from the spec.

``handler_for`` is the one wrapping point every handler goes through: it makes
a synchronous handler a coroutine function, which connexion then awaits on the
event loop (one request's handler at a time, never two interleaved). Anything
that must surround every handler call belongs here. ``use_prepared_operations``
makes an app build each operation's decorator chain and URI parser once.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from connexion import AsyncApp
from connexion.apps.asynchronous import AsyncApi, AsyncOperation
from connexion.context import receive, scope
from connexion.decorators import StarletteDecorator
from connexion.decorators.parameter import AsyncParameterDecorator, pythonic, sanitized
from connexion.operations import AbstractOperation
from starlette.types import Receive, Scope, Send


def handler_for(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` as a coroutine function that connexion awaits on the event loop, not in a thread pool."""
    if inspect.iscoroutinefunction(function):
        return function

    @functools.wraps(function)
    async def on_event_loop(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    return on_event_loop


def use_prepared_operations(app: AsyncApp) -> None:
    """Make ``app`` decorate every operation once, when its API is added (call before ``add_api``)."""
    app._middleware_app.api_cls = _PreparedApi


class _RememberedNames(AsyncParameterDecorator):  # type: ignore[misc]  # connexion ships no type hints
    """Connexion's parameter decorator, remembering the Python name of each parameter name it has seen.

    Connexion recomputes them with several regular expressions for every argument of every request.
    """

    def __init__(self, *, framework: Any, pythonic_params: bool = False) -> None:
        super().__init__(framework=framework, pythonic_params=pythonic_params)
        self.sanitize_fn = _pythonic if pythonic_params else _sanitized


_pythonic = functools.lru_cache(maxsize=4096)(pythonic)
_sanitized = functools.lru_cache(maxsize=4096)(sanitized)


class _DecorateOnce(StarletteDecorator):  # type: ignore[misc]
    """Connexion's decorator chain and URI parser, built once per operation instead of once per request."""

    _parameter_decorator_cls = _RememberedNames

    def __init__(self, prepared: AbstractOperation, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._prepared_parser = prepared.uri_parser_class(prepared.parameters, prepared.body_definition())

    @property
    def uri_parser(self) -> Any:
        return self._prepared_parser

    def __call__(self, function: Callable[..., Any]) -> Callable[..., Any]:
        decorated = self.decorate(function)

        @functools.wraps(function)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            request = self.framework.get_request(uri_parser=self._prepared_parser, scope=scope, receive=receive)
            return await decorated(request)

        return wrapper


class _PreparedOperation(AsyncOperation):  # type: ignore[misc]
    def __init__(self, prepared: AbstractOperation, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        decorator = _DecorateOnce(prepared, pythonic_params=self.pythonic_params, jsonifier=self.jsonifier)
        self._decorated = decorator(self._fn)

    @property
    def fn(self) -> Callable[..., Any]:
        return self._decorated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> Any:
        response = await self._decorated()
        return await response(scope, receive, send)


class _PreparedApi(AsyncApi):  # type: ignore[misc]
    def make_operation(self, operation: AbstractOperation) -> AsyncOperation:
        return _PreparedOperation(
            operation,
            fn=operation.function,
            jsonifier=self.jsonifier,
            operation_id=operation.operation_id,
            pythonic_params=self.pythonic_params,
        )
