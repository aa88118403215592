"""The inbox page, its assets and the event stream that keeps it live.

The page is plain HTML, CSS and JavaScript shipped in ``static/`` (no build
step, no CDN: the machines it runs on may be offline). It reads everything
through the control API (``/_emulator/messages`` and friends) and listens to
``/_emulator/events``, a server-sent event stream that says "something
changed" whenever a message appears, changes state (the clock moved) or goes,
or a callback is made; the page then fetches the list again with its filters.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

from starlette.responses import Response, StreamingResponse

from ..core.clock import isoformat
from .query import MessageQuery, find_messages

if TYPE_CHECKING:
    from ..providers.mounted import MountedProviders

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {"inbox.css": "text/css", "inbox.js": "text/javascript", "favicon.svg": "image/svg+xml"}
POLL_SECONDS = 0.5
"""How often the stream looks for a change (states follow the clock, so they change without any request)."""
STREAM_SECONDS = 30.0
"""A stream ends after this long and the browser reconnects, so no stream holds up a server's shutdown for long."""
KEEPALIVE_SECONDS = 10.0


def page() -> Response:
    return Response((STATIC / "index.html").read_bytes(), media_type="text/html; charset=utf-8")


def asset(name: str) -> Response | None:
    """One of the page's files; None for any other name (no path ever reaches the file system)."""
    if name not in ASSETS:
        return None
    return Response(
        (STATIC / name).read_bytes(),
        media_type=f"{ASSETS[name]}; charset=utf-8" if ASSETS[name].startswith("text/") else ASSETS[name],
        headers={"Cache-Control": "no-cache"},
    )


def fingerprint(providers: MountedProviders) -> str:
    """A digest of what the inbox shows that can change: message states, callbacks made, the clock's offset."""
    runtime = providers.runtime
    digest = hashlib.sha256()
    for view in find_messages(providers, MessageQuery()):
        digest.update(f"{view.key}\0{view.provider_state}\n".encode())
    digest.update(f"{len(runtime.outbound.history())}\0{runtime.clock.offset.total_seconds()}".encode())
    return digest.hexdigest()[:16]


def event_stream(providers: MountedProviders) -> StreamingResponse:
    return StreamingResponse(
        _events(providers),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _events(providers: MountedProviders) -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    started = last_sent = loop.time()
    seen = None
    yield "retry: 1000\n\n"
    while loop.time() - started < STREAM_SECONDS:
        current = fingerprint(providers)
        if current != seen:
            seen = current
            last_sent = loop.time()
            data = {"version": current, "clock": isoformat(providers.runtime.clock.now())}
            yield f"event: change\ndata: {json.dumps(data)}\n\n"
        elif loop.time() - last_sent > KEEPALIVE_SECONDS:
            last_sent = loop.time()
            yield ": keep-alive\n\n"
        await asyncio.sleep(POLL_SECONDS)


class InboxPage:
    """The handler of ``page.yaml``: the web inbox at the emulator's root."""

    def get_inbox(self) -> Response:
        return page()
