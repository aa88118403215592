"""Act out the faults armed through ``POST /_emulator/faults`` (``core/faults.py`` says what each kind does).

A dropped connection is a response that starts and then breaks off, which
clients see as a protocol error ("peer closed connection"); uvicorn logs it as
"ASGI callable returned without completing response", right after the
emulator's own line saying which fault it injected.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ...core.faults import FaultKind, Faults, reshape_body
from ...core.store import Document
from ..errors import ErrorContext
from ..served import ApiForPath

logger = logging.getLogger(__name__)


class FaultInjection:
    """ASGI middleware in front of the providers that acts out armed faults."""

    def __init__(self, app: ASGIApp, faults: Faults, api_for_path: ApiForPath) -> None:
        self._app = app
        self._faults = faults
        self._api_for_path = api_for_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self._fault_for(scope) if scope["type"] == "http" else None
        if fault is None:
            await self._app(scope, receive, send)
            return
        kind: FaultKind = fault["kind"]
        logger.warning("injecting a %s fault into %s %s", kind, scope["method"], scope["path"])
        if kind == "status":
            await self._answer_error(scope, send, fault)
        elif kind == "slow":
            await asyncio.sleep(float(fault.get("delaySeconds", 1.0)))
            await self._app(scope, receive, send)
        elif kind == "drop":
            await _drop(send)
        elif kind == "reshape":
            await _reshaped(self._app, scope, receive, send, fault["reshape"])
        else:
            await self._app(scope, receive, _swallow)
            await _drop(send)

    def _fault_for(self, scope: Scope) -> Document | None:
        provider = self._api_for_path(scope["path"])
        if provider is None:
            return None
        relative = scope["path"][len(provider.prefix) :]
        return self._faults.take(provider.name, lambda: provider.spec.operation_id(scope["method"], relative))

    async def _answer_error(self, scope: Scope, send: Send, fault: Document) -> None:
        provider = self._api_for_path(scope["path"])
        assert provider is not None
        status = int(fault.get("status", 503))
        headers = {"Retry-After": str(fault["retryAfter"])} if "retryAfter" in fault else {}
        relative = scope["path"][len(provider.prefix) :]
        context = ErrorContext(
            status=status,
            detail=f"injected fault: HTTP {status}",
            operation_id=provider.spec.operation_id(scope["method"], relative),
            method=scope["method"],
            path=scope["path"],
            headers=headers,
        )
        response = provider.render_fault(context)
        body = response.body if isinstance(response.body, bytes) else str(response.body or "").encode()
        raw_headers = [(key.lower().encode(), str(value).encode()) for key, value in response.headers.items()]
        raw_headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": body})


async def _swallow(message: Message) -> None:
    """A ``send`` that throws the reply away."""


async def _drop(send: Send) -> None:
    """Start a reply and never finish it: the server then closes the connection."""
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
    await send({"type": "http.response.body", "body": b"", "more_body": True})


async def _reshaped(app: ASGIApp, scope: Scope, receive: Receive, send: Send, reshape: dict[str, Any]) -> None:
    """Run the call, then send its reply reshaped (``core.faults.reshape_body``); error replies pass unchanged."""
    start: Message = {}
    chunks: list[bytes] = []

    async def keep(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = dict(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, keep)
    body = b"".join(chunks)
    status = int(start.get("status", 500))
    if 200 <= status < 300:
        status = int(reshape.get("status", status))
        body = reshape_body(body, reshape)
    headers = [(key, value) for key, value in start.get("headers", []) if key.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
