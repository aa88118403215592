"""A server that behaves as an edited spec says, for running a user's script against the regenerated client.

connexion (which we did not write) routes and validates every request
against the spec as a real spec-driven server would, refusing what the spec
refuses with a 400; every operation answers its lowest documented 2xx with a
body built from the reply schema (every property present, each value the
schema's example or a value of its type), and connexion checks that reply
against the spec too. Security is left out: the judge is about the shape of
calls and replies, not credentials.
"""

from __future__ import annotations

import copy
import datetime
import re
import warnings
from typing import Any

from connexion import AsyncApp
from connexion.resolver import Resolver

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CANDIDATES = ("1", "x", "ACME", "+491701234567", "a@example.com", "https://example.com/x", "2024-01-01")


def create_app(document: dict[str, Any]) -> AsyncApp:
    """An ASGI app serving ``document`` at the root path, answering every operation with an example reply."""
    document = copy.deepcopy(document)
    document.pop("security", None)
    document.get("components", {}).pop("securitySchemes", None)
    replies: dict[str, tuple[int, str | None, Any]] = {}
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                operation.pop("security", None)
                replies[operation["operationId"]] = _reply(document, operation)
    app = AsyncApp(__name__)
    app.add_api(document, base_path="", resolver=_ExampleResolver(replies), validate_responses=True)
    return app


class _ExampleResolver(Resolver):  # type: ignore[misc]  # connexion ships no type hints
    def __init__(self, replies: dict[str, tuple[int, str | None, Any]]) -> None:
        super().__init__()
        self._replies = replies

    def resolve_function_from_operation_id(self, operation_id: str) -> Any:
        status, media_type, body = self._replies[operation_id]

        def answer(**_: Any) -> Any:
            if media_type is None:
                return "", status
            return body, status, {"Content-Type": media_type}

        return answer


def _reply(document: dict[str, Any], operation: dict[str, Any]) -> tuple[int, str | None, Any]:
    successes = sorted(
        (str(status), response)
        for status, response in operation.get("responses", {}).items()
        if str(status).startswith("2")
    )
    for status, response in successes:
        response = _resolve(document, response)
        content = response.get("content") or {}
        if not content:
            continue
        media_type = "application/json" if "application/json" in content else next(iter(content))
        schema = content[media_type].get("schema", {"type": "string"})
        status_code = 200 if status == "2XX" else int(status)
        return status_code, media_type, example(document, schema)
    status = successes[0][0] if successes else "200"
    return (200 if status == "2XX" else int(status)), None, None


def example(document: dict[str, Any], schema: Any) -> Any:
    """A value ``schema`` accepts: every property of an object, the schema's example where it has one."""
    schema = _resolve(document, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        for part in schema["allOf"]:
            for key, value in _resolve(document, part).items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                else:
                    merged.setdefault(key, value)
        return example(document, merged)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example(document, schema[key][0])
    kind = schema.get("type") or ("object" if "properties" in schema else "string")
    if kind == "object":
        return {name: example(document, field) for name, field in schema.get("properties", {}).items()}
    if kind == "array":
        return [example(document, schema.get("items", {}))]
    if "enum" in schema:
        return schema["enum"][0]
    if "example" in schema:
        return schema["example"]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        low = schema.get("minimum", 1)
        return low if kind == "integer" else float(low)
    return _string(schema)


def _string(schema: dict[str, Any]) -> str:
    kind = schema.get("format")
    if kind == "date-time":
        return datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.UTC).isoformat()
    if kind == "date":
        return "2024-01-01"
    pattern = schema.get("pattern")
    if not pattern:
        return "x" * max(1, schema.get("minLength", 1))
    for candidate in CANDIDATES:
        if re.search(pattern, candidate):
            return candidate
    from hypothesis import strategies

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(strategies.from_regex(pattern, fullmatch=True).example())


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node
