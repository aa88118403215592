"""A loopback HTTP server that answers with whatever a test scripts: replies as a real provider might give them.

The emulator answers the way our specs read the documents; this server
answers the way the documents leave open (another 2xx, a date where we
guessed seconds, a 400 where we expected a 401), so the clients are tested
against replies we did not shape to fit them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


Reply = tuple[int, Any]
"""(status, body): a body that is bytes goes out as it is, anything else as JSON."""

Handler = Callable[[Request], Reply]


@contextmanager
def stub_server(handle: Handler) -> Iterator[str]:
    """Serve ``handle`` on a free loopback port; yield the base URL."""

    class _Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw
            request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            status, reply = handle(request)
            content = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
