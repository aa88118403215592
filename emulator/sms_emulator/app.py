"""The ASGI app: every provider's spec mounted under its prefix, plus ``/_emulator``.

Connexion does the routing, parameter parsing, validation and credential
extraction from the specs; this module wires each spec to its provider's
handlers and credential check, and sends every error, whether a handler raised
it or connexion did, through the provider's own error shape.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

from connexion import AsyncApp
from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from connexion.middleware import MiddlewarePosition
from connexion.options import SwaggerUIOptions
from connexion.resolver import Resolver
from starlette.exceptions import HTTPException

from . import _logging
from .admin import AdminApi, InboxPage
from .dispatch import handler_for, use_prepared_operations
from .errors import ErrorContext
from .faults import FaultInjection
from .forms import FormBodyBuffer, request_fields
from .methods import UndocumentedHeadGuard
from .outbound import ServerAddress
from .size_limits import MAX_BODY_BYTES, RequestLimits
from .specs import load_admin_spec, load_spec
from .state import EmulatorState, Settings
from .store import Store
from .transactions import transactional
from .validation import VALIDATOR_MAP

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> AsyncApp:
    """Build the emulator for ``settings`` (in-memory state by default)."""
    _logging.install()
    state = EmulatorState(settings or Settings())
    app = AsyncApp(__name__, lifespan=state.lifespan)
    use_prepared_operations(app)
    for provider in state.providers.values():
        app.add_api(
            load_spec(provider.spec_file),
            base_path=provider.prefix,
            name=provider.name,
            resolver=HandlerResolver(provider.handlers(), state.store),
            security_map=provider.security_map(),
            pythonic_params=True,
            validator_map=VALIDATOR_MAP,
            swagger_ui_options=SwaggerUIOptions(swagger_ui=False),
        )
    app.add_api(
        load_admin_spec(),
        base_path="/_emulator",
        name="_emulator",
        resolver=HandlerResolver(AdminApi(state), state.store),
        swagger_ui_options=SwaggerUIOptions(swagger_ui=False),
    )
    # Last, so that it sees only what no provider and no /_emulator route took: the inbox page at "/".
    app.add_api(
        load_admin_spec("root.yaml"),
        base_path="",
        name="_inbox",
        resolver=HandlerResolver(InboxPage(), state.store),
        swagger_ui_options=SwaggerUIOptions(swagger_ui=False),
    )
    app.add_middleware(FaultInjection, position=MiddlewarePosition.BEFORE_EXCEPTION, state=state)
    app.add_middleware(UndocumentedHeadGuard, position=MiddlewarePosition.BEFORE_SWAGGER, state=state)
    # Inside the error handling, so a request over a size limit is refused in the provider's shape.
    app.add_middleware(RequestLimits, position=MiddlewarePosition.BEFORE_SWAGGER)
    app.add_middleware(ServerAddress, position=MiddlewarePosition.BEFORE_EXCEPTION, outbound=state.outbound)
    # Outermost, so security handlers and the error renderer can read form fields too.
    app.add_middleware(FormBodyBuffer, position=MiddlewarePosition.BEFORE_EXCEPTION, max_bytes=MAX_BODY_BYTES)
    errors = ErrorRenderer(state)
    for exception in (ProblemException, HTTPException, Exception):
        app.add_error_handler(exception, errors)
    app.state = state
    return app


class HandlerResolver(Resolver):  # type: ignore[misc]  # connexion ships no type hints
    """Finds the handler of an operation: the snake_case method named after its operationId.

    Each handler runs inside one store transaction (``transactions.py``), for every provider alike.
    """

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


class ErrorRenderer:
    """Turns any exception into the error response of the provider the request was for."""

    def __init__(self, state: EmulatorState) -> None:
        self._state = state

    def __call__(self, request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        if isinstance(exc, HTTPException):
            status, detail = exc.status_code, str(exc.detail)
            headers = dict(exc.headers or {})
        else:
            logger.error("unhandled error for %s %s", request.method, request.url.path, exc_info=exc)
            status, detail, headers = 500, "The emulator failed on this request; see its log.", {}
        provider = self._state.provider_for_path(request.url.path)
        if status == 405 and provider is not None:
            # Starlette's Allow lists only the first matching route's methods; the spec knows them all
            # (and HEAD only where the spec documents it: see methods.py).
            allowed = provider.spec.methods(request.url.path[len(provider.prefix) :])
            headers = {key: value for key, value in headers.items() if key.lower() != "allow"}
            headers["Allow"] = ", ".join(allowed)
        routing = request.scope.get("extensions", {}).get("connexion_routing", {})
        operation_id = routing.get("operation_id")
        if operation_id is None and provider is not None:
            # Connexion routes on a copy of the scope, so errors raised past routing arrive without it.
            operation_id = provider.spec.operation_id(request.method, request.url.path[len(provider.prefix) :])
        context = ErrorContext(
            status=status,
            detail=_first_line(detail),
            operation_id=operation_id,
            method=request.method,
            path=request.url.path,
            code=getattr(exc, "code", None),
            headers=headers,
            fields=request_fields(request.scope),
            details=getattr(exc, "details", None) or {},
        )
        if provider is None:
            return ConnexionResponse(
                status_code=status,
                body=json.dumps({"status": status, "title": context.title, "detail": context.detail}).encode(),
                content_type="application/json",
                mimetype="application/json",
                headers=headers,
            )
        return provider.render_error(context)


def _first_line(detail: str) -> str:
    return detail.strip().splitlines()[0] if detail.strip() else detail
