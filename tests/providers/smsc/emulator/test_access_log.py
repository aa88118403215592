"""``psw`` and ``apikey`` travel in SMSC's query strings; the emulator's access log must never show them."""

from __future__ import annotations

import logging

import httpx

from tests._server import serve_emulator


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_the_access_log_masks_psw_and_apikey() -> None:
    collected = Collect()
    with serve_emulator(log_level="info") as base:
        access = logging.getLogger("uvicorn.access")
        access.addHandler(collected)
        try:
            httpx.get(f"{base}/smsc/sys/balance.php", params={"login": "demo", "psw": "demo-password"})
            httpx.get(f"{base}/smsc/sys/balance.php", params={"apikey": "smsc-demo-key", "fmt": 1})
        finally:
            access.removeHandler(collected)
    log = "\n".join(collected.lines)
    assert "/smsc/sys/balance.php?login=demo&psw=***" in log
    assert "apikey=***" in log
    assert "demo-password" not in log
    assert "smsc-demo-key" not in log
