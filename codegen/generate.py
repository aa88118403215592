"""Regenerate the typed clients in ``generated/`` from the specs in ``specs/``.

Every ``specs/<name>.yaml`` that has a generator config
``codegen/settings/<name>.yaml`` becomes the package ``generated/<package>``
(the config's ``package_name_override``). A spec is linted, validated and
generated only when its inputs changed: the spec, its config, the versions of
openapi-python-client and ruff, and this script. Their hash is kept in
``generated/<name>.sha256``, so a run with nothing to do takes well under a
second. The specs that need work are generated side by side, each in a
worker process forked from this one after it imported openapi-python-client
once; each worker runs the generator in-process. So a full run costs less CPU
than running the generator once per spec, and spreads over the cores.

It speaks to whoever changed a spec. A mistake in a spec (YAML, OpenAPI, the
house rules, the generator's warnings) is one line each, compiler style
(``specs/x.yaml:12:7: what is wrong (what to do)``), all of them at once; the
other specs still generate, and the run fails. A spec that generated is
compared with the client it had before (``generated/<name>.api.json``, see
client_surface.py): what changed for users, breaking or not, is printed and
appended to CHANGELOG.md with the version it suggests (see spec_changes.py,
changelog.py).

    python -m codegen.generate           regenerate what changed
    python -m codegen.generate --force   regenerate everything
    python -m codegen.generate --check   regenerate into a scratch folder and
                                         fail if generated/ differs from it
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import functools
import hashlib
import io
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from codegen import changelog, client_surface, operation_table, reference, spec_changes, spec_mistakes
from codegen.spec_mistakes import Mistake, Places, SpecMistakes

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CONFIGS = ROOT / "codegen" / "settings"
TEMPLATES = ROOT / "codegen" / "templates"
"""Our versions of the generator templates that carry the tolerant-reply rule (see templates/errors.py.jinja)."""
GENERATED = ROOT / "generated"
TOOLS = ("openapi-python-client", "ruff", "openapi-spec-validator")
T = TypeVar("T")
STAMP_HEADER = "# Inputs of the generated client; `make generate` skips the spec while this matches.\n"


@dataclass(frozen=True)
class Target:
    """One spec and the generated package it produces."""

    name: str
    spec: Path
    config: Path
    package: str

    @property
    def output(self) -> Path:
        return GENERATED / self.package

    @property
    def table(self) -> Path:
        return GENERATED / operation_table.PACKAGE / f"{self.name}.py"

    @property
    def reference(self) -> Path:
        return ROOT / reference.FOLDER / f"{self.name}.md"

    @property
    def stamp(self) -> Path:
        return GENERATED / f"{self.name}.sha256"

    @property
    def surface(self) -> Path:
        """The client's surface as generated last: what the next change report compares with."""
        return GENERATED / f"{self.name}.api.json"

    def input_hash(self) -> str:
        digest = hashlib.sha256()
        scripts = [
            Path(__file__).with_name(name)
            for name in ("generate.py", "speclint.py", "operation_table.py", "reference.py", "client_surface.py")
        ]
        templates = sorted(path for path in TEMPLATES.rglob("*") if path.is_file())
        for path in (self.spec, self.config, *scripts, *templates):
            name = path.relative_to(TEMPLATES).as_posix() if path.is_relative_to(TEMPLATES) else path.name
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        for tool in TOOLS:
            digest.update(f"{tool}=={metadata.version(tool)}\0".encode())
        return digest.hexdigest()

    def is_current(self) -> bool:
        if (
            not self.output.is_dir()
            or not self.table.is_file()
            or not self.stamp.is_file()
            or not self.reference.is_file()
            or not self.surface.is_file()
        ):
            return False
        return self.stamp.read_text() == STAMP_HEADER + self.input_hash() + "\n"


def discover() -> list[Target]:
    """Find every spec with a generator config, in a stable order."""
    targets = []
    for spec in sorted(SPECS.glob("*.yaml")):
        config = CONFIGS / spec.name
        if not config.is_file():
            raise SystemExit(f"{spec.relative_to(ROOT)} has no generator config {config.relative_to(ROOT)}")
        targets.append(Target(spec.stem, spec, config, _package_name(config)))
    return targets


def _package_name(config: Path) -> str:
    for line in config.read_text().splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "package_name_override":
            return value.strip()
    raise SystemExit(f"{config.relative_to(ROOT)} does not set package_name_override")


