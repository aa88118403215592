"""Issue 12, goal 1: searches cost about the same with 100,000 stored objects as with 100.

Each row times the same HTTP request against an emulator whose ``--db`` file
holds 100 objects and against one holding 100,000 (loaded straight into the
store, which takes seconds instead of the minutes 100,000 sends would), and
prints the ratio beside the goal: at most 2x for a search or count matching at
most 100 objects and for a first page sorted on an indexed field; a count that
matches many objects at most 1.5x the same SQL count run directly on the
database. The last row is the background tick's CPU use with 100,000 stored
messages while nothing happens (goal: at most 1% of a core).
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from sms_emulator import Settings
from sms_emulator.core import sql_index
from sms_emulator.core.store import Store
from sms_emulator.providers.bytehand import messages as bytehand_messages
from sms_emulator.providers.bytehand.search import sql as bytehand_sql

from .frame import Row, rows_of

SMALL, LARGE = 100, 100_000
BYTEHAND_KEY = {"X-Service-Key": "bytehand-demo-key"}
TYNTEC_KEY = {"apikey": "tyntec-demo-key"}
DEMO_USER, DEMO_LIST = 1, 1
JOMOBILE_LOGIN = "jomobile-demo"


def _stamp(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _fill(path: str, size: int) -> None:
    """``size`` BYTEHAND messages and contacts, Jo Mobile messages and tyntec phone-book numbers."""
    start = int(time.time()) - size
    store = Store(path)
    store.put_many(
        "bytehand",
        "message",
        (
            (
                str(10**17 + n),
                {
                    "id": str(10**17 + n),
                    "sender": "SMS-INFO",
                    "receiver": f"+7916{n:07d}",
                    "text": f"Your code is {n * 7919 % 1_000_003:07d}",
                    "parts": 1,
                    "encoding": "GSM7",
                    "cost": 1.5,
                    "currency": "RUB",
                    "country": "RU",
                    "operator": "MTS",
                    "created_at": _stamp(start + n),
                    "_user": DEMO_USER,
                    "_release_at": _stamp(start + n),
                    "_outcome": "DELIVERED" if n % 10 else "UNDELIVERED",
                    "_stopped": False,
                },
            )
            for n in range(size)
        ),
    )
    store.put_many(
        "bytehand",
        "contact",
        (
            (
                str(10**6 + n),
                {
                    "id": 10**6 + n,
                    "phone": f"+7903{n:07d}",
                    "name": f"Client {n * 7919 % 1_000_003:07d}",
                    "properties": {},
                    "created_at": _stamp(start + n),
                    "updated_at": _stamp(start + n),
                    "_user": DEMO_USER,
                    "_list": DEMO_LIST,
                },
            )
            for n in range(size)
        ),
    )
    store.put_many(
        "jomobile",
        "message",
        (
            (
                str(10**6 + n),
                {
                    "id_base": 10**6 + n,
                    "login": JOMOBILE_LOGIN,
                    "phone": f"38067{n:07d}",
                    "sender": "ACME",
                    "text": "bench",
                    "type_sms": "SMS",
                    "MCC": 255,
                    "MNC": 3,
                    "country": "UA",
                    "operator": "Kyivstar",
                    "parts": 1,
                    "price": "0.0200",
                    "url": None,
                    "createdAt": _stamp(start + n),
                    "dueAt": _stamp(start + n),
                    "finalAt": _stamp(start + n + 2),
                    "expiresAt": _stamp(start + n + 86_400),
                    "lifetime": 1440,
                    "delivery": True,
                    "outcome": "DELIVERED",
                    "id_group": None,
                },
            )
            for n in range(size)
        ),
    )
    store.put_many(
        "tyntec",
        "number",
        (
            (
                f"r{n // 50}:+4917{n:08d}",
                {
                    "requestId": f"r{n // 50}",
                    "accountId": "demo",
                    "contactId": "c1",
                    "createdAt": _stamp(start),
                    "phoneNumber": f"+4917{n:08d}",
                    "country": "DE",
                },
            )
            for n in range(size)
        ),
    )
    store.close()


@contextmanager
def emulator_process(arguments: list[str]) -> Iterator[str]:
    """A separate emulator process, as a user runs it (``python -m sms_emulator ARGUMENTS``); yields its URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "sms_emulator", "--port", str(port), *arguments]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/bytehand/v2/sms/messages/probe", params={"receiver": "+79161234567"}, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the emulator did not start") from None
                time.sleep(0.1)
        _pids[base] = process.pid
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


_pids: dict[str, int] = {}


