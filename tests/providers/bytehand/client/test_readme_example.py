"""The guide's BYTEHAND example runs as written (against the test emulator instead of port 8025)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[4] / "docs" / "providers" / "bytehand.md"


def bytehand_example() -> str:
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", GUIDE.read_text(), flags=re.S) if "bytehand" in b]
    return block


def test_the_example_sends_counts_and_iterates(emulator: str, capsys: pytest.CaptureFixture[str]) -> None:
    example = bytehand_example().replace("http://127.0.0.1:8025", emulator)
    exec(compile(example, "docs/providers/bytehand.md", "exec"), {})  # noqa: S102 - the guide is ours
    lines = capsys.readouterr().out.splitlines()
    sent_id = lines[0].removeprefix("sent ")
    assert sent_id.isdigit()
    assert int(sent_id) > 2**53
    # The demo account has four messages scheduled for 2099; the new one is on its way.
    assert lines[1] == "waiting 5"
    assert lines[2:] == [f"{sent_id} SENT 2.45"]
