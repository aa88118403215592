"""``kill -9`` of an emulator with ``--db`` in the middle of traffic, then a restart on the same file.

Every send that was answered 2xx must be there after the restart, the books of every account must add
up (a charge without its message, or a message without its charge, shows as a problem), and the restart
must not re-seed: the balances are what the traffic left, not the demo balances again. The emulator runs
as ``python -m sms_emulator``, exactly as a user starts it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import httpx

from .traffic import accounts, books, tyntec_send

SENDERS_PER_PROVIDER = 3
ACKNOWLEDGED_BEFORE_KILL = 20


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _emulator(db: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sms_emulator", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                httpx.get(f"{base}/_emulator/", timeout=1).raise_for_status()
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else b""
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def test_acknowledged_sends_survive_kill_9_and_the_books_add_up(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    acknowledged: dict[str, list[str]] = {}
    lock = threading.Lock()
    with _emulator(db) as (base, process):
        with httpx.Client(base_url=base, timeout=10) as client:
            client.post("/_emulator/limits", json={"enforced": False}).raise_for_status()
            used = accounts(client)
            senders: dict[str, Callable[[httpx.Client, int], str | None]] = {each.provider: each.send for each in used}
            balances = {(each.provider, each.account): books(client, each.provider)[each.account] for each in used}
        senders["tyntec"] = tyntec_send
        stop = threading.Event()

        def traffic(provider: str, send: Callable[[httpx.Client, int], str | None], worker: int) -> None:
            with httpx.Client(base_url=base, timeout=10) as client:
                for n in range(worker * 1_000_000, (worker + 1) * 1_000_000):
                    if stop.is_set():
                        return
                    try:
                        sent = send(client, n)
                    except httpx.TransportError:
                        return  # killed mid-request: not acknowledged
                    if sent is not None:
                        with lock:
                            acknowledged.setdefault(provider, []).append(sent)

        threads = [
            threading.Thread(target=traffic, args=(provider, send, worker), daemon=True)
            for provider, send in senders.items()
            for worker in range(SENDERS_PER_PROVIDER)
        ]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill mid-traffic: once every provider has had sends acknowledged
            with lock:
                if all(len(acknowledged.get(provider, [])) >= ACKNOWLEDGED_BEFORE_KILL for provider in senders):
                    break
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
        process.wait(timeout=10)

    with _emulator(db) as (base, _), httpx.Client(base_url=base, timeout=10) as client:
        for provider, ids in acknowledged.items():
            stored = {item["id"] for item in client.get("/_emulator/messages", params={"provider": provider}).json()}
            missing = sorted(set(ids) - stored)
            assert not missing, f"{provider}: {len(missing)} of {len(ids)} acknowledged sends lost"
        for provider in ("bytehand", "jomobile", "smsc"):
            for account, entry in books(client, provider).items():
                assert entry["problems"] == [], (provider, account, entry)
        for (provider, account), before in balances.items():
            spent = Decimal(before["balance"]) - Decimal(books(client, provider)[account]["balance"])
            assert spent > 0, f"{provider} {account}: the restart gave back the seeded balance"
    assert all(len(acknowledged.get(provider, [])) >= ACKNOWLEDGED_BEFORE_KILL for provider in senders), acknowledged