@contextmanager
def _emulator(size: int) -> Iterator[tuple[str, str, int]]:
    """An emulator process on a ``--db`` file holding ``size`` of each searched object, and a copy of the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "bench.db")
        with emulator_process(["--db", path]):
            pass  # the emulator seeds its demo accounts into an empty file only
        _fill(path, size)
        twin = str(Path(folder) / "direct.db")
        shutil.copyfile(path, twin)  # the emulator locks its file while it runs; direct SQL reads this copy
        with emulator_process(["--db", path]) as base:
            yield base, twin, _pids[base]


def _median_ms(call: Callable[[], object], runs: int = 40) -> float:
    return _paired_ms([call], runs)[0]


def _paired_ms(calls: list[Callable[[], object]], runs: int = 40) -> list[float]:
    """Median milliseconds of each call, taking turns, so a busy machine slows every one alike."""
    for call in calls:
        call()
    timings: list[list[float]] = [[] for _ in calls]
    for _ in range(runs):
        for call, taken in zip(calls, timings, strict=True):
            started = time.perf_counter()
            call()
            taken.append(time.perf_counter() - started)
    return [statistics.median(taken) * 1000 for taken in timings]


def _jomobile_token(client: httpx.Client) -> str:
    credentials = {"username": JOMOBILE_LOGIN, "password": "jomobile-demo-password"}
    code = client.post("/jomobile/v1/authorize", json=credentials).json()["data"]
    return str(client.post("/jomobile/v1/accesstoken", json=code).json()["data"]["access_token"])


def _requests(client: httpx.Client, size: int) -> dict[str, Callable[[], object]]:
    """The timed requests; each names objects that exist at both sizes and matches at most 100 of them."""
    middle = size // 2
    code = f"{middle * 7919 % 1_000_003:07d}"
    jomobile = {"X-Access-Token": _jomobile_token(client)}

    def get(url: str, **params: Any) -> Callable[[], object]:
        return lambda: client.get(url, params=params, headers=BYTEHAND_KEY).raise_for_status()

    def head(url: str, **params: Any) -> Callable[[], object]:
        return lambda: client.head(url, params=params, headers=BYTEHAND_KEY).raise_for_status()

    contacts = f"/bytehand/v2/contact_lists/{DEMO_LIST}/contacts"
    return {
        "BYTEHAND messages: query receiver == (1 match)": get(
            "/bytehand/v2/sms/messages", query=f"receiver == +7916{middle:07d}"
        ),
        "BYTEHAND messages: HEAD count text =~ (1 match)": head("/bytehand/v2/sms/messages", query=f"text =~ '{code}'"),
        "BYTEHAND messages: first page sort=-created_at": get(
            "/bytehand/v2/sms/messages", sort="-created_at", count=20
        ),
        "BYTEHAND messages: first page sort=receiver, fields": get(
            "/bytehand/v2/sms/messages", sort="receiver", fields="receiver,text", count=20
        ),
        "BYTEHAND contacts: query phone == (1 match)": get(contacts, query=f"phone == +7903{middle:07d}"),
        "BYTEHAND contacts: HEAD count name =~ (1 match)": head(contacts, query=f"name =~ '{code}'"),
        "BYTEHAND contacts: first page sort=name": get(contacts, sort="name", count=20),
        "Jo Mobile sms-full-data: one phone": lambda: client.post(
            "/jomobile/v1/sms-full-data", json={"phone": [f"38067{middle:07d}"]}, headers=jomobile
        ).raise_for_status(),
        "tyntec phone book: one number": lambda: client.get(
            f"/tyntec/byon/phonebook/v1/numbers/+4917{middle:08d}", headers=TYNTEC_KEY
        ).raise_for_status(),
        "tyntec phone book: one request's numbers": lambda: client.get(
            "/tyntec/byon/phonebook/v1/numbers", params={"requestId": f"r{middle // 50}"}, headers=TYNTEC_KEY
        ).raise_for_status(),
    }


def _direct_count(path: str, query: str) -> tuple[Callable[[], object], int]:
    """The compiled SQL of a BYTEHAND message count, as a call straight on the database file."""
    view = bytehand_messages.search_view(DEMO_USER, datetime.now(UTC), Settings().delivery_delay)
    sql, params = bytehand_sql.count_sql(view, query)
    db = sqlite3.connect(path, check_same_thread=False)
    sql_index.install_functions(db)
    return (lambda: db.execute(sql, params).fetchone()), int(db.execute(sql, params).fetchone()[0])


def _idle_cpu(pid: int, seconds: float = 5.0) -> float:
    """Share of one core the emulator process used while nothing asked it anything."""

    def cpu_seconds() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    before, started = cpu_seconds(), time.perf_counter()
    time.sleep(seconds)
    return (cpu_seconds() - before) / (time.perf_counter() - started)


def measure() -> list[tuple[str, float, str, bool]]:
    """(measure, ratio, goal, met) for every goal-1 row; both emulators run side by side."""
    found: list[tuple[str, float, str, bool]] = []
    with (
        _emulator(SMALL) as (small_base, _, _),
        _emulator(LARGE) as (large_base, large_path, large_pid),
        httpx.Client(base_url=small_base, timeout=60) as small,
        httpx.Client(base_url=large_base, timeout=60) as large,
    ):
        small_calls, large_calls = _requests(small, SMALL), _requests(large, LARGE)
        for name, small_call in small_calls.items():
            small_ms, large_ms = _paired_ms([small_call, large_calls[name]])
            ratio = large_ms / small_ms
            found.append(
                (f"{name}: {large_ms:.1f} ms at {LARGE} vs {small_ms:.1f} ms at {SMALL}", ratio, "2", ratio <= 2)
            )
        query = "state == DELIVERED"
        direct, matched = _direct_count(large_path, query)
        http_ms, direct_ms = _paired_ms(
            [lambda: large.head("/bytehand/v2/sms/messages", params={"query": query}, headers=BYTEHAND_KEY), direct],
            runs=10,
        )
        ratio = http_ms / direct_ms
        found.append(
            (
                f"BYTEHAND HEAD count {query} ({matched} matches, {http_ms:.1f} ms) vs the same SQL direct "
                f"({direct_ms:.1f} ms)",
                ratio,
                "1.5",
                ratio <= 1.5,
            )
        )
        idle = _idle_cpu(large_pid)
        found.append(
            (f"idle CPU of the emulator holding {LARGE} of each (share of a core)", idle, "0.01", idle <= 0.01)
        )
    return found


def rows() -> list[Row]:
    """The measurements as ``make bench`` rows."""
    return rows_of("#12.1", measure())
