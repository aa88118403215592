"""CHANGELOG.md: what each regeneration changed for users, and the version that suggests.

``make generate`` calls ``record`` with the changes of the specs it
regenerated: they are printed and appended under "Unreleased", one section
per provider (Keep a Changelog), and the "Suggested version" line is worked
out again from everything unreleased (semantic versioning; before 1.0 a
breaking change bumps the minor version).

    python -m codegen.changelog --check    fail when a breaking change since the
                                           last release is not recorded (make check)
    python -m codegen.changelog --record   record those it finds missing

The last release is the newest commit that changed a ``## [x.y.z]`` heading
of CHANGELOG.md; the client surfaces it had (``generated/<name>.api.json``)
are read from git history and compared with today's. A breaking change is
recorded when the provider's section has a "**Breaking:**" line naming the
same thing (the text after it is yours to improve).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from codegen import client_surface, spec_changes
from codegen.spec_changes import Change

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
GENERATED = ROOT / "generated"
UNRELEASED = "## [Unreleased]"
RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\]", re.MULTILINE)
SUGGESTED = re.compile(r"^Suggested version: .*$", re.MULTILINE)
HEADER = """# Changelog

What changed for code that uses the generated clients, one section per provider under
"Unreleased". The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the
versions [Semantic Versioning](https://semver.org/spec/v2.0.0.html) (before 1.0, a breaking change
bumps the minor version). `make generate` appends what a spec change means for users; `make check`
fails when a breaking change of the specs since the last release is not recorded here.

"""


def record(changes: Mapping[str, Sequence[Change]], path: Path = CHANGELOG) -> str:
    """Append ``changes`` (by provider heading) under "Unreleased" in ``path``; return the report to print."""
    text = path.read_text() if path.is_file() else HEADER
    before, unreleased, after = _split(text)
    intro, sections = _parse(unreleased)
    for heading, found in changes.items():
        lines = sections.setdefault(heading, [])
        lines += [line for line in (change.changelog_line() for change in found) if line not in lines]
    suggested = _suggestion(sections, _last_release(after))
    path.write_text(before + _render(suggested, intro, sections) + after)
    lines = [f"What changed for code that uses the clients (appended to {path.name} under Unreleased):"]
    for heading, found in changes.items():
        breaking = sum(change.breaking for change in found)
        lines += ["", f"{heading}: {breaking} breaking, {len(found) - breaking} not"]
        lines += [f"  {change.line()}" for change in found]
    return "\n".join([*lines, "", suggested])


def _split(text: str) -> tuple[str, str, str]:
    """``text`` as (everything before Unreleased, the Unreleased body, the releases after it)."""
    if UNRELEASED not in text:
        first = RELEASE.search(text)
        at = first.start() if first else len(text)
        return text[:at].rstrip("\n") + "\n\n", "", text[at:]
    start = text.index(UNRELEASED)
    following = RELEASE.search(text, start)
    end = following.start() if following else len(text)
    return text[:start], text[start + len(UNRELEASED) : end], text[end:]


def _parse(unreleased: str) -> tuple[list[str], dict[str, list[str]]]:
    """The Unreleased body as its free text and its ``### provider`` sections (blank lines dropped)."""
    intro: list[str] = []
    sections: dict[str, list[str]] = {}
    current = intro
    for line in unreleased.splitlines():
        if line.startswith("### "):
            current = sections.setdefault(line[4:].strip(), [])
        elif line.strip() and not SUGGESTED.match(line):
            current.append(line)
    return intro, sections


def _render(suggested: str, intro: list[str], sections: dict[str, list[str]]) -> str:
    parts = [UNRELEASED, suggested, *(["\n".join(intro)] if intro else [])]
    parts += [f"### {heading}\n\n" + "\n".join(lines) for heading, lines in sections.items()]
    return "\n\n".join(parts) + "\n\n"


def _last_release(text: str) -> str:
    found = RELEASE.search(text)
    return found[1] if found else "0.0.0"


def _suggestion(sections: dict[str, list[str]], released: str) -> str:
    bullets = [line for lines in sections.values() for line in lines if line.startswith("- ")]
    breaking = any("**Breaking:**" in line for line in bullets)
    kinds = [Change("", line[2:].split(":", 1)[0], "**Breaking:**" in line, "") for line in bullets]
    version = spec_changes.suggest_version(released, kinds)
    if not bullets:
        return f"Suggested version: {released} (no change since the last release)"
    if breaking:
        why = "a breaking change bumps the " + (
            "minor version before 1.0" if released.startswith("0.") else "major version"
        )
    else:
        why = "no breaking change"
    return f"Suggested version: {version} (last release {released}; {why})"


# --- the check ----------------------------------------------------------------------------------------------------


def _git(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True, check=False)  # noqa: S607


def missing_changes(root: Path = ROOT) -> tuple[str, dict[str, list[Change]]]:
    """The last release, and the breaking changes since it that the changelog in ``root`` does not record."""
    changelog = root / CHANGELOG.name
    text = changelog.read_text() if changelog.is_file() else ""
    found = _git(root, "log", "-1", "--format=%H", "-G", r"^## \[[0-9]", "--", CHANGELOG.name)
    release = found.stdout.strip()
    if found.returncode != 0 or not release:
        raise SystemExit(
            "changelog check: no commit in git history changes a release heading (`## [x.y.z]`) of CHANGELOG.md; "
            "it needs the repository's history (in a shallow clone: git fetch --unshallow)"
        )
    _, sections = _parse(_split(text)[1])
    missing: dict[str, list[Change]] = {}
    for current in sorted((root / GENERATED.name).glob("*.api.json")):
        new = client_surface.load(current)
        shown = _git(root, "show", f"{release}:{GENERATED.name}/{current.name}")
        old = client_surface.loads(shown.stdout) if shown.returncode == 0 else None
        if new is None or old is None:  # a provider added since the release: nothing to compare with
            continue
        title = heading(current.name.removesuffix(".api.json"), new["package"])
        section = sections.get(title, [])
        for change in spec_changes.compare(old, new):
            if change.breaking and not _records(section, change):
                missing.setdefault(title, []).append(change)
    return release, missing


def heading(name: str, package: str) -> str:
    """A provider's section heading in the changelog: `tyntec (tyntec_client)`."""
    return f"{name} ({package})"


def _records(section: list[str], change: Change) -> bool:
    return any("**Breaking:**" in line and f"`{change.subject}`" in line for line in section)


def check(root: Path = ROOT, *, fix: bool = False) -> int:
    """Print what the changelog in ``root`` misses (or record it, with ``fix``); 1 when something is missing."""
    release, missing = missing_changes(root)
    if not missing:
        print(f"CHANGELOG.md records every breaking change of the specs since the last release ({release[:10]})")
        return 0
    if fix:
        print(record(missing, root / CHANGELOG.name))
        return 0
    count = sum(len(changes) for changes in missing.values())
    plural = "s" * (count != 1)
    print(f"CHANGELOG.md does not record {count} breaking change{plural} of the specs since release {release[:10]}:")
    for heading, changes in missing.items():
        for change in changes:
            print(f"  {heading}: {change.subject}: {change.reason}")
    print(
        "Users' code breaks on these. Record them under Unreleased: `.venv/bin/python -m codegen.changelog --record` "
        "writes the lines (or run `make generate` before committing a spec), then commit CHANGELOG.md."
    )
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="fail when a breaking change is not recorded")
    mode.add_argument("--record", action="store_true", help="record the breaking changes found missing")
    args = parser.parse_args()
    return check(fix=args.record)


if __name__ == "__main__":
    sys.exit(main())
