"""Refuse a request over a size limit (``http/size_limits.py``) before it reaches routing or a handler.

It sits inside the error handling, so a refusal is answered in the
provider's own error shape: 413 for a body that is too large, 415 for a body
without a ``Content-Type``, 400 for too many or too long fields. A body is
counted as it arrives, so one without a ``Content-Length`` is stopped at the
limit too.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..size_limits import MAX_BODY_BYTES, check_fields
from .form_body import FORM_BODY, FORM_TOO_LARGE


class RequestLimits:
    """ASGI middleware (inside the error handling): refuse a request whose body or fields break a limit."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if scope.get(FORM_TOO_LARGE) or (declared is not None and declared > MAX_BODY_BYTES):
            raise _too_large(declared)
        if _header(scope, b"content-type") is None and (declared or _header(scope, b"transfer-encoding")):
            raise HTTPException(415, "the request has a body but no Content-Type")
        check_fields(bytes(scope.get("query_string", b"")), scope.get(FORM_BODY))
        received = 0

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY_BYTES:
                    raise _too_large(None)
            return message

        await self.app(scope, counting, send)


def _content_length(scope: Scope) -> int | None:
    value = _header(scope, b"content-length")
    return int(value) if value is not None and value.isdigit() else None


def _header(scope: Scope, wanted: bytes) -> bytes | None:
    for name, value in scope.get("headers", ()):
        if name.lower() == wanted:
            return bytes(value)
    return None


def _too_large(size: int | None) -> HTTPException:
    stated = f"{size} bytes" if size is not None else "larger than that"
    return HTTPException(413, f"the body is {stated}; at most {MAX_BODY_BYTES} bytes are accepted")
