"""The README's example runs as written (against the test emulator instead of port 8025)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

README = Path(__file__).resolve().parent.parent / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)


def test_the_send_example_sends_an_sms(emulator: str, capsys: object) -> None:
    example = python_blocks()[0].replace("http://127.0.0.1:8025", emulator)
    exec(compile(example, "README.md", "exec"), {})  # noqa: S102 - the README is ours
    sent = httpx.get(f"{emulator}/_emulator/messages").json()
    assert [(m["to"], m["text"]) for m in sent] == [("+491701234567", "Hello!")]
