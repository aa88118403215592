"""A user's view: ``pip install`` the checkout into a fresh venv outside the repository, then ``mypy --strict``.

Inside the repository mypy finds our sources; a user's mypy finds only what
the installed package ships. Without ``py.typed`` it sees ``Any``; with the
generated return types of before it sees ``Problem | ... | None``. The test
installs the package (and mypy) into a new venv with uv, checks a user
script and the README's examples there, and runs the user script against
the emulator with that venv's Python. A script with a type error must fail,
which proves the installed types are checked at all.

The resource script uses what a user of the resource layer meets: methods
with keywords, ``aio`` in two event loops, ``with_raw_response``,
``with_options``, a list walked over three pages, a count, and a field the
reply left out read with ``is not None``; the wrong one makes each mistake a
type checker must catch (a wrong keyword, a wrong type, a missing ``await``,
a count where a list is expected and the reverse).
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

RESOURCE_SCRIPT = """
import asyncio
import sys

from bytehand_client.models import SmsMessage, SmsMessageInput
from sms_clients import bytehand, tyntec


def main(base_url: str) -> None:
    client = tyntec.connect(f"{base_url}/tyntec", api_key="tyntec-demo-key")
    sent = client.sms_messaging.send_sms(to="+491701234567", from_="ACME", message="Hi")
    status = client.sms_messaging.get_sms_status(sent.request_id)
    if status.done_date is not None:
        print("done", status.done_date.upper())
    else:
        print("absent", "done_date" in status.fields_set)
    raw = client.sms_messaging.with_raw_response.get_sms_status(request_id=sent.request_id)
    print("raw", raw.status_code, raw.parse().request_id.upper() == sent.request_id.upper())
    quick = client.with_options(timeout=5, retries=0)
    print("options", quick.sms_messaging.get_sms_status(sent.request_id).request_id == sent.request_id)

    async def send_async() -> str:
        async with client.aio as aio:
            again = await aio.sms_messaging.send_sms(to="+491701234567", from_="ACME", message="async")
            reread = await aio.sms_messaging.with_raw_response.get_sms_status(again.request_id)
            return reread.parse().request_id

    print("aio", asyncio.run(send_async()) != asyncio.run(send_async()))
    other = bytehand.connect(f"{base_url}/bytehand/v2", api_key="bytehand-demo-key")
    for number in range(7):
        other.sms_messages.send_sms(body=SmsMessageInput(receiver="+79161234567", text=f"zqu{number}"))
    page = other.sms_messages.query_sms(count=3, query="text=~zqu")
    pages = list(page.iter_pages())
    messages: list[SmsMessage] = list(page)
    count: int = other.sms_messages.query_sms_count(query="text=~zqu")
    print("pages", len(pages), len(messages), count)


if __name__ == "__main__":
    main(sys.argv[1])
"""

WRONG_RESOURCES = """
import asyncio

from sms_clients import bytehand, tyntec

client = tyntec.connect(api_key="k")
client.sms_messaging.send_sms(to="+4917", sender="A", message="x")
client.sms_messaging.get_sms_status(42)


async def forgot() -> None:
    sent = client.aio.sms_messaging.send_sms(to="+4917", from_="A", message="x")
    print(sent.request_id)

asyncio.run(forgot())
other = bytehand.connect(api_key="k")
listed: list[object] = other.sms_messages.query_sms_count()
counted: int = other.sms_messages.query_sms()
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
    resources = user_venv / "resources.py"
    resources.write_text(RESOURCE_SCRIPT)
    wrong = user_venv / "wrong.py"
    wrong.write_text(WRONG_SCRIPT)
    wrong_resources = user_venv / "wrong_resources.py"
    wrong_resources.write_text(WRONG_RESOURCES)
    checked = mypy(user_venv, script, resources, *examples)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    failed = mypy(user_venv, wrong, wrong_resources)
    assert failed.returncode == 1
    assert 'wrong.py:7: error: Unsupported operand types for + ("str" and "int")' in failed.stdout
    expected = {
        7: 'No overload variant of "send_sms" of "SmsMessagingResource" matches argument types',  # sender=
        8: 'Argument 1 to "get_sms_status" of "SmsMessagingResource" has incompatible type "int"',
        13: '"Coroutine[Any, Any, RestMessageResponse]" has no attribute "request_id"',  # no await
        17: 'Incompatible types in assignment (expression has type "int", variable has type "list[object]")',
        18: 'Incompatible types in assignment (expression has type "SyncPage[SmsMessage]", variable has type "int")',
    }
    for line, message in expected.items():
        assert f"wrong_resources.py:{line}: error: {message}" in failed.stdout, failed.stdout


def run_script(home: Path, name: str, source: str, emulator: str) -> list[str]:
    """Run a user script with the fresh venv's Python against the emulator; the lines it printed."""
    script = home / name
    script.write_text(source)
    python = str(home / "venv" / "bin" / "python")
    ran = subprocess.run([python, str(script), emulator], cwd=home, capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout.splitlines()


def test_the_resource_script_runs_with_the_installed_package(user_venv: Path, emulator: str) -> None:
    assert run_script(user_venv, "resources.py", RESOURCE_SCRIPT, emulator) == [
        "absent False",
        "raw 200 True",
        "options True",
        "aio True",
        "pages 3 7 7",
    ]


def test_the_user_script_runs_with_the_installed_package(user_venv: Path, emulator: str) -> None:
    lines = run_script(user_venv, "send.py", USER_SCRIPT, emulator)
    assert lines[0].startswith("tyntec ")
    assert re.fullmatch(r"bytehand \d{20} 1", lines[1])
