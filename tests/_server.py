"""Serving the emulator on a loopback port for tests, and a tiny receiver for its callbacks."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sms_emulator import Settings
from sms_emulator.inprocess import running


@contextmanager
def serve_emulator(settings: Settings | None = None, log_level: str = "warning") -> Iterator[str]:
    """Run the emulator with uvicorn on a free loopback port; yield its base URL (``log_level="info"`` logs access)."""
    with running(settings, log_level=log_level) as base_url:
        yield base_url


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any


@dataclass
class Receiver:
    """Records every request made to it; answers 200."""

    url: str
    requests: list[Received] = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.requests)


@contextmanager
def receiver() -> Iterator[Receiver]:
    """A loopback HTTP server standing in for *your* server (webhooks, delivery reports)."""
    record = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def _record(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw else None
            record.requests.append(Received(self.command, parts.path, parse_qs(parts.query), body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _record

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    record.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()
