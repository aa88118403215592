"""The judge of "breaking": the type checker and the client itself, not the change report's own rules.

For each edit of the corpus (``corpus.yaml``: one change to one of the four
real specs), the client is generated from the edited spec, and the user's
script of that provider (``users/<provider>.py``, written against the
committed client) is type-checked with ``mypy --strict`` and run against it,
the server behaving as the edited spec says (``mock_server.py``). The edit
is breaking exactly when the script stops type-checking or running. The
change report (codegen/spec_changes.py) compares the committed client's
surface with the regenerated one; it must call the edit breaking exactly
when the judge does.

    python -m tests.codegen.change_report.judge            judge every edit (make spec-corpus)
    python -m tests.codegen.change_report.judge ID ...     judge these

The generated clients before an edit are the committed ones (generated/), so
after a change of the generator (new templates) ``make generate`` and then
this command judge the corpus again as it is.
"""

from __future__ import annotations

import copy
import dataclasses
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen import client_surface, generate, spec_changes
from codegen.spec_mistakes import SpecMistakes

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


CORPUS = HERE / "corpus.yaml"
USERS = HERE / "users"
RUNNER = HERE / "run_user.py"


@dataclass(frozen=True)
class Edit:
    """One change to one spec, as ``corpus.yaml`` writes it."""

    id: str
    spec: str
    change: str
    breaking: bool
    """What the corpus's author expects; the judge and the report must both agree with it."""
    steps: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Verdict:
    edit: Edit
    judged_breaking: bool
    reported_breaking: bool
    report: tuple[str, ...]
    why: str
    """What the judge saw: mypy's errors or the script's failure, empty when the script still works."""
    seconds: float

    @property
    def agrees(self) -> bool:
        return self.judged_breaking == self.reported_breaking == self.edit.breaking


def load_corpus() -> list[Edit]:
    entries = yaml.safe_load(CORPUS.read_text())
    return [
        Edit(entry["id"], entry["spec"], entry["change"], entry["breaking"], tuple(entry["steps"])) for entry in entries
    ]


