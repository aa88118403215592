"""Issue 12, goal 4: ``make test`` from a clean clone within the suite budget (6 minutes on 2 cores).

Clones the committed HEAD into a scratch folder, sets it up with
``make generate`` (not timed: uv's cache makes it a few seconds) and times
``make test`` there with ``CI=true``, as ``.ci/run`` runs it. Takes as long as
the suite does.
"""

from __future__ import annotations

import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from .frame import Row

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 360.0


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as scratch:
        clone = Path(scratch) / "repo"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("VIRTUAL_ENV", "UV_"))}
        env["CI"] = "true"
        subprocess.run(["make", "generate"], cwd=clone, env=env, check=True, capture_output=True)
        cpu_before = _children_cpu_seconds()
        started = time.perf_counter()
        result = subprocess.run(["make", "test"], cwd=clone, env=env, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        cpu = _children_cpu_seconds() - cpu_before
    if result.returncode != 0:
        raise RuntimeError(f"make test failed in a clean clone:\n{(result.stdout + result.stderr)[-5000:]}")
    closing = result.stdout.strip().splitlines()[-1]
    return [
        Row(
            "#12.4 make test, clean clone, vs 6 min budget",
            f"{elapsed:.0f} vs {BUDGET_SECONDS:.0f} s (CPU {cpu:.0f} s; {closing.strip('= ')})",
            elapsed / BUDGET_SECONDS,
            1.0,
        )
    ]


def _children_cpu_seconds() -> float:
    """CPU time used by every finished child process (and theirs): the suite's work, whatever else runs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
