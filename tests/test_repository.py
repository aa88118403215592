"""The repository as a newcomer meets it: ``make help``, the LICENSE, the contributing guide's provider steps."""

from __future__ import annotations

import inspect
import re
import subprocess
from pathlib import Path

from sms_clients import _http

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def test_make_help_lists_every_target_with_a_description() -> None:
    result = run("make", "--no-print-directory", "-C", str(ROOT), "help")
    assert result.returncode == 0
    listed = dict(re.findall(r"^  (\S+)\s+(.+)$", result.stdout, flags=re.M))
    phony = re.search(r"^\.PHONY: (.+)$", (ROOT / "Makefile").read_text(), flags=re.M)
    assert phony is not None
    assert set(phony.group(1).split()) <= set(listed)
    assert all(len(description) > 10 for description in listed.values())


def test_the_licence_is_mit_and_the_package_says_so() -> None:
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()


def test_adding_a_provider_names_the_arguments_the_code_takes() -> None:
    guide = (ROOT / "docs" / "contributing.md").read_text()
    section = guide[guide.index("## Adding a provider") :]
    parameters = inspect.signature(_http.build_client).parameters
    for name in re.findall(r"`(\w+)=`", section):
        assert name in parameters, f"docs/contributing.md names {name}= which build_client does not take"
    assert "check_reply=" in section
