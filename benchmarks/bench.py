"""Timing goals, measured outside the test suite (``make bench``).

* A ``make generate`` with nothing to regenerate finishes in under a second.
* The emulator answers a send and a status read quickly enough for test suites.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import search_bench, send_bench  # noqa: E402
from tests._server import serve_emulator  # noqa: E402


def noop_generate(runs: int = 5) -> float:
    subprocess.run([sys.executable, "scripts/generate.py"], cwd=ROOT, check=True, capture_output=True)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "scripts/generate.py"], cwd=ROOT, check=True, capture_output=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def emulator_round_trips(count: int = 200) -> float:
    headers = {"apikey": "tyntec-demo-key"}
    body = {"to": "+491701234567", "from": "ACME", "message": "bench"}
    with serve_emulator() as base, httpx.Client(base_url=f"{base}/tyntec", headers=headers) as client:
        started = time.perf_counter()
        for _ in range(count):
            request_id = client.post("/messaging/v1/sms", json=body).json()["requestId"]
            client.get(f"/messaging/v1/messages/{request_id}").raise_for_status()
        return (time.perf_counter() - started) / (2 * count)


def jomobile_round_trips(count: int = 200) -> float:
    """Jo Mobile: one login, then a send and a read-back through /v1/sms-full-data per round."""
    with serve_emulator() as base, httpx.Client(base_url=f"{base}/jomobile") as client:
        credentials = {"username": "jomobile-demo", "password": "jomobile-demo-password"}
        code = client.post("/v1/authorize", json=credentials).json()["data"]
        client.headers["X-Access-Token"] = client.post("/v1/accesstoken", json=code).json()["data"]["access_token"]
        body = [{"number": "380671234567", "senderID": "ACME", "text": "bench"}]
        started = time.perf_counter()
        for _ in range(count):
            sent = client.post("/v1/send", json=body).json()["data"][0]["id"]
            client.post("/v1/sms-full-data", json={"id_base": [sent]}).raise_for_status()
        return (time.perf_counter() - started) / (2 * count)


def main() -> int:
    generate = noop_generate()
    print(f"no-op make generate: {generate * 1000:.0f} ms (goal < 1000 ms)")
    per_call = emulator_round_trips()
    print(f"emulator (tyntec send + status): {per_call * 1000:.1f} ms per call")
    print(f"emulator (jomobile send + sms-full-data): {jomobile_round_trips() * 1000:.1f} ms per call")
    searches_scale = search_bench.main()  # issue 12 goal 1: each row's ratio beside its goal
    durable_sends = send_bench.main()  # issue 12 goal 2
    return 0 if generate < 1.0 and searches_scale == 0 and durable_sends == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
