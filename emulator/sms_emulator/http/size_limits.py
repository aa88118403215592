"""The emulator's size limits, the same for every provider, and the checks that apply them.

A request over a limit is refused before any handler runs (so it changes
nothing: the ``request_limits`` middleware and the JSON body validator call
these checks), through the provider's own error shape: 413 for a body that is too
large, 400 for the rest (SMSC: HTTP 200 with its error code 1, as its scripts
answer every malformed request). The "Guarantees" section of docs/emulator.md lists them.

* a body (JSON or form) of at most ``MAX_BODY_BYTES``;
* at most ``MAX_FIELDS`` query parameters plus form fields, each value at most
  ``MAX_FIELD_CHARS`` characters; a body comes with a ``Content-Type`` (415);
* JSON nested at most ``MAX_JSON_DEPTH`` deep, objects of at most
  ``MAX_FIELDS`` keys, strings and keys of at most ``MAX_FIELD_CHARS``
  characters, integers of at most ``MAX_INT_DIGITS`` digits, finite numbers
  only, and no lone surrogate (``"\\ud800"``: not a character, and not
  storable) in any string or key;
* at most ``MAX_PARTS`` parts in one message (a concatenated SMS has at most
  255; tyntec's 10 MB message is refused, not split into 65,790 parts).
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import parse_qsl

from connexion.exceptions import BadRequestProblem

MAX_BODY_BYTES = 1024 * 1024
MAX_FIELDS = 256
MAX_FIELD_CHARS = 64 * 1024
MAX_JSON_DEPTH = 64
MAX_INT_DIGITS = 100
MAX_PARTS = 255


def parse_json(text: str) -> Any:
    """``text`` as JSON within the limits; BadRequestProblem naming what is wrong otherwise."""
    try:
        value = json.loads(text, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise BadRequestProblem(detail=f"the body is nested more than {MAX_JSON_DEPTH} levels deep") from None
    except ValueError as exc:  # JSONDecodeError, or a number refused by the hooks below
        raise BadRequestProblem(detail=str(exc)) from None
    _check_tree(value)
    return value


def _check_tree(value: Any) -> None:
    """Depth, object sizes, string lengths and surrogates, walked without recursion; errors name the path."""
    pending: list[tuple[Any, tuple[str, ...]]] = [(value, ())]
    while pending:
        item, path = pending.pop()
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, dict | list):
            if len(path) >= MAX_JSON_DEPTH:
                raise BadRequestProblem(detail=f"the body is nested more than {MAX_JSON_DEPTH} levels deep")
            if isinstance(item, list):
                pending.extend((child, (*path, str(index))) for index, child in enumerate(item))
                continue
            if len(item) > MAX_FIELDS:
                raise _problem(f"an object has {len(item)} keys, more than the {MAX_FIELDS} allowed", path)
            for key, child in item.items():
                _check_text(key, path)
                pending.append((child, (*path, key)))


def _check_text(text: str, path: tuple[str, ...]) -> None:
    if len(text) > MAX_FIELD_CHARS:
        raise _problem(f"a string is {len(text)} characters long, more than the {MAX_FIELD_CHARS} allowed", path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = f"\\u{ord(text[exc.start]):04x}"
        raise _problem(f"a string holds a lone surrogate ({bad}), which is not a character", path) from None


def _problem(detail: str, path: tuple[str, ...]) -> BadRequestProblem:
    """Like connexion's validation errors: `` - 'a.0.b'`` names where in the body, so providers name the field."""
    where = ".".join(part[:40].encode("utf-8", "replace").decode() for part in path)
    return BadRequestProblem(detail=f"{detail} - '{where}'" if where else detail)


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise ValueError(f"a number has {digits} digits, more than the {MAX_INT_DIGITS} allowed")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_INT_DIGITS * 2:
        raise ValueError(f"a number is {len(text)} characters long, more than the {MAX_INT_DIGITS * 2} allowed")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is out of range")
    return value


def _constant(text: str) -> float:
    raise ValueError(f"{text} is not a JSON number")


def check_fields(query: bytes, form: object) -> None:
    sources = [query] + ([form] if isinstance(form, bytes) else [])
    count = sum(raw.count(b"&") + 1 for raw in sources if raw)
    if count > MAX_FIELDS:
        raise BadRequestProblem(detail=f"the request has {count} parameters, more than the {MAX_FIELDS} allowed")
    for raw in sources:
        for name, value in parse_qsl(raw.decode("latin-1"), keep_blank_values=True):
            if len(value) > MAX_FIELD_CHARS:
                raise BadRequestProblem(
                    detail=f"parameter '{name[:40]}' is {len(value)} characters long, "
                    f"more than the {MAX_FIELD_CHARS} allowed"
                )
