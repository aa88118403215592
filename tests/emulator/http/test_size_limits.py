"""The size limits (``http/size_limits.py``): JSON read within them, fields counted, each refusal naming the problem."""

from __future__ import annotations

import json

import pytest
from connexion.exceptions import BadRequestProblem

from sms_emulator.http.size_limits import (
    MAX_FIELD_CHARS,
    MAX_FIELDS,
    MAX_INT_DIGITS,
    MAX_JSON_DEPTH,
    check_fields,
    parse_json,
)


def test_json_within_the_limits_reads_as_json() -> None:
    value = {"a": [1, 2.5, "x", None, True], "b": {"c": "d" * 100}}
    assert parse_json(json.dumps(value)) == value


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1), f"nested more than {MAX_JSON_DEPTH} levels"),
        ("[" * 100_000 + "]" * 100_000, f"nested more than {MAX_JSON_DEPTH} levels"),
        ("1" * (MAX_INT_DIGITS + 1), f"more than the {MAX_INT_DIGITS} allowed"),
        ("NaN", "NaN is not a JSON number"),
        ("1e999", "out of range"),
        (json.dumps({"a": {"b": "\ud800"}}), "lone surrogate (\\ud800), which is not a character - 'a.b'"),
        (json.dumps({"a": ["x" * (MAX_FIELD_CHARS + 1)]}), "more than the 65536 allowed - 'a.0'"),
        (json.dumps({f"k{n}": n for n in range(MAX_FIELDS + 1)}), f"keys, more than the {MAX_FIELDS} allowed"),
        ('{"a": ', "Expecting value"),
    ],
    ids=["deep", "very deep", "huge integer", "NaN", "infinite", "surrogate", "long string", "many keys", "broken"],
)
def test_json_over_a_limit_is_a_400_naming_what_and_where(text: str, problem: str) -> None:
    with pytest.raises(BadRequestProblem) as refused:
        parse_json(text)
    assert problem in refused.value.detail


def test_fields_are_counted_across_the_query_and_the_form() -> None:
    half = b"&".join(b"f%d=1" % index for index in range(MAX_FIELDS // 2 + 1))
    check_fields(half, None)
    with pytest.raises(BadRequestProblem, match="parameters, more than"):
        check_fields(half, half)


def test_a_field_too_long_is_named() -> None:
    with pytest.raises(BadRequestProblem, match="parameter 'mes' is 65537 characters long"):
        check_fields(b"", b"mes=" + b"a" * (MAX_FIELD_CHARS + 1))
