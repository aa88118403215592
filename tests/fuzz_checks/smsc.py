"""SMSC's replacements for the status-based schemathesis checks.

SMSC answers every error with HTTP 200 and an error reply in the format the
request's ``fmt`` chose, so the generic checks that judge a request by the
status code (``negative_data_rejection``, ``positive_data_acceptance``,
``ignored_auth``) are switched off for its spec in schemathesis.toml and
replaced here by checks that read the reply: a rejected request must carry an
error code, an accepted one must not. Each replacement says so in docs/testing.md ("Fuzzing").

The text and XML replies are deserialized as text, so ``response_schema_conformance``
checks them against the patterns the spec gives for them, as it does the JSON ones.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis.core.transport import Response
from schemathesis.specs.openapi import checks as openapi_checks
from schemathesis.specs.openapi._auth_retry import (
    get_security_parameters,
    remove_auth,
    send_probe,
    set_auth_for_case,
)

from sms_clients import smsc

BODY_CODED_APIS = {"SMSC HTTP API"}
"""Specs (by ``info.title``) whose errors travel in a 200 reply, coded by the request's ``fmt``."""

FORM_ERRORS = {"send.php": {1, 5, 7}, "status.php": {1}, "balance.php": {1}, "senders.php": {1, 7}}
"""The SMSC codes that refuse a request for its form (a parameter missing or malformed), per script.

A request the spec calls valid must never get one of these, unless it breaks a
rule the spec states in ``x-commands`` but JSON Schema cannot express.
"""


MAX_PAIRS = 1000
"""status.php answers at most this many ``id``/``phone`` pairs in one request (the spec's decision)."""


@dataclass(frozen=True)
class Reading:
    """What an SMSC reply says: an error code, or None for a success."""

    code: int | None
    script: str


@schemathesis.deserializer("text/plain", "application/xml")
def _as_text(ctx: Any, response: Response) -> str:
    """Text and XML replies as text, so their schemas (type string with a pattern) are checked too."""
    return response.content.decode(response.encoding or "utf-8", errors="replace")


@schemathesis.check
def body_coded_negative_data_rejection(ctx: Any, response: Response, case: Any) -> bool | None:
    """Replaces ``negative_data_rejection`` for SMSC: invalid data must get an error reply (any code)."""
    reading = _read(response, case)
    if reading is None:
        return None
    return openapi_checks._openapi_negative_data_rejection(ctx, _with_status(response, reading), case)


@schemathesis.check
def body_coded_positive_data_acceptance(ctx: Any, response: Response, case: Any) -> bool | None:
    """Replaces ``positive_data_acceptance`` for SMSC: valid data must not get an error for its form.

    Errors of state (not found, no money, rate limited, wrong code, ...) are as
    acceptable as the generic check's 404, 409 and 429.
    """
    reading = _read(response, case)
    if reading is None or (reading.code is not None and (_breaks_a_command_rule(case) or _not_in_charset(case))):
        return None
    return openapi_checks._openapi_positive_data_acceptance(ctx, _with_status(response, reading), case)


_AUTH_CHECKED: set[str] = set()


@schemathesis.check
def body_coded_ignored_auth(ctx: Any, response: Response, case: Any) -> bool | None:
    """Replaces ``ignored_auth`` for SMSC: without credentials, or with wrong ones, the reply must be error 2."""
    reading = _read(response, case)
    if reading is None or reading.code is not None or case.operation.label in _AUTH_CHECKED:
        return None
    parameters = get_security_parameters(case.operation)
    if not parameters:
        return None
    probes = [remove_auth(case, parameters)]
    for parameter in parameters:
        invalid = remove_auth(case, parameters)
        set_auth_for_case(invalid, parameter)
        probes.append(invalid)
    for probe in probes:
        answer = _read(send_probe(ctx, case, probe), probe)
        if answer is not None and answer.code != 2:
            raise AssertionError(
                f"{case.operation.label} answered without valid credentials with "
                f"{'a success' if answer.code is None else f'error {answer.code}'}, expected error 2"
            )
    _AUTH_CHECKED.add(case.operation.label)
    return None


