"""Only the methods a spec documents reach a handler.

Starlette answers HEAD with the GET route of the same path, so without this
guard a HEAD on tyntec's GET send or SMSC's send.php would send a message.
A HEAD the spec does not document is answered 405 (with ``Allow``) in the
provider's own error shape; where the spec documents it (BYTEHAND's counts)
it passes through to its own operation.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from ..served import ApiForPath


class UndocumentedHeadGuard:
    def __init__(self, app: ASGIApp, api_for_path: ApiForPath) -> None:
        self._app = app
        self._api_for_path = api_for_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD":
            provider = self._api_for_path(scope["path"])
            if provider is not None:
                allowed = provider.spec.methods(scope["path"][len(provider.prefix) :])
                if allowed and "HEAD" not in allowed:
                    raise HTTPException(405, detail="HEAD is not an operation of this path")
        await self._app(scope, receive, send)