def validate(target: Target) -> tuple[dict[str, Any], Places]:
    """Read, lint and validate one spec; raise ``SpecMistakes`` with every mistake found (a warning is one too)."""
    from codegen import speclint

    document, places = spec_mistakes.read(target.spec)
    mistakes = spec_mistakes.lint_mistakes(speclint.lint(document), places)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mistakes += spec_mistakes.validation_mistakes(document, places)
    mistakes += [
        Mistake(places.file, 1, 1, f"openapi-spec-validator: {w.message}", "fix what it names") for w in caught
    ]
    if mistakes:
        raise SpecMistakes(mistakes)
    return document, places


def render(target: Target, document: dict[str, Any], places: Places, root: Path) -> client_surface.Surface:
    """Write everything one spec produces under ``root``; return the client's surface."""
    render_client(target, root / target.package, places)
    table = root / operation_table.PACKAGE
    table.mkdir(exist_ok=True)
    (table / "__init__.py").write_text(operation_table.PACKAGE_INIT)
    (table / f"{target.name}.py").write_text(operation_table.module_text(document, target.spec.name))
    ruff = [str(Path(sys.executable).parent / "ruff"), "format", "--isolated", "--no-cache", "--quiet", str(table)]
    subprocess.run(ruff, check=True)
    reference.write(root / reference.FOLDER, target.name, document, target.spec, target.config)
    surface = client_surface.read(root / target.package, document)
    (root / target.surface.name).write_text(client_surface.dumps(surface))
    return surface


def render_client(target: Target, destination: Path, places: Places) -> None:
    """Run openapi-python-client for one spec, writing the package to ``destination``.

    The generator is called as a library, as its command line calls it, so its
    warnings come back as objects that name their place (any warning fails).
    """
    from openapi_python_client.config import Config, ConfigFile, MetaType

    bin_folder = str(Path(sys.executable).parent)
    if shutil.which("ruff", path=bin_folder) is None:
        raise SystemExit("ruff is not installed next to this Python; run `make generate`")
    os.environ["PATH"] = f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"  # the post hooks run ruff
    config_file = ConfigFile.load_from_path(path=target.config)
    config = Config.from_sources(config_file, MetaType.NONE, target.spec, "utf-8", False, output_path=destination)
    with contextlib.redirect_stdout(io.StringIO()):  # "Generating <folder>"
        errors = _generator().generate(config=config, custom_template_path=TEMPLATES)
    if errors:
        raise SpecMistakes(spec_mistakes.generator_mistakes(errors, places))
    # PEP 561: without this marker a user's type checker sees the installed package as untyped.
    (destination / "py.typed").write_text("")


@functools.cache
def _generator() -> Any:
    """openapi-python-client (importing it takes about a second: done once, before the workers fork)."""
    import openapi_python_client

    return openapi_python_client


@dataclass(frozen=True)
class Outcome:
    """What regenerating one spec came to: files written, or the spec's mistakes; and what changed for users."""

    files: int = 0
    seconds: float = 0.0
    mistakes: tuple[Mistake, ...] = ()
    changes: tuple[spec_changes.Change, ...] | None = None
    """None when there was no earlier surface to compare with (the client's first generation)."""


def generate(target: Target) -> Outcome:
    """Validate and regenerate one target in place; compare its surface with the one generated before."""
    document, places = validate(target)
    with tempfile.TemporaryDirectory() as scratch:
        surface = render(target, document, places, Path(scratch))
        if target.output.exists():
            shutil.rmtree(target.output)
        shutil.copytree(Path(scratch) / target.package, target.output)
        target.table.parent.mkdir(exist_ok=True)
        # Every target writes the same package __init__, side by side: each replaces it whole, atomically.
        shared = target.table.parent / f"__init__.py.{target.name}.tmp"
        shutil.copy2(Path(scratch) / operation_table.PACKAGE / "__init__.py", shared)
        shared.replace(target.table.parent / "__init__.py")
        shutil.copy2(Path(scratch) / operation_table.PACKAGE / target.table.name, target.table)
        target.reference.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(Path(scratch) / reference.FOLDER / target.reference.name, target.reference)
        baseline = client_surface.load(target.surface)
        shutil.copy2(Path(scratch) / target.surface.name, target.surface)
    target.stamp.write_text(STAMP_HEADER + target.input_hash() + "\n")
    files = 2 + sum(1 for path in target.output.rglob("*") if path.is_file())
    changes = None if baseline is None else tuple(spec_changes.compare(baseline, surface))
    return Outcome(files=files, changes=changes)


