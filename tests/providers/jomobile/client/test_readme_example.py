"""The guide's Jo Mobile example runs as written (against the test emulator instead of port 8025)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

GUIDE = Path(__file__).resolve().parents[4] / "docs" / "providers" / "jomobile.md"


def jomobile_example() -> str:
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", GUIDE.read_text(), flags=re.S) if "jomobile.connect" in b]
    return block


def test_the_jomobile_example_sends_to_a_number_and_the_demo_group(
    emulator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    example = jomobile_example().replace("http://127.0.0.1:8025", emulator)
    exec(compile(example, "docs/providers/jomobile.md", "exec"), {})  # noqa: S102 - the guide is ours
    printed = sorted(capsys.readouterr().out.splitlines())
    assert printed == [
        "380501112202 SENT Hello Taras!",
        "380671112201 SENT Hello Olena!",
        "380671234567 SENT Hi!",
        "4915112345603 SENT Hello Anna!",
    ]
    sent = httpx.get(f"{emulator}/_emulator/messages", params={"provider": "jomobile"}).json()
    assert len(sent) == 4
