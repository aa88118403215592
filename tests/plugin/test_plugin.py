"""The pytest plugin as a user meets it: their own test files, run by pytest in a separate process.

The files run in a temporary project outside this repository, with only what
``pip install sms-clients`` registers (the ``pytest11`` entry point), not this
repository's conftest.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

README = Path(__file__).resolve().parent.parent.parent / "README.md"
HINT = "pip install 'sms-clients[emulator]'"
BLOCK_THE_EXTRA = """
import sys

for name in ("connexion", "uvicorn"):  # as if installed without the [emulator] extra
    sys.modules[name] = None
"""


USER_PLUGINS = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")
"""A user's project has none of this repository's test tools; leaving them out also saves seconds per run."""


def readme_example() -> str:
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S) if "sms_outbox" in b]
    return block


def test_the_readme_example_and_every_fixture_work_with_an_emulator_in_the_test_process(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        test_login=readme_example(),
        test_all="""
        import pytest
        from bytehand_client.api.sms_messages import send_sms as bytehand_send
        from bytehand_client.models import SmsMessageInput
        from jomobile_client.models import SmsMessage
        from smsc_client.api.messages import send_message
        from sms_clients import jomobile
        from sms_emulator_pytest import NoMessage

        def test_a_client_per_provider(sms_bytehand, sms_jomobile, sms_smsc, sms_outbox):
            bytehand_send.sync(client=sms_bytehand, body=SmsMessageInput(receiver="+79161234567", text="b"))
            jomobile.send_messages(sms_jomobile, [SmsMessage(number="380671234567", sender_id="ACME", text="j")])
            send_message.sync(client=sms_smsc, phones="+79031234567", mes="s")
            assert [m.provider for m in sms_outbox.all()] == ["smsc", "jomobile", "bytehand"]
            assert sms_outbox.last(to="+380 67 123 4567").text == "j"
            assert sms_outbox.last(provider="bytehand").parts == ("b",)

        def test_the_next_test_sees_nothing_of_the_last(sms_outbox):
            assert sms_outbox.all() == []
            with pytest.raises(NoMessage, match="no SMS was sent"):
                sms_outbox.last(to="+79031234567")
        """,
    )
    result = pytester.runpytest_subprocess(*USER_PLUGINS)
    result.assert_outcomes(passed=3)


def test_an_emulator_already_running_is_used_through_the_option(pytester: pytest.Pytester, emulator: str) -> None:
    pytester.makepyfile(test_login=readme_example())
    result = pytester.runpytest_subprocess(*USER_PLUGINS, f"--sms-emulator-url={emulator}")
    result.assert_outcomes(passed=1)
    sent = httpx.get(f"{emulator}/_emulator/messages", params={"provider": "tyntec"}).json()
    assert [(m["to"], m["text"]) for m in sent] == [("+491701234567", "Your code is 1234")]


def test_a_project_without_the_emulator_extra_still_runs_pytest(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(BLOCK_THE_EXTRA)
    pytester.makepyfile(
        test_app="""
        def test_my_own_code():
            assert 1 + 1 == 2

        def test_one_that_wants_the_emulator(sms_outbox):
            assert sms_outbox.all() == []
        """
    )
    result = pytester.runpytest_subprocess(*USER_PLUGINS)
    result.assert_outcomes(passed=1, errors=1)
    output = result.stdout.str()
    assert f"the SMS emulator needs the [emulator] extra (connexion, uvicorn missing): {HINT}" in output
    assert "No module named" not in output
