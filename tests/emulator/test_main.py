"""The emulator as a program (``__main__.py`` and the package's ``__init__.py``): the ``sms-emulator`` command,
its version, its start-up banner, a clear error for a taken port, a state file in use or a missing extra."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

import sms_clients
import sms_emulator
from sms_emulator.core.store import Store

SCRIPT = Path(sys.executable).parent / "sms-emulator"
HINT = "pip install 'sms-clients[emulator]'"
WITHOUT_EXTRA = "import sys\nfor name in ('connexion', 'uvicorn'): sys.modules[name] = None\n"


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_listening(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


def test_the_module_prints_its_base_urls_and_demo_credentials() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sms_emulator", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner: list[str] = []
        for line in process.stdout:  # up to the control line, which comes after every provider's
            banner.append(line)
            if "/_emulator/" in line or len(banner) >= 50:
                break
        wait_until_listening(port)
    finally:
        process.send_signal(signal.SIGTERM)  # SIGINT is ignored in a background job until uvicorn handles it
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    text = "".join(banner)
    assert f"http://127.0.0.1:{port}/tyntec" in text
    assert "tyntec-demo-key" in text
    assert f"http://127.0.0.1:{port}/_emulator/" in text


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
