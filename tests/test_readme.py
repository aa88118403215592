"""What the README's quick starts and the SMSC guide's example print and send.

tests/test_docs.py runs every example; these check their effect on the emulator.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from ._markdown import blocks

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SMSC_GUIDE = ROOT / "docs" / "providers" / "smsc.md"


def python_blocks(path: Path = README) -> list[str]:
    return [block.code for block in blocks(path) if block.language == "python"]


def run(example: str, emulator: str, name: str) -> None:
    exec(compile(example.replace("http://127.0.0.1:8025", emulator), name, "exec"), {})  # noqa: S102 - our docs


def test_the_send_example_sends_an_sms(emulator: str, capsys: object) -> None:
    run(python_blocks()[0], emulator, "README.md")
    sent = httpx.get(f"{emulator}/_emulator/messages", params={"provider": "tyntec"}).json()
    assert [(m["to"], m["text"]) for m in sent] == [("+491701234567", "Hello!")]


@pytest.mark.parametrize(
    ("provider", "recipient"),
    [
        ("tyntec", "+491701234567"),
        ("bytehand", "+79161234567"),
        ("smsc", "+79031234567"),
        ("jomobile", "380671234567"),
    ],
)
def test_each_quick_start_sends_one_hello_through_its_provider(emulator: str, provider: str, recipient: str) -> None:
    (example,) = [block for block in python_blocks() if f"from sms_clients import {provider}\n" in block]
    before = httpx.get(f"{emulator}/_emulator/messages").json()
    run(example, emulator, "README.md")
    after = httpx.get(f"{emulator}/_emulator/messages").json()
    new = [m for m in after if m["key"] not in {old["key"] for old in before}]
    assert [(m["provider"], m["text"]) for m in new] == [(provider, "Hello!")]
    assert "".join(filter(str.isdigit, new[0]["to"])) == recipient.lstrip("+")


def test_the_smsc_example_lists_senders_and_catches_a_typed_error(
    emulator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (example,) = [block for block in python_blocks(SMSC_GUIDE) if "sms_clients import smsc" in block]
    run(example, emulator, "docs/providers/smsc.md")
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["1 SMSC.RU 1", "2 ACME 1", "3 OLDBRAND 2", "3 senders.php Имя отправителя не найдено"]
