"""Issue 12, goal 3: what the emulator adds to a request, against bare uvicorn answering the same JSON.

Both servers run side by side (own processes, same uvicorn, same log level)
and are measured in alternating rounds with the same keep-alive client, so
that load from anything else on the machine hits both alike; each side's best
round counts, the one least disturbed by other work.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import httpx

from .frame import Row
from .loadgen import Client, bare_app, emulator, free_port, server_process

ROUNDS = 7
SECONDS_PER_ROUND = 1.0
GOAL = 0.14
TYNTEC_KEY = {"apikey": "tyntec-demo-key"}


def rows() -> list[Row]:
    emulator_port, bare_port = free_port(), free_port()
    with server_process(emulator(emulator_port), emulator_port) as base, tempfile.TemporaryDirectory() as scratch:
        sent = httpx.post(
            f"{base}/tyntec/messaging/v1/sms",
            headers=TYNTEC_KEY,
            json={"to": "+491701234567", "from": "ACME", "message": "bench"},
        )
        sent.raise_for_status()
        path = f"/tyntec/messaging/v1/messages/{sent.json()['requestId']}"
        status = Client(emulator_port, path, TYNTEC_KEY)
        _, body = status.get()
        json.loads(body)  # the baseline answers exactly what the emulator answers
        body_file = Path(scratch) / "status.json"
        body_file.write_bytes(body)
        with server_process(bare_app(bare_port, body_file), bare_port):
            bare = Client(bare_port, path, TYNTEC_KEY)
            for warm_up in (status, bare):
                warm_up.rate(0.5)
            ours, theirs = [], []
            for _ in range(ROUNDS):
                ours.append(status.rate(SECONDS_PER_ROUND))
                theirs.append(bare.rate(SECONDS_PER_ROUND))
            bare.close()
        status.close()
    emulated, baseline = max(ours), max(theirs)
    return [
        Row(
            "#12.3 tyntec GET status vs bare uvicorn, same JSON",
            f"{emulated:,.0f} vs {baseline:,.0f} req/s",
            emulated / baseline,
            GOAL,
            at_least=True,
        )
    ]
