"""connexion's validators as the emulator uses them (``http/validation.py``): errors name the field, never crash."""

from __future__ import annotations

from typing import Any

import httpx
from jsonschema import Draft4Validator  # type: ignore[import-untyped]

from sms_emulator.http.validation import NamingParameterValidator, _message, compiled

KEY = {"apikey": "tyntec-demo-key"}


def test_a_body_that_is_not_utf8_is_a_400_not_a_crash(emulator: str) -> None:
    reply = httpx.post(
        f"{emulator}/tyntec/messaging/v1/sms",
        headers={**KEY, "content-type": "application/json"},
        content=b'{"to": "\xff"}',
    )
    assert reply.status_code == 400
    assert "utf-8" in reply.json()["detail"]


def test_a_parameter_that_fails_its_schema_is_named() -> None:
    limit = {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
    assert NamingParameterValidator.validate_parameter("query", 500, limit) == (
        "query parameter 'limit': 500 is greater than the maximum of 100"
    )
    assert NamingParameterValidator.validate_parameter("query", 5, limit) is None
    assert NamingParameterValidator.validate_parameter("query", None, {**limit, "required": True}) == (
        "Missing query parameter 'limit'"
    )


def test_a_broken_size_limit_is_stated_instead_of_echoing_the_value() -> None:
    (error,) = Draft4Validator({"type": "array", "maxItems": 2}).iter_errors(list(range(101)))
    assert _message(error) == "has 101 items, more than the 2 allowed"


def test_a_validator_is_compiled_once_per_schema_object() -> None:
    built: list[dict[str, Any]] = []

    def build(schema: dict[str, Any]) -> object:
        built.append(schema)
        return object()

    schema: dict[str, Any] = {"type": "string"}
    first = compiled(schema, "test", build)
    assert compiled(schema, "test", build) is first
    assert compiled(dict(schema), "test", build) is not first  # an equal but other object is compiled anew
    assert len(built) == 2
