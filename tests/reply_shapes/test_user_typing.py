"""A user's view: ``pip install`` the checkout into a fresh venv outside the repository, then ``mypy --strict``.

Inside the repository mypy finds our sources; a user's mypy finds only what
the installed package ships. Without ``py.typed`` it sees ``Any``; with the
generated return types of before it sees ``Problem | ... | None``. The test
installs the package (and mypy) into a new venv with uv, checks a user
script and the README's examples there, and runs the user script against
the emulator with that venv's Python. A script with a type error must fail,
which proves the installed types are checked at all.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_SCRIPT = """
import sys

from bytehand_client.api.sms_messages import send_sms as send_with_bytehand
from bytehand_client.models import SmsMessageInput
from sms_clients import UnexpectedResponse, bytehand, tyntec
from tyntec_client.api.sms_messaging import send_sms
from tyntec_client.models import SmsMessage


def main(base_url: str) -> None:
    client = tyntec.connect(f"{base_url}/tyntec", api_key="tyntec-demo-key")
    sent = send_sms.sync(client=client, body=SmsMessage(to="+491701234567", from_="ACME", message="Hi"))
    print("tyntec", sent.request_id.upper())
    other = bytehand.connect(f"{base_url}/bytehand/v2", api_key="bytehand-demo-key")
    result = send_with_bytehand.sync(client=other, body=SmsMessageInput(receiver="+79161234567", text="Hi"))
    print("bytehand", result.id.zfill(20), result.count + 0)
    try:
        send_sms.sync(client=client, body=SmsMessage(to="+491701234567", from_="ACME", message="Hi"))
    except UnexpectedResponse as error:
        path: str | None = error.path
        accepted: bool = error.accepted
        print(path, accepted, len(error.body))


if __name__ == "__main__":
    main(sys.argv[1])
"""

WRONG_SCRIPT = """
from sms_clients import tyntec
from tyntec_client.api.sms_messaging import send_sms
from tyntec_client.models import SmsMessage

sent = send_sms.sync(client=tyntec.connect(api_key="k"), body=SmsMessage(to="+4917", from_="A", message="x"))
sent.request_id + 1
"""


def uv() -> str:
    found = shutil.which("uv") or str(ROOT / ".tools" / "bin" / "uv")
    if not Path(found).is_file():
        raise AssertionError("uv is needed to build the fresh venv: run `make generate`, which installs it")
    return found


@pytest.fixture(scope="module")
def user_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the repository with the checkout and mypy installed by pip (uv's pip)."""
    home = tmp_path_factory.mktemp("user")
    assert not home.is_relative_to(ROOT)
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([uv(), "venv", "--quiet", "--python", sys.executable, str(home / "venv")], check=True, env=env)
    python = home / "venv" / "bin" / "python"
    install = [uv(), "pip", "install", "--quiet", "--python", str(python), str(ROOT), "mypy", "pytest"]
    subprocess.run(install, check=True, env=env, timeout=300)
    return home


def mypy(home: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    command = [str(home / "venv" / "bin" / "python"), "-m", "mypy", "--strict", "--no-incremental", *map(str, files)]
    return subprocess.run(command, cwd=home, capture_output=True, text=True, timeout=300, check=False)


def test_a_user_script_and_the_readme_examples_pass_mypy_strict_in_a_fresh_venv(user_venv: Path) -> None:
    script = user_venv / "send.py"
    script.write_text(USER_SCRIPT)
    guides = [
        ROOT / "README.md",
        *sorted(path for path in (ROOT / "docs").rglob("*.md") if "reference" not in path.parts),
    ]
    blocks = [block for guide in guides for block in re.findall(r"```python\n(.*?)```", guide.read_text(), flags=re.S)]
    examples = []
    for index, block in enumerate(blocks):
        example = user_venv / f"readme_{index}.py"
        example.write_text(block)
        examples.append(example)
    wrong = user_venv / "wrong.py"
    wrong.write_text(WRONG_SCRIPT)
    checked = mypy(user_venv, script, *examples)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    failed = mypy(user_venv, wrong)
    assert failed.returncode == 1
    assert 'Unsupported operand types for + ("str" and "int")' in failed.stdout


def test_the_user_script_runs_with_the_installed_package(user_venv: Path, emulator: str) -> None:
    script = user_venv / "send.py"
    script.write_text(USER_SCRIPT)
    python = str(user_venv / "venv" / "bin" / "python")
    ran = subprocess.run([python, str(script), emulator], cwd=user_venv, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("tyntec ")
    assert re.fullmatch(r"bytehand \d{20} 1", lines[1])
