"""schemathesis against the running emulator, one run per spec (configuration: schemathesis.toml).

Every check is on, with positive and negative data, through the examples,
coverage, fuzzing and stateful phases. A run passes only with zero failures.
The providers' rate limits are relaxed for the run (``/_emulator/limits``):
fuzzing repeats requests on purpose, and the limits have tests of their own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_schemathesis_finds_no_failure(spec: Path, emulator: str) -> None:
    providers = {p["name"]: p["basePath"] for p in httpx.get(f"{emulator}/_emulator/").json()["providers"]}
    # The fuzzer repeats requests by design; the documented rate limits are tested on their own.
    httpx.post(f"{emulator}/_emulator/limits", json={"enforced": False}).raise_for_status()
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(spec.relative_to(ROOT)),
        "--url",
        f"{emulator}{providers[spec.stem]}",
        "--no-color",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-20000:]
    assert "No issues found" in report
