"""Issues 9 and 22: a typed call costs at most 1.10x a raw httpx call against the same loopback server.

The typed calls go through ``connect()``: a generated module function, the
resource method (``client.sms_messaging.get_sms_status``) and its async twin
under ``client.aio``, each with the tolerant-reply rule reading the body into
models; the raw call only decodes the JSON. All run interleaved in one process
against a canned server, sync ones in one loop and async ones in one event loop.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager

import httpx

from .frame import Row

REQUEST_ID = "e74db8d4-77ad-4671-8feb-9bc76b0df188"
PATH = f"/messaging/v1/messages/{REQUEST_ID}"
STATUS_REPLY = json.dumps(
    {
        "requestId": REQUEST_ID,
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
GOAL = 1.10


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


@contextmanager
def _canned_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Canned)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _interleaved(calls: dict[str, Callable[[], object]], blocks: int, per_block: int) -> dict[str, float]:
    """The fastest block's milliseconds per call of each, the calls taking turns within every block.

    Each block calls all in turn, so drift hits all alike; the fastest block of each is the cost without
    interference from the other processes of a shared machine (as timeit does). The order rotates by block,
    so none always follows another.
    """
    best = dict.fromkeys(calls, float("inf"))
    for order in _rotations(list(calls), blocks):
        spent = dict.fromkeys(calls, 0.0)
        for _ in range(per_block):
            for name in order:
                started = time.perf_counter()
                calls[name]()
                spent[name] += time.perf_counter() - started
        _keep_best(best, spent, per_block)
    return best


async def _ainterleaved(
    calls: dict[str, Callable[[], Awaitable[object]]], blocks: int, per_block: int
) -> dict[str, float]:
    """``_interleaved`` for coroutines, awaited one at a time on the running event loop."""
    best = dict.fromkeys(calls, float("inf"))
    for order in _rotations(list(calls), blocks):
        spent = dict.fromkeys(calls, 0.0)
        for _ in range(per_block):
            for name in order:
                started = time.perf_counter()
                await calls[name]()
                spent[name] += time.perf_counter() - started
        _keep_best(best, spent, per_block)
    return best


def _rotations(names: list[str], blocks: int) -> Iterator[list[str]]:
    """The order of the calls in each block: rotated by one each block."""
    for block in range(blocks):
        yield names[block % len(names) :] + names[: block % len(names)]


def _keep_best(best: dict[str, float], spent: dict[str, float], per_block: int) -> None:
    for name, seconds in spent.items():
        best[name] = min(best[name], seconds / per_block * 1000)


def typed_call_ratios(blocks: int = 40, calls: int = 50) -> dict[str, float]:
    """Milliseconds per call: raw httpx, the module function and the resource method, sync and under aio."""
    from tyntec_client.api.sms_messaging import get_sms_status

    from sms_clients import tyntec

    with _canned_server() as base:
        client = tyntec.connect(base, api_key="bench-key")
        raw_client = httpx.Client(base_url=base, headers={"apikey": "bench-key"})
        try:
            sync = _interleaved(
                {
                    "raw": lambda: raw_client.get(PATH).json(),
                    "module": lambda: get_sms_status.sync(client=client, request_id=REQUEST_ID),
                    "resource": lambda: client.sms_messaging.get_sms_status(REQUEST_ID),
                },
                blocks,
                calls,
            )
        finally:
            raw_client.close()
            client.close()

        async def measure_async() -> dict[str, float]:
            async with httpx.AsyncClient(base_url=base, headers={"apikey": "bench-key"}) as raw, client.aio as aio:

                async def raw_call() -> object:
                    return (await raw.get(PATH)).json()

                return await _ainterleaved(
                    {"aio raw": raw_call, "aio": lambda: aio.sms_messaging.get_sms_status(REQUEST_ID)}, blocks, calls
                )

        return {**sync, **asyncio.run(measure_async())}


def rows() -> list[Row]:
    ms = typed_call_ratios()
    return [
        Row(
            "#9 tyntec get_sms_status through connect() vs raw httpx + .json()",
            f"{ms['module']:.3f} vs {ms['raw']:.3f} ms",
            ms["module"] / ms["raw"],
            GOAL,
        ),
        Row(
            "#22 client.sms_messaging.get_sms_status() vs raw httpx + .json()",
            f"{ms['resource']:.3f} vs {ms['raw']:.3f} ms",
            ms["resource"] / ms["raw"],
            GOAL,
        ),
        Row(
            "#22 await client.aio.sms_messaging.get_sms_status() vs raw httpx.AsyncClient + .json()",
            f"{ms['aio']:.3f} vs {ms['aio raw']:.3f} ms",
            ms["aio"] / ms["aio raw"],
            GOAL,
        ),
    ]
