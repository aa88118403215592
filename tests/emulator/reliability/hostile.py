"""A corpus of hostile requests, built the same way for each provider from its own endpoints.

Each request is ``(label, method, path, options)`` for ``httpx.Client.request``. The corpus covers deep
nesting, lone surrogates and invalid UTF-8, huge integers and floats, 10 MB bodies, empty and wrong
content types, over-long fields, too many form fields, path traversal in ids and abuse of the search
languages; none of it may get past a 4xx in the provider's own shape, or change any state.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Request = tuple[str, str, str, dict[str, Any]]

TEN_MB = 10 * 1024 * 1024
DEEP = 100_000
HUGE_INT = "9" * 5000
LONG = "x" * 200_000
BAD_IDS = (
    "..%2F..%2F_emulator%2Freset",
    "%2e%2e",
    "..%5C..%5Cwindows",
    "%00",
    "a%00b",
    "%ff%fe",
    "9" * 5000,
    "x" * 10_000,
    "%ED%A0%80",
)


@dataclass(frozen=True)
class Target:
    """Where a provider takes a JSON body (its send), with credentials and a valid body to spoil."""

    send_path: str
    headers: dict[str, str]
    body: dict[str, Any]
    text_field: str
    number_field: str
    as_list: bool = False
    """Jo Mobile's send takes a list of messages."""
    id_paths: tuple[str, ...] = ()
    """Paths with ``{id}`` to fill with traversal attempts."""
    extra: list[Request] = field(default_factory=list)


def _raw(body: bytes, content_type: str | None) -> dict[str, Any]:
    headers = {} if content_type is None else {"Content-Type": content_type}
    return {"content": body, "headers": headers}


def json_corpus(target: Target) -> Iterator[Request]:
    """Hostile variants of a JSON send, plus traversal in the provider's id paths."""

    def spoil(**changes: Any) -> Any:
        body = {**target.body, **changes}
        return [body] if target.as_list else body

    def send(label: str, content: bytes | str, content_type: str | None = "application/json") -> Request:
        raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        options = _raw(raw, content_type)
        options["headers"] = {**target.headers, **options["headers"]}
        return (label, "POST", target.send_path, options)

    def send_json(label: str, body: Any) -> Request:
        return send(label, json.dumps(body))

    text, number = target.text_field, target.number_field
    yield send("deep array", "[" * DEEP + "]" * DEEP)
    yield send("deep object", '{"a":' * DEEP + "1" + "}" * DEEP)
    nested = "[" * 5000 + "]" * 5000
    yield send("deep value in a field", json.dumps(spoil(**{text: "PLACEHOLDER"})).replace('"PLACEHOLDER"', nested))
    yield send_json("lone high surrogate in the text", spoil(**{text: "\ud800"}))
    yield send_json("lone low surrogate in the text", spoil(**{text: "a\udfffb"}))
    yield send_json("lone surrogate in the number", spoil(**{number: "\ud83d"}))
    yield send_json("lone surrogate as a key", spoil(**{"\ud800": "x"}))
    encoded = json.dumps(spoil(**{text: "A"})).encode()
    yield send("invalid UTF-8 in the text", encoded.replace(b'"A"', b'"\xff\xfe"'))
    yield send("overlong UTF-8 encoding", encoded.replace(b'"A"', b'"\xc0\x81"'))
    yield send("UTF-16 body", json.dumps(spoil()).encode("utf-16"))
    for name, value in (("huge integer", HUGE_INT), ("huge negative integer", "-" + HUGE_INT)):
        yield send(f"{name} as the text", json.dumps(spoil(**{text: "N"})).replace('"N"', value))
        yield send(f"{name} as the number", json.dumps(spoil(**{number: "N"})).replace('"N"', value))
    for name, value in (("1e999", "1e999"), ("-1e999", "-1e999"), ("NaN", "NaN"), ("Infinity", "Infinity")):
        yield send(f"{name} as the text", json.dumps(spoil(**{text: "N"})).replace('"N"', value))
        yield send(f"{name} as the number", json.dumps(spoil(**{number: "N"})).replace('"N"', value))
    yield send("tiny float", json.dumps(spoil(**{number: "N"})).replace('"N"', "1e-999999"))
    yield send("10 MB body of text", json.dumps(spoil(**{text: "a" * TEN_MB})))
    yield send("10 MB of whitespace", b" " * TEN_MB + json.dumps(spoil()).encode())
    many = [spoil()] * 100_000 if not target.as_list else spoil() * 100_000
    yield send("a 10 MB array", json.dumps(many))
    yield send("no Content-Type", json.dumps(spoil()), None)
    yield send("empty Content-Type", json.dumps(spoil()), "")
    yield send("text/plain", json.dumps(spoil()), "text/plain")
    yield send("form type on JSON", json.dumps(spoil()), "application/x-www-form-urlencoded")
    yield send("multipart without boundary", json.dumps(spoil()), "multipart/form-data")
    yield send("garbage content type", json.dumps(spoil()), "application/;;;=")
    yield send_json("a text of 60,000 characters: 393 parts", spoil(**{text: "a" * 60_000}))
    yield send("empty body", b"")
    yield send("truncated JSON", json.dumps(spoil())[:-3])
    yield send("a bare string", '"hello"')
    yield send("null", "null")
    yield send("trailing garbage", json.dumps(spoil()) + "}}}")
    closing = "}]" if target.as_list else "}"
    yield send("a duplicate key", json.dumps(spoil())[: -len(closing)] + f', "{text}": [1, 2]' + closing)
    yield send_json("over-long text", spoil(**{text: LONG}))
    yield send_json("over-long number", spoil(**{number: "1" * 100_000}))
    yield send_json("over-long key", spoil(**{"k" * 100_000: 1}))
    yield send_json("thousands of unknown fields", spoil(**{f"f{index}": index for index in range(20_000)}))
    yield send_json("the number as an object", spoil(**{number: {"$gt": ""}}))
    yield send_json("the text as a list", spoil(**{text: ["a"] * 1000}))
    yield send_json("the number as a boolean", spoil(**{number: True}))
    yield send_json("a number full of control characters", spoil(**{number: "\r\n\t\x1b[31m"}))
    yield send_json("a number with a traversal", spoil(**{number: "../../etc/passwd"}))
    for template in target.id_paths:
        for bad_id in BAD_IDS:
            path = template.replace("{id}", bad_id)
            yield (f"id {bad_id[:20]} in {template}", "GET", path, {"headers": target.headers})
    yield from target.extra
