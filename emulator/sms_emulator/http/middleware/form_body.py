"""Form bodies, readable before the handler runs.

Some APIs read every parameter, credentials included, from either the query
string or a form body (SMSC's legacy PHP scripts). Connexion checks
credentials before the body is read, and renders errors without it, so
``FormBodyBuffer`` reads a form body once, keeps it in the ASGI scope and
replays it to the app; ``request_fields`` (``http/request_fields.py``) then
gives the query parameters and form fields together to a security handler,
an error renderer or a handler.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FORM_BODY = "sms_emulator.form_body"
"""The scope key holding the raw bytes of a buffered form body."""

FORM_TOO_LARGE = "sms_emulator.form_too_large"
"""Set in the scope when a form body was larger than the limit; the body is then not buffered."""

FORM_MEDIA_TYPE = b"application/x-www-form-urlencoded"


class FormBodyBuffer:
    """ASGI middleware: keep a urlencoded form body in the scope and replay it downstream."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_form(scope):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        pending: list[Message] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                pending.append(message)  # the client went away; let the app see it
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:  # refused inside (request_limits.py), where errors get the provider's shape
                scope[FORM_TOO_LARGE] = True
                await self.app(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        scope[FORM_BODY] = body
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            if pending:
                return pending.pop(0)
            return await receive()

        await self.app(scope, replay, send)


def _is_form(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name.lower() == b"content-type":
            return bool(value.split(b";")[0].strip().lower() == FORM_MEDIA_TYPE)
    return False