def apply(document: dict[str, Any], steps: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """``document`` with the edit's steps applied (the original is left alone).

    A step is ``set`` (a value at a path, created or replaced), ``remove`` (a
    key or list item), ``add`` / ``discard`` (a value into or out of a list)
    or ``rename`` (a key, keeping its place). A path is a list of keys and
    indexes; ``{name: x}`` picks the list item whose ``name`` is x.
    """
    document = copy.deepcopy(document)
    for step in steps:
        (action,) = [key for key in ("set", "remove", "add", "discard", "rename") if key in step]
        *parents, last = step[action]
        node: Any = document
        for part in parents:
            node = _step(node, part)
        if action == "set":
            node[last] = step["value"]
        elif action == "remove":
            del node[_index(node, last)]
        elif action == "add":
            _step(node, last).append(step["value"])
        elif action == "discard":
            _step(node, last).remove(step["value"])
        else:
            items = list(node.items())
            node.clear()
            node.update((step["to"] if key == last else key, value) for key, value in items)
    return document


def _index(node: Any, part: Any) -> Any:
    if isinstance(part, dict):
        ((key, value),) = part.items()
        return next(index for index, item in enumerate(node) if item.get(key) == value)
    return part


def _step(node: Any, part: Any) -> Any:
    return node[_index(node, part)]


def judge(edit: Edit, scratch: Path) -> Verdict:
    """Generate the client of the edited spec, run the report and the user's script on it."""
    started = time.monotonic()
    (target,) = [target for target in generate.discover() if target.name == edit.spec]
    original, _ = generate.validate(target)
    edited = dataclasses.replace(target, spec=scratch / "specs" / f"{edit.spec}.yaml")
    edited.spec.parent.mkdir(parents=True, exist_ok=True)
    edited.spec.write_text(yaml.safe_dump(apply(original, edit.steps), sort_keys=False, allow_unicode=True))
    try:
        document, places = generate.validate(edited)
        generate.render_client(edited, scratch / target.package, places)
    except SpecMistakes as mistakes:
        return Verdict(edit, not edit.breaking, edit.breaking, (), f"the edited spec has mistakes: {mistakes}", 0.0)
    baseline = client_surface.load(target.surface)
    assert baseline is not None, f"{target.surface} is missing; run make generate"
    changes = spec_changes.compare(baseline, client_surface.read(scratch / target.package, document))
    why = user_script_fails(edit.spec, target.package, edited.spec, scratch)
    return Verdict(
        edit,
        judged_breaking=bool(why),
        reported_breaking=any(change.breaking for change in changes),
        report=tuple(change.line() for change in changes),
        why=why,
        seconds=time.monotonic() - started,
    )


def user_script_fails(provider: str, package: str, spec: Path, client_folder: Path) -> str:
    """Why the provider's user script fails against the client in ``client_folder`` ('' when it works)."""
    script = USERS / f"{provider}.py"
    empty_config = client_folder / "mypy.ini"
    empty_config.write_text("[mypy]\n")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(empty_config), "--no-incremental"]
    env = {**os.environ, "MYPYPATH": str(client_folder)}
    checked = subprocess.run([*mypy, str(script)], cwd=client_folder, env=env, capture_output=True, text=True)
    # Only the user's code counts: installed in site-packages, the client's own modules would not be reported.
    errors = [line for line in checked.stdout.splitlines() if line.startswith(f"{script}:") and ": error:" in line]
    if errors:
        return "mypy: " + " | ".join(line.split(": error: ", 1)[1] for line in errors[:3])
    if checked.returncode != 0 and not checked.stdout.count(": error:"):
        return "mypy did not run: " + (checked.stderr or checked.stdout).strip()[-300:]
    run = [sys.executable, str(RUNNER), str(spec), str(client_folder), package, str(script)]
    ran = subprocess.run(run, cwd=client_folder, capture_output=True, text=True, timeout=120)
    if ran.returncode != 0:
        return "run: " + (ran.stderr.strip().splitlines() or ["exit status " + str(ran.returncode)])[-1]
    return ""


def judge_all(edits: list[Edit], workers: int = 2) -> list[Verdict]:
    """Judge ``edits``, ``workers`` at a time (processes: the generator redirects the process's output)."""
    generate._generator()  # imported once, before the workers fork
    context = multiprocessing.get_context("fork")
    with tempfile.TemporaryDirectory() as scratch, ProcessPoolExecutor(workers, mp_context=context) as pool:
        folders = [Path(scratch) / edit.id for edit in edits]
        return list(pool.map(judge, edits, folders))


def main(arguments: list[str]) -> int:
    edits = load_corpus()
    chosen = [edit for edit in edits if not arguments or edit.id in arguments]
    unknown = set(arguments) - {edit.id for edit in edits}
    if unknown:
        print(f"unknown edits: {', '.join(sorted(unknown))}")
        return 2
    started = time.monotonic()
    verdicts = judge_all(chosen)
    for verdict in verdicts:
        mark = "agree" if verdict.agrees else "DISAGREE"
        judged = "breaking" if verdict.judged_breaking else "not breaking"
        print(f"{mark:8}  {verdict.edit.id:48} judge: {judged:12} ({verdict.seconds:4.1f}s)  {verdict.edit.change}")
        if not verdict.agrees or os.environ.get("VERBOSE"):
            print(f"          expected breaking={verdict.edit.breaking}, report breaking={verdict.reported_breaking}")
            print(f"          judge: {verdict.why or 'the script type-checks and runs'}")
            for line in verdict.report:
                print(f"          report: {line}")
    agreed = sum(verdict.agrees for verdict in verdicts)
    breaking = sum(verdict.judged_breaking for verdict in verdicts)
    seconds = time.monotonic() - started
    summary = f"{agreed} of {len(verdicts)} edits ({breaking} breaking): the report agrees with the judge"
    print(f"\n{summary} ({seconds:.0f}s)")
    return 0 if agreed == len(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
