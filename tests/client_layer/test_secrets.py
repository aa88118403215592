"""No credential in any log line (root logger at DEBUG), exception, ``repr`` or traceback.

For every provider and every kind of credential its client takes, one successful call, one refused
for wrong credentials, one through retried server errors (armed faults) and one to a dead port; the
secrets (SMSC's password and its MD5, its apikey, BYTEHAND's key and OAuth token, Jo Mobile's password
and the token the client obtained, tyntec's key) may not appear anywhere in what was captured. A short
secret does not mask ordinary words either.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from bytehand_client.api.users import get_current_user
from jomobile_client.api.account import get_me
from smsc_client.api.account import get_balance
from tyntec_client.api.sms_messaging import get_sms_status

from sms_clients import SmsError, bytehand, jomobile, smsc, tyntec
from sms_clients._redact import MASK, redact, remember

SMSC_PASSWORD = "demo-password"
SMSC_MD5 = hashlib.md5(SMSC_PASSWORD.encode(), usedforsecurity=False).hexdigest()


def _dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


Connect = Callable[[str, bool], Any]
"""Make a client for a base URL, with the right (True) or a wrong (False) credential."""
Call = Callable[[Any], Any]

CASES: dict[str, tuple[str, str, Connect, Call, tuple[str, ...]]] = {
    "tyntec key": (
        "tyntec",
        "/tyntec",
        lambda url, right: tyntec.connect(url, api_key="tyntec-demo-key" if right else "tyntec-wrong-key-1", retries=1),
        lambda client: get_sms_status.sync("no-such-message", client=client),
        ("tyntec-demo-key", "tyntec-wrong-key-1"),
    ),
    "bytehand key": (
        "bytehand",
        "/bytehand/v2",
        lambda url, right: bytehand.connect(
            url, api_key="bytehand-demo-key" if right else "bytehand-wrong-key-1", retries=1
        ),
        lambda client: get_current_user.sync(client=client),
        ("bytehand-demo-key", "bytehand-wrong-key-1"),
    ),
    "bytehand token": (
        "bytehand",
        "/bytehand/v2",
        lambda url, right: bytehand.connect(url, access_token="bytehand-demo-token" if right else "tok", retries=1),
        lambda client: get_current_user.sync(client=client),
        ("bytehand-demo-token", "tok"),
    ),
    "smsc password": (
        "smsc",
        "/smsc",
        lambda url, right: smsc.connect(
            url, login="demo", password=SMSC_PASSWORD if right else "psw-wrong-1", retries=1
        ),
        lambda client: get_balance.sync(client=client),
        (SMSC_PASSWORD, SMSC_MD5, "psw-wrong-1"),
    ),
    "smsc md5": (
        "smsc",
        "/smsc",
        lambda url, right: smsc.connect(url, login="demo", password=SMSC_MD5 if right else "0" * 32, retries=1),
        lambda client: get_balance.sync(client=client),
        (SMSC_MD5, "0" * 32),
    ),
    "smsc apikey": (
        "smsc",
        "/smsc",
        lambda url, right: smsc.connect(url, api_key="smsc-demo-key" if right else "smsc-wrong-key-1", retries=1),
        lambda client: get_balance.sync(client=client),
        ("smsc-demo-key", "smsc-wrong-key-1"),
    ),
    "jomobile password and token": (
        "jomobile",
        "/jomobile",
        lambda url, right: jomobile.connect(
            url, username="jomobile-demo", password="jomobile-demo-password" if right else "jomobile-wrong-1", retries=1
        ),
        lambda client: get_me.sync(client=client),
        ("jomobile-demo-password", "jomobile-wrong-1"),
    ),
}


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything the root logger writes at DEBUG, formatted with tracebacks, as an application would."""
    sink = io.StringIO()
    handler = logging.StreamHandler(sink)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield sink
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def _secrets_of(client: Any) -> list[str]:
    """What the client's credentials hold now (Jo Mobile's token appears once it logged in)."""
    auth = client.get_httpx_client().auth
    return list(auth._credentials.secrets())


@pytest.mark.parametrize("case", list(CASES))
def test_no_secret_in_logs_exceptions_reprs_or_tracebacks(
    emulator: str, control: httpx.Client, captured: io.StringIO, case: str
) -> None:
    provider, prefix, connect, call, secrets = CASES[case]
    seen: list[str] = []
    log = logging.getLogger("the.application")

    def attempt(client: Any) -> None:
        seen.extend([repr(client), repr(client.get_httpx_client()), repr(client.get_httpx_client().auth)])
        try:
            call(client)
        except SmsError as error:
            seen.extend([str(error), repr(error), "".join(traceback.format_exception(error))])
            log.exception("the call failed: %s", error)
            log.debug("details: %r %r", error, getattr(error, "response", None))

    good = connect(emulator + prefix, True)
    attempt(good)
    found = _secrets_of(good)
    assert set(secrets) & set(found) or case.startswith("smsc md5")
    control.post("/faults", json={"provider": provider, "kind": "status", "status": 503, "count": 2})
    attempt(good)
    attempt(connect(emulator + prefix, False))
    attempt(connect(_dead_url() + prefix, True))
    text = captured.getvalue()
    assert "HTTP Request" in text  # httpx did log every request at this level
    everything = "\n".join([text, *seen])
    for secret in {*secrets, *found}:
        # as a whole value: the short wrong token "tok" may stay inside the word "access_token"
        leaked = re.search(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", everything)
        assert leaked is None, f"{case}: a secret leaked: ...{everything[max(0, leaked.start() - 80) : leaked.end()]}"


def test_a_short_secret_is_masked_as_a_whole_value_only() -> None:
    remember(["tok"])
    assert (
        redact("access_token=tok&x=1 tok, 'tok' stock tokens")
        == f"access_token={MASK}&x=1 {MASK}, '{MASK}' stock tokens"
    )
    assert redact("/send?psw=unknown-secret") == f"/send?psw={MASK}"


def test_every_logger_is_masked_whatever_its_name(captured: io.StringIO) -> None:
    remember(["s3cr3t-value"])
    logging.getLogger("some.library.nobody.configured").debug("url %s", "https://x/?reference=s3cr3t-value")
    try:
        raise ValueError("boom s3cr3t-value")
    except ValueError:
        logging.getLogger("httpx_retries.transport").exception("retrying")
    assert "s3cr3t-value" not in captured.getvalue()
    assert f"?reference={MASK}" in captured.getvalue()
    assert f"ValueError: boom {MASK}" in captured.getvalue()
