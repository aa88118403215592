"""Issue 12, goal 5: regenerating the clients costs no more than the generator alone.

The baseline is openapi-python-client run bare (same spec, same config, its
own post hooks) once per spec, one after the other, timed in the same run as
``python -m codegen.generate --force``, which also lints and validates each spec and
writes the operation tables. The two alternate for a few rounds and each
side's best counts, the one least disturbed by other work on the machine. A
no-op ``python -m codegen.generate`` must stay under a second.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .frame import Row

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _timed(command: list[str]) -> float:
    # The generator's post hooks run ruff from PATH, as generate.py arranges too.
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def bare_generator_seconds() -> float:
    """The four bare openapi-python-client runs, one after the other."""
    total = 0.0
    with tempfile.TemporaryDirectory() as scratch:
        for spec in sorted((ROOT / "specs").glob("*.yaml")):
            config = ROOT / "codegen" / "settings" / spec.name
            output = Path(scratch) / spec.stem
            command = [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--config", str(config)]
            total += _timed([*command, "--meta", "none", "--output-path", str(output)])
    return total


ROUNDS = 2
REPORT_BUDGET = 0.5
"""Issue 18, goal 5: the change report adds less than this to a regeneration of one spec (seconds)."""


def report_seconds(name: str = "bytehand") -> float:
    """What the change report adds to regenerating one spec (the largest by default), best of five.

    Its own steps, as generate.py runs them after the generator: composing the
    YAML for places and duplicate keys, reading the client's surface from the
    generated code, comparing it with the one kept, and writing the changelog.
    """
    import yaml

    from codegen import changelog, client_surface, spec_changes

    spec = ROOT / "specs" / f"{name}.yaml"
    package = ROOT / "generated" / f"{name}_client"
    document = yaml.load(spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    kept = client_surface.load(ROOT / "generated" / f"{name}.api.json")
    assert kept is not None
    best = float("inf")
    for _ in range(5):
        with tempfile.TemporaryDirectory() as scratch:
            started = time.perf_counter()
            yaml.compose(spec.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            surface = client_surface.read(package, document)
            changes = spec_changes.compare(kept, surface)
            changelog.record({name: changes}, Path(scratch) / "CHANGELOG.md")
            best = min(best, time.perf_counter() - started)
    return best


def rows() -> list[Row]:
    generate = [sys.executable, "-m", "codegen.generate"]
    bare_rounds, forced_rounds = [], []
    for _ in range(ROUNDS):
        bare_rounds.append(bare_generator_seconds())
        forced_rounds.append(_timed([*generate, "--force"]))
    bare, forced = min(bare_rounds), min(forced_rounds)
    noop = statistics.median(_timed(generate) for _ in range(5))
    report = report_seconds()
    return [
        Row(
            "#18.5 change report, largest spec, vs 0.5 s",
            f"{report * 1000:.0f} vs {REPORT_BUDGET * 1000:.0f} ms",
            report / REPORT_BUDGET,
            1.0,
        ),
        Row(
            "#12.5 generate.py --force vs bare openapi-python-client",
            f"{forced:.1f} vs {bare:.1f} s",
            forced / bare,
            1.0,
        ),
        Row("no-op generate.py vs 1 s", f"{noop * 1000:.0f} vs 1000 ms", noop, 1.0),
    ]
