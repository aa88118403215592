"""Driving one ASGI middleware on its own: a request in, what it sent back (or what it passed on) out."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, field

from connexion.lifecycle import ConnexionResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sms_emulator.http.errors import ErrorContext
from sms_emulator.http.served import ServedApi
from sms_emulator.http.specs import SpecIndex


def http_scope(
    path: str = "/", method: str = "GET", *, query: bytes = b"", headers: dict[str, str] | None = None
) -> Scope:
    return {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query,
        "headers": [(name.lower().encode(), value.encode()) for name, value in (headers or {}).items()],
        "server": ("127.0.0.1", 8025),
    }


@dataclass
class Reply:
    """What the middleware (or the app behind it) sent: status, headers, body, and whether it finished."""

    status: int | None = None
    headers: dict[bytes, bytes] = field(default_factory=dict)
    body: bytes = b""
    complete: bool = False


@dataclass
class Downstream:
    """A stand-in for the app behind a middleware: records what reached it and answers 200 ``ok``."""

    calls: list[Scope] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    answer: bytes = b"ok"
    status: int = 200

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.calls.append(scope)
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        self.bodies.append(b"".join(chunks))
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(self.answer)).encode())]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": self.answer})


def call(app: ASGIApp, scope: Scope, body: bytes | list[bytes] = b"") -> Reply:
    """Run ``app`` on one request whose body arrives in the given chunks; what it sent back."""
    chunks = body if isinstance(body, list) else [body]
    messages: list[Message] = [
        {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
        for index, chunk in enumerate(chunks)
    ]
    reply = Reply()

    async def receive() -> Message:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
            reply.headers = dict(message.get("headers", []))
        elif message["type"] == "http.response.body":
            reply.body += message.get("body", b"")
            reply.complete = not message.get("more_body", False)

    asyncio.run(_run(app(scope, receive, send)))
    return reply


async def _run(call: Awaitable[None]) -> None:
    await call


SPEC = {
    "paths": {
        "/things": {"head": {"operationId": "countThings"}, "get": {"operationId": "listThings"}},
        "/send": {"get": {"operationId": "send"}, "post": {"operationId": "sendPost"}},
    }
}
"""A provider's spec as the middleware reads it: paths, methods and operationIds."""


class FakeApi:
    """A served API under ``/acme``: its spec, and an error shape that says what it was given."""

    name = "acme"
    prefix = "/acme"

    def __init__(self) -> None:
        self.spec = SpecIndex(SPEC)
        self.rendered: list[ErrorContext] = []

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        self.rendered.append(error)
        return ConnexionResponse(
            status_code=error.status, body=f"acme says {error.detail}".encode(), headers=error.headers or {}
        )

    render_fault = render_error

    def for_path(self, path: str) -> ServedApi | None:
        """What the app's ``api_for_path`` is: this API for its paths, None for any other."""
        return self if path.startswith(self.prefix + "/") else None
