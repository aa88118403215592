"""What two README examples print and send (tests/test_docs.py runs every example; these check their effect)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from ._markdown import blocks

README = Path(__file__).resolve().parent.parent / "README.md"


def python_blocks() -> list[str]:
    return [block.code for block in blocks(README) if block.language == "python"]


def test_the_send_example_sends_an_sms(emulator: str, capsys: object) -> None:
    example = python_blocks()[0].replace("http://127.0.0.1:8025", emulator)
    exec(compile(example, "README.md", "exec"), {})  # noqa: S102 - the README is ours
    sent = httpx.get(f"{emulator}/_emulator/messages", params={"provider": "tyntec"}).json()
    assert [(m["to"], m["text"]) for m in sent] == [("+491701234567", "Hello!")]


def test_the_smsc_example_lists_senders_and_catches_a_typed_error(
    emulator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (example,) = [block for block in python_blocks() if "sms_clients import smsc" in block]
    exec(compile(example.replace("http://127.0.0.1:8025", emulator), "README.md", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["1 SMSC.RU 1", "2 ACME 1", "3 OLDBRAND 2", "3 senders.php Имя отправителя не найдено"]
