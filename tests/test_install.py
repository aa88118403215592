"""A user's view: ``pip install '<checkout>[emulator]'`` into a fresh venv outside the repository.

uv stands in for pip (the same install, in seconds from uv's cache). The venv
then runs the ``sms-emulator`` command, serves the inbox from the installed
package (its page and assets are package data), and runs the README's pytest
example through the installed plugin, none of it reading this checkout.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THE_INBOX_IS_SERVED = """
import httpx
import sms_emulator


def test_the_inbox_comes_from_the_installed_package(sms_emulator_session):
    assert "site-packages" in sms_emulator.__file__
    page = httpx.get(sms_emulator_session.url + "/")
    script = httpx.get(sms_emulator_session.url + "/_emulator/assets/inbox.js")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "EventSource" in script.text
"""


def uv() -> str:
    found = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    assert Path(found).exists(), "uv is missing: `make generate` installs it into .tools/"
    return found


def run(*args: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_a_fresh_venv_gets_the_command_the_inbox_and_the_plugin(tmp_path: Path) -> None:
    venv, project = tmp_path / "venv", tmp_path / "project"
    project.mkdir()
    run(uv(), "venv", "--quiet", "--python", "python3", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(uv(), "pip", "install", "--quiet", "--python", python, f"{ROOT}[emulator]", "pytest", cwd=tmp_path)

    assert re.fullmatch(r"sms-emulator \d+\.\d+\.\S+\n", run(venv / "bin" / "sms-emulator", "--version", cwd=project))
    readme = (ROOT / "README.md").read_text()
    (example,) = [b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "sms_outbox" in b]
    (project / "test_login.py").write_text(example)
    (project / "test_inbox.py").write_text(THE_INBOX_IS_SERVED)
    assert "2 passed" in run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