def differences(left: Path, right: Path) -> list[str]:
    """Paths (relative to ``left``) that differ between two trees, byte for byte."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in generated/)" for name in comparison.left_only)
        found.extend(f"{prefix}{name} (missing from generated/)" for name in comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(f"{prefix}{name}" for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return found


def side_by_side(work: Callable[[Target], T], targets: list[Target]) -> Iterator[tuple[Target, T]]:
    """``work`` done for every target at once, each in a forked worker process, largest spec first.

    Yields each target with its result in the order given; the first failure is raised.
    """
    if not targets:
        return
    order = sorted(targets, key=lambda target: -target.spec.stat().st_size)
    _generator()  # imported once here, before the workers fork
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=len(targets), mp_context=context) as pool:
        futures = {target.name: pool.submit(work, target) for target in order}
        for target in targets:
            yield target, futures[target.name].result()


def _compare(target: Target) -> list[str]:
    """Why ``generated/`` is not what ``target``'s spec produces; empty when it is."""
    try:
        document, places = validate(target)
        with tempfile.TemporaryDirectory() as scratch:
            render(target, document, places, Path(scratch))
            if not target.output.is_dir() or not target.table.is_file():
                return [f"generated/{target.package} or {target.table.relative_to(ROOT)} is missing"]
            diff = differences(target.output, Path(scratch) / target.package)
            for kept, fresh in (
                (target.table, Path(scratch) / operation_table.PACKAGE / target.table.name),
                (target.reference, Path(scratch) / reference.FOLDER / target.reference.name),
                (target.surface, Path(scratch) / target.surface.name),
            ):
                if not kept.is_file() or kept.read_bytes() != fresh.read_bytes():
                    diff.append(str(kept.relative_to(ROOT)))
        return diff
    except SpecMistakes as mistakes:
        return [str(mistake) for mistake in mistakes.mistakes]


def check(targets: list[Target]) -> int:
    """Regenerate every target into a scratch folder and report any byte that differs."""
    failed = False
    for target, diff in side_by_side(_compare, targets):
        if diff:
            failed = True
            print(f"{target.name}: generated/{target.package} is not what {target.spec.name} produces:")
            for line in diff:
                print(f"  {line}")
        elif not target.is_current():
            failed = True
            print(f"{target.name}: {target.stamp.relative_to(ROOT)} is stale; run `make generate`")
        else:
            print(f"{target.name}: generated/{target.package} matches {target.spec.name}")
    return 1 if failed else 0


def _timed_generate(target: Target) -> Outcome:
    """``generate`` in a worker: never raises, so one spec's mistakes leave the others to generate."""
    started = time.monotonic()
    try:
        outcome = generate(target)
    except SpecMistakes as found:
        return Outcome(mistakes=tuple(found.mistakes))
    except Exception as error:  # a bug or a broken tool: still one line, and the other specs go on
        return Outcome(mistakes=(spec_mistakes.unexpected(spec_mistakes.display_name(target.spec), error),))
    return Outcome(outcome.files, time.monotonic() - started, (), outcome.changes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--force", action="store_true", help="regenerate every spec, changed or not")
    mode.add_argument("--check", action="store_true", help="fail if generated/ is not what the specs produce")
    args = parser.parse_args()

    targets = discover()
    if args.check:
        return check(targets)
    stale = [target for target in targets if args.force or not target.is_current()]
    for target in targets:
        if target not in stale:
            print(f"{target.name}: {target.spec.name} unchanged, generated/{target.package} is up to date")
    mistakes: list[Mistake] = []
    changes: dict[str, tuple[spec_changes.Change, ...]] = {}
    for target, outcome in side_by_side(_timed_generate, stale):
        where = f"generated/{target.package}"
        if outcome.mistakes:
            mistakes += outcome.mistakes
            count = len(outcome.mistakes)
            print(f"{target.name}: {target.spec.name} has {count} mistake{'s' * (count != 1)}; {where} is unchanged")
            continue
        wrote = f"wrote {outcome.files} files to {where} in {outcome.seconds:.1f}s"
        print(f"{target.name}: validated {target.spec.name}, {wrote}")
        if outcome.changes:
            changes[changelog.heading(target.name, target.package)] = outcome.changes
    if changes:
        print()
        print(changelog.record(changes))
    if mistakes:
        print(file=sys.stderr)
        for mistake in sorted(mistakes):
            print(mistake, file=sys.stderr)
        specs = len({mistake.file for mistake in mistakes})
        print(
            f"{len(mistakes)} mistake{'s' * (len(mistakes) != 1)} in {specs} spec{'s' * (specs != 1)}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
