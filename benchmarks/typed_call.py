"""Issue 9's goal: a typed call costs at most 1.10x a raw httpx call against the same loopback server.

The typed call goes through ``connect()`` and a generated function, with the
tolerant-reply rule reading the body into models; the raw call only decodes
the JSON. Both run interleaved in one process against a canned server.
"""

from __future__ import annotations

import http.server
import json
import threading
import time

import httpx

from .frame import Row

STATUS_REPLY = json.dumps(
    {
        "requestId": "e74db8d4-77ad-4671-8feb-9bc76b0df188",
        "status": "DELIVERED",
        "from": "ACME",
        "to": "+491701234567",
        "submitDate": "2026-01-01T00:00:00+00:00",
        "doneDate": "2026-01-01T00:00:02+00:00",
        "overallPrice": "0.05",
        "size": 1,
        "parts": [{"partId": "1", "price": "0.05", "currency": "EUR", "deliveryState": "DELIVERED"}],
    }
).encode()


class _Canned(http.server.BaseHTTPRequestHandler):
    """Answers every GET with the same tyntec status, over keep-alive connections."""

    protocol_version = "HTTP/1.1"
    wbufsize = -1  # one write per reply (headers and body together), flushed by the server
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(STATUS_REPLY)))
        self.end_headers()
        self.wfile.write(STATUS_REPLY)

    def log_message(self, *args: object) -> None:
        pass


def typed_call_ratio(blocks: int = 40, calls: int = 50) -> tuple[float, float, float]:
    """(typed ms, raw ms, ratio): tyntec's get_sms_status through connect() vs httpx.get + .json(), interleaved."""
    from tyntec_client.api.sms_messaging import get_sms_status

    from sms_clients import tyntec

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    path = "/messaging/v1/messages/e74db8d4-77ad-4671-8feb-9bc76b0df188"
    typed_client = tyntec.connect(base, api_key="bench-key")
    raw_client = httpx.Client(base_url=base, headers={"apikey": "bench-key"})

    def raw_call() -> object:
        return raw_client.get(path).json()

    def typed_call() -> object:
        return get_sms_status.sync(client=typed_client, request_id="e74db8d4-77ad-4671-8feb-9bc76b0df188")

    typed, raw = [], []
    try:
        for block in range(blocks):
            # Each block calls both in turn, so drift hits both alike; the fastest block of each is the
            # cost without interference from the other processes of a shared machine (as timeit does).
            # The order alternates by block, so neither side always follows the other.
            spent = {"typed": 0.0, "raw": 0.0}
            order = [("raw", raw_call), ("typed", typed_call)][:: 1 if block % 2 else -1]
            for _ in range(calls):
                for name, call in order:
                    started = time.perf_counter()
                    call()
                    spent[name] += time.perf_counter() - started
            typed.append(spent["typed"] / calls)
            raw.append(spent["raw"] / calls)
    finally:
        raw_client.close()
        typed_client.get_httpx_client().close()
        server.shutdown()
        server.server_close()
    typed_ms, raw_ms = min(typed) * 1000, min(raw) * 1000
    return typed_ms, raw_ms, typed_ms / raw_ms


def rows() -> list[Row]:
    typed_ms, raw_ms, ratio = typed_call_ratio()
    return [
        Row(
            "#9 tyntec get_sms_status through connect() vs raw httpx + .json()",
            f"{typed_ms:.3f} vs {raw_ms:.3f} ms",
            ratio,
            1.10,
        )
    ]