def _read(response: Response, case: Any) -> Reading | None:
    """The SMSC reading of ``response``; None for other APIs and for HTTP-level answers (404, 405, ...)."""
    if case.operation.schema.raw_schema.get("info", {}).get("title") not in BODY_CODED_APIS:
        return None
    if response.status_code != 200:
        return None
    script = case.operation.path.rsplit("/", 1)[-1]
    fmt = _requested_fmt(response)
    found = smsc.find_error(response.content, fmt, script, charset=response.encoding or "windows-1251")
    if isinstance(found, smsc.SmscParseError):
        raise AssertionError(f"{case.operation.label}: {found}")
    return Reading(None if found is None else found.error_code, script)


def _requested_fmt(response: Response) -> int:
    """The ``fmt`` the request asked for (query string or form body); the default 0 when it is not 0-3."""
    fields = dict(parse_qsl(urlsplit(str(response.request.url)).query, keep_blank_values=True))
    body = response.request.body
    content_type = str(response.request.headers.get("Content-Type", ""))
    if body and content_type.startswith("application/x-www-form-urlencoded"):
        text = body.decode("latin-1") if isinstance(body, bytes) else str(body)
        fields.update(parse_qsl(text, keep_blank_values=True))
    value = fields.get("fmt", "").strip()
    return int(value) if value in ("0", "1", "2", "3") else 0


def _with_status(response: Response, reading: Reading) -> Response:
    """``response`` with the HTTP status its reply means: 200 for a success, 400 for a form error, 409 otherwise."""
    mapped = copy.copy(response)
    if reading.code is None:
        mapped.status_code = 200
    elif reading.code in FORM_ERRORS.get(reading.script, {1}):
        mapped.status_code = 400
    elif reading.code == 2:
        mapped.status_code = 401
    else:
        mapped.status_code = 409
    return mapped


def _breaks_a_command_rule(case: Any) -> bool:
    """Whether ``case`` breaks a rule of the operation's ``x-commands`` (one flag, its required parameters)
    or ``x-pairs`` (comma-separated lists of the same length, or a single value beside a list; at most 1000)."""
    fields = {**_as_fields(case.query), **_as_fields(case.body)}
    paired = case.operation.definition.raw.get("x-pairs")
    if paired:
        lengths = {len(fields.get(name, "").rstrip(",").split(",")) for name in paired}
        return len(lengths - {1}) > 1 or max(lengths) > MAX_PAIRS
    extension = case.operation.definition.raw.get("x-commands")
    if not extension:
        return False
    chosen = [flag for flag in extension["flags"] if fields.get(flag) == "1"]
    if len(chosen) != 1:
        return True
    rule = extension["commands"][chosen[0]]
    if any(not fields.get(name, "").strip() for name in rule.get("requires", ())):
        return True
    one_of = rule.get("requires-one-of", ())
    if one_of and not any(fields.get(name, "").strip() for name in one_of):
        return True
    return any(not smsc_phone(fields.get(name, "")) for name in rule.get("phone", ()))


def _not_in_charset(case: Any) -> bool:
    """Whether a parameter's bytes (UTF-8 on the wire) are not text in the request's ``charset``.

    The spec says every parameter is text in ``charset`` (windows-1251 by default), a rule JSON
    Schema cannot state; the scripts refuse bytes that charset does not define (error 1).
    """
    fields = {**_as_fields(case.query), **_as_fields(case.body)}
    charset = fields.get("charset", "").strip().lower()
    charset = charset if charset in ("windows-1251", "utf-8", "koi8-r") else "windows-1251"
    try:
        for text in _texts((case.query, case.body)):
            text.encode("utf-8", errors="surrogatepass").decode(charset)
    except UnicodeError:
        return True
    return False


def _texts(value: Any) -> Iterator[str]:
    """Every key and scalar in a (nested) request container, as the text it goes on the wire as."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    else:
        yield _wire(value)


def smsc_phone(value: str) -> bool:
    digits = value.strip().removeprefix("+")
    return digits.isascii() and digits.isdigit() and 10 <= len(digits) <= 15


def _as_fields(container: Any) -> dict[str, str]:
    if not isinstance(container, dict):
        return {}
    return {str(key): _wire(value) for key, value in container.items()}


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)
