"""Regenerate the typed clients in ``generated/`` from the specs in ``specs/``.

Every ``specs/<name>.yaml`` that has a generator config
``scripts/generator/<name>.yaml`` becomes the package ``generated/<package>``
(the config's ``package_name_override``). A spec is linted, validated and
generated only when its inputs changed: the spec, its config, the versions of
openapi-python-client and ruff, and this script. Their hash is kept in
``generated/<name>.sha256``, so a run with nothing to do takes well under a
second. The specs that need work are generated side by side, each in a
worker process forked from this one after it imported openapi-python-client
once; each worker runs the generator's own command line in-process. So a full
run costs less CPU than running the generator once per spec, and spreads over
the cores.

    python scripts/generate.py           regenerate what changed
    python scripts/generate.py --force   regenerate everything
    python scripts/generate.py --check   regenerate into a scratch folder and
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
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import operation_table
import reference

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CONFIGS = ROOT / "scripts" / "generator"
TEMPLATES = CONFIGS / "templates"
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

    def input_hash(self) -> str:
        digest = hashlib.sha256()
        scripts = [
            Path(__file__).with_name(name)
            for name in ("generate.py", "speclint.py", "operation_table.py", "reference.py")
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


def validate(target: Target) -> dict[str, Any]:
    """Lint and validate one spec (any warning counts as an error); return the parsed document."""
    import warnings

    import speclint
    import yaml
    from openapi_spec_validator import validate as validate_spec

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: several times faster
    document: dict[str, Any] = yaml.load(target.spec.read_text(), Loader=loader)  # noqa: S506 - a safe loader
    problems = speclint.lint(document)
    if problems:
        listing = "\n  ".join(problems)
        raise SystemExit(f"{target.spec.relative_to(ROOT)} fails the spec lint:\n  {listing}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        validate_spec(document)
    return document


def render(target: Target, document: dict[str, Any], root: Path) -> None:
    """Write everything one spec produces under ``root``: the client package and its operation table."""
    render_client(target, root / target.package)
    table = root / operation_table.PACKAGE
    table.mkdir(exist_ok=True)
    (table / "__init__.py").write_text(operation_table.PACKAGE_INIT)
    (table / f"{target.name}.py").write_text(operation_table.module_text(document, target.spec.name))
    ruff = [str(Path(sys.executable).parent / "ruff"), "format", "--isolated", "--no-cache", "--quiet", str(table)]
    subprocess.run(ruff, check=True)
    reference.write(root / reference.FOLDER, target.name, document, target.spec, target.config)


def render_client(target: Target, destination: Path) -> None:
    """Run openapi-python-client for one spec, writing the package to ``destination``."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if shutil.which("ruff", path=env["PATH"]) is None:
        raise SystemExit("ruff is not installed next to this Python; run `make generate`")
    command = [
        str(Path(sys.executable).parent / "openapi-python-client"),
        "generate",
        "--path",
        str(target.spec),
        "--config",
        str(target.config),
        "--meta",
        "none",
        "--output-path",
        str(destination),
        "--custom-template-path",
        str(TEMPLATES),
        "--fail-on-warning",
    ]
    returncode, output = run_generator(command[1:], env)
    # The generator exits 0 even when a post hook is missing; treat any warning as failure.
    if returncode != 0 or "Warning" in output or "Error" in output:
        raise SystemExit(f"openapi-python-client failed on {target.spec.relative_to(ROOT)}:\n{output}")
    # PEP 561: without this marker a user's type checker sees the installed package as untyped.
    (destination / "py.typed").write_text("")


@functools.cache
def _generator_command() -> Any:
    """openapi-python-client's command line as a click command (importing it takes about a second)."""
    import typer.main
    from openapi_python_client.cli import app

    return typer.main.get_command(app)


def run_generator(arguments: list[str], env: dict[str, str]) -> tuple[int, str]:
    """``openapi-python-client ARGUMENTS`` run in this process: its exit status and everything it printed.

    The same command line as the installed script, without a new interpreter importing the generator.
    """
    os.environ.update(env)  # the generator's post hooks find ruff on PATH
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            status = _generator_command().main(arguments, "openapi-python-client", standalone_mode=False)
        except SystemExit as exc:
            status = exc.code
        except Exception as exc:  # click's usage errors, or the generator failing
            print(f"{type(exc).__name__}: {exc}")
            status = 1
    return (status if isinstance(status, int) else 1 if status else 0), output.getvalue()


def generate(target: Target) -> int:
    """Validate and regenerate one target in place; return the number of files written."""
    document = validate(target)
    with tempfile.TemporaryDirectory() as scratch:
        render(target, document, Path(scratch))
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
    target.stamp.write_text(STAMP_HEADER + target.input_hash() + "\n")
    return 1 + sum(1 for path in target.output.rglob("*") if path.is_file())


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
    _generator_command()  # imported once here, before the workers fork
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=len(targets), mp_context=context) as pool:
        futures = {target.name: pool.submit(work, target) for target in order}
        for target in targets:
            yield target, futures[target.name].result()


def _compare(target: Target) -> list[str]:
    """Why ``generated/`` is not what ``target``'s spec produces; empty when it is."""
    document = validate(target)
    with tempfile.TemporaryDirectory() as scratch:
        render(target, document, Path(scratch))
        if not target.output.is_dir() or not target.table.is_file():
            return [f"generated/{target.package} or {target.table.relative_to(ROOT)} is missing"]
        diff = differences(target.output, Path(scratch) / target.package)
        fresh_table = Path(scratch) / operation_table.PACKAGE / target.table.name
        if fresh_table.read_bytes() != target.table.read_bytes():
            diff.append(str(target.table.relative_to(ROOT)))
        fresh_reference = (Path(scratch) / reference.FOLDER / target.reference.name).read_text()
        if not target.reference.is_file() or target.reference.read_text() != fresh_reference:
            diff.append(str(target.reference.relative_to(ROOT)))
    return diff


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


def _timed_generate(target: Target) -> tuple[int, float]:
    started = time.monotonic()
    count = generate(target)
    return count, time.monotonic() - started


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
    for target, (count, elapsed) in side_by_side(_timed_generate, stale):
        where = f"generated/{target.package}"
        print(f"{target.name}: validated {target.spec.name}, wrote {count} files to {where} in {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
