"""The emulator as a tool: console script, version, health, a clear error without the extra, make help, LICENSE."""

from __future__ import annotations

import inspect
import re
import socket
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import httpx
import pytest

import sms_clients
import sms_emulator
from sms_clients import _http
from sms_emulator.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).parent / "sms-emulator"
HINT = "pip install 'sms-clients[emulator]'"
WITHOUT_EXTRA = "import sys\nfor name in ('connexion', 'uvicorn'): sys.modules[name] = None\n"


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def test_the_console_script_and_the_packages_report_one_version() -> None:
    installed = version("sms-clients")
    assert sms_clients.__version__ == installed
    shown = run(str(SCRIPT), "--version")
    assert shown.returncode == 0
    assert shown.stdout.strip() == f"sms-emulator {installed}"
    helped = run(str(SCRIPT), "--help")
    assert helped.returncode == 0
    for option in ("--port", "--host", "--db", "--delivery-delay", "--callback-host", "--log-level", "--version"):
        assert option in helped.stdout


def test_a_taken_port_fails_before_the_banner_with_a_clear_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(str(SCRIPT), "--port", str(port))
    assert result.returncode == 2
    assert result.stdout == ""  # no banner promising a server that never starts
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_state_file_in_use_or_not_a_database_fails_before_the_banner_with_a_clear_error(tmp_path: Path) -> None:
    held = tmp_path / "held.db"
    holder = Store(str(held))  # what a running emulator holds: the file, locked until it closes
    try:
        in_use = run(str(SCRIPT), "--port", "0", "--db", str(held), timeout=30)
    finally:
        holder.close()
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a database\n" * 100)
    not_a_database = run(str(SCRIPT), "--port", "0", "--db", str(garbage), timeout=30)
    for result, reason in ((in_use, "is in use by another process"), (not_a_database, "is not an SQLite database")):
        assert result.returncode == 2
        assert result.stdout == ""
        assert "the state file cannot be used" in result.stderr
        assert reason in result.stderr
        assert "Traceback" not in result.stderr
    assert garbage.read_text() == "not a database\n" * 100  # left as it was
    reopened = Store(str(held))  # and once the holder closed, the file opens again
    reopened.close()


def test_without_the_extra_the_command_names_it_instead_of_a_traceback() -> None:
    code = WITHOUT_EXTRA + "from sms_emulator.__main__ import main\nsys.exit(main(['--port', '0']))"
    result = run(sys.executable, "-c", code)
    assert result.returncode == 1
    assert HINT in result.stderr
    assert "Traceback" not in result.stderr
    code = WITHOUT_EXTRA + "from sms_emulator import create_app"
    imported = run(sys.executable, "-c", code)
    assert "MissingEmulatorExtra" in imported.stderr
    assert HINT in imported.stderr


def test_missing_modules_names_what_the_extra_brings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sms_emulator.missing_modules() == []
    monkeypatch.setitem(sys.modules, "connexion", None)
    assert sms_emulator.missing_modules() == ["connexion"]
    with pytest.raises(ModuleNotFoundError, match=re.escape(HINT)):
        sms_emulator.require_extra()


def test_health_answers_with_the_version_and_the_providers(emulator: str) -> None:
    health = httpx.get(f"{emulator}/_emulator/health").json()
    assert health["status"] == "ok"
    assert health["version"] == version("sms-clients")
    assert health["providers"] == ["tyntec", "bytehand", "jomobile", "smsc"]


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
