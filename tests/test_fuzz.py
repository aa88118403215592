"""schemathesis against the emulator, one run per spec (configuration: schemathesis.toml).

Every check is on, with positive and negative data, through the examples,
coverage, fuzzing and stateful phases. A run passes only with zero failures.
The providers' rate limits are relaxed for the run (``/_emulator/limits``):
fuzzing repeats requests on purpose, and the limits have tests of their own.
The runs start as soon as the tests are collected and go on beside the other
tests, each against an emulator of its own (``tests/_fuzzing.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._fuzzing import FuzzRun, fuzzed_specs


@pytest.mark.parametrize("spec", fuzzed_specs(), ids=lambda p: p.stem)
def test_schemathesis_finds_no_failure(spec: Path, fuzz_runs: dict[Path, FuzzRun]) -> None:
    if spec not in fuzz_runs:  # not started with the session (under pytest-xdist): start it now
        fuzz_runs[spec] = FuzzRun(spec)
    run = fuzz_runs[spec]
    returncode, report, emulator_log = run.verdict()
    assert returncode == 0, f"{report[-20000:]}\n--- emulator log ---\n{emulator_log[-5000:]}"
    assert "No issues found" in report
