"""A plain ``requests`` script written against the vendor's paths works against the emulator unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from ..conftest import PASSWORD, USERNAME

SCRIPT = Path(__file__).with_name("plain_requests_client.py")


def test_a_plain_requests_script_logs_in_sends_and_logs_out(base_url: str, control: httpx.Client) -> None:
    command = [sys.executable, str(SCRIPT), base_url, USERNAME, PASSWORD, "380671234567"]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    (message,) = control.get("/messages", params={"provider": "jomobile"}).json()
    assert (message["to"], message["text"], message["from"]) == ("380671234567", "Hello from requests", "SenderID")
    assert result.stdout.splitlines() == [f"sent {message['id']} SENT", "after logout 401"]
