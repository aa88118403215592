"""SMSC's generated functions return text, so the tolerant-reply rule lives in ``smsc.parse_*``.

A field the spec does not list, in any fmt that names its fields (0, 2 and
3), must leave the result as it was: SMSC may add fields to a reply at any
time. Hypothesis draws the field's name and value.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sms_clients import smsc

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=3, max_size=10).map(lambda name: f"x_{name}")
VALUES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.", min_size=1, max_size=10)

Parser = Callable[[str, int], Any]

SHAPES: list[tuple[str, Parser, dict[int, str], Any]] = [
    (
        "send",
        smsc.parse_send,
        {
            0: "OK - 2 SMS, ID - 1001, COST - 3.60, BALANCE - 96.40",
            2: "<result><id>1001</id><cnt>2</cnt><cost>3.60</cost><balance>96.40</balance></result>",
            3: '{"id": 1001, "cnt": 2, "cost": "3.60", "balance": "96.40"}',
        },
        smsc.SendResult(1001, 2, Decimal("3.60"), Decimal("96.40")),
    ),
    (
        "price",
        smsc.parse_send,
        {
            0: "COST - 1.80, CNT - 1",
            2: "<result><cnt>1</cnt><cost>1.80</cost></result>",
            3: '{"cnt": 1, "cost": "1.80"}',
        },
        smsc.SendResult(None, 1, Decimal("1.80")),
    ),
    (
        "status",
        smsc.parse_status,
        {
            0: "status = 1, last_timestamp = 1767225600, err = 0",
            2: "<result><status>1</status><last_timestamp>1767225600</last_timestamp><err>0</err></result>",
            3: '{"status": 1, "last_timestamp": 1767225600, "err": 0}',
        },
        smsc.MessageStatus(status=1, last_timestamp=1767225600, error=0),
    ),
    (
        "balance",
        smsc.parse_balance,
        {0: "balance = 98.20", 2: "<result><balance>98.20</balance></result>", 3: '{"balance": "98.20"}'},
        smsc.Balance(Decimal("98.20")),
    ),
]


def with_field(body: str, fmt: int, name: str, value: str) -> str:
    if fmt == 0:
        separator = " - " if " - " in body else " = "
        key = name.upper() if separator == " - " else name
        return f"{body}, {key}{separator}{value}"
    if fmt == 2:
        return body.replace("</result>", f"<{name}>{value}</{name}></result>")
    return json.dumps({**json.loads(body), name: value})


@pytest.mark.parametrize(("what", "parse", "bodies", "expected"), SHAPES, ids=[shape[0] for shape in SHAPES])
@pytest.mark.parametrize("fmt", [0, 2, 3])
@given(name=NAMES, value=VALUES)
def test_a_field_smsc_adds_leaves_the_result_as_it_was(
    what: str, parse: Parser, bodies: dict[int, str], expected: Any, fmt: int, name: str, value: str
) -> None:
    assert parse(bodies[fmt], fmt) == expected
    assert parse(with_field(bodies[fmt], fmt, name, value), fmt) == expected
