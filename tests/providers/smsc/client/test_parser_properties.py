"""Property tests: whatever the body, the parser answers with a result or its own errors, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sms_clients import smsc

from .test_parser import SENT, SHAPES, operators_bodies

SCRIPTS = [("send.php", "get"), ("status.php", "get"), ("balance.php", "get")] + [
    ("senders.php", command) for command in ("get", "add", "chg", "del", "send_code", "check_code")
]
VALID = [
    *SENT.values(),
    *operators_bodies().values(),
    *(shape(7, "описание", 12) for shape in SHAPES.values()),
    "name = ACME, status = 1, id = 1",
    '[{"sender": "ACME", "id": 1}]',
    "<result>OK</result>",
    "<sender>\n<id>17</id>\n</sender>",
]
# Bits of every format's syntax, so random bodies come near the real shapes.
FRAGMENTS = st.sampled_from(
    ["ERROR", " = ", "(", ")", ", ID - ", ",", "-", "0", "7", "\n", "<result>", "</result>", "<error_code>",
     "</error_code>", "<list>", "<sender", ' id="1"', ">", "</sender>", "{", "}", '"error_code": ', '"id": ',
     "[", "]", "OK", "name = ", "status = ", "1.80", "SMS", "&", "<!DOCTYPE x [<!ENTITY a 'b'>]>"]
)  # fmt: skip
BODIES = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=200),
    st.lists(FRAGMENTS, max_size=30).map("".join),
    st.sampled_from(VALID).flatmap(lambda body: st.integers(0, len(body)).map(lambda cut: body[:cut])),
    st.integers(1, 5000).map(lambda depth: "[" * depth),
)


def parse_or_own_error(body: str | bytes, fmt: int, script: str, command: str) -> None:
    error: smsc.SmscError | None = None
    try:
        smsc.parse_reply(body, fmt, script, command=command)
    except smsc.SmscError as raised:  # a typed error reply, or the parser's own parse error
        error = raised
    if error is not None:
        assert (error.fmt, error.body) == (fmt, body)


@settings(max_examples=400, deadline=None)
@given(body=BODIES, fmt=st.sampled_from([0, 1, 2, 3]), script=st.sampled_from(SCRIPTS))
def test_random_and_truncated_bodies_never_crash_the_parser(
    body: str | bytes, fmt: int, script: tuple[str, str]
) -> None:
    parse_or_own_error(body, fmt, *script)


@settings(max_examples=200, deadline=None)
@given(body=BODIES, fmt=st.sampled_from([0, 1, 2, 3]), script=st.sampled_from([name for name, _ in SCRIPTS]))
def test_find_error_returns_an_error_or_none(body: str | bytes, fmt: int, script: str) -> None:
    found = smsc.find_error(body, fmt, script)
    assert found is None or isinstance(found, smsc.SmscError)


@pytest.mark.parametrize("body", VALID)
def test_every_truncation_of_a_valid_body_is_handled(body: str) -> None:
    for cut in range(len(body) + 1):
        for fmt in range(4):
            for script, command in SCRIPTS:
                parse_or_own_error(body[:cut], fmt, script, command)
