"""A complete reply body for an OpenAPI reply schema, and what each place in it is.

The hypothesis test over every endpoint mutates such a body place by place;
to know what a mutation may do, it needs each place's kind: whether the
schema requires it, lists values for it, or leaves it loose (a free-form
object, a oneOf). Patterns and lengths are ignored: the clients do not check
them, and the body only has to have the shape the client reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Place:
    """One value inside a body: where it is and what the schema says about it."""

    path: Path
    kind: str  # "object", "array", "string", "integer", "number", "boolean" or "any"
    required: bool
    enum: tuple[Any, ...] = ()
    loose: bool = False  # inside a oneOf/anyOf or a free-form value: any outcome but a bare exception is fine
    closed: bool = False  # an object with additionalProperties: false


@dataclass
class Sampler:
    document: dict[str, Any]
    places: list[Place] = field(default_factory=list)

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema:
            target: Any = self.document
            for part in schema["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            schema = target
            seen += 1
            if seen > 50:
                raise ValueError("a $ref cycle")
        if "allOf" in schema:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self.resolve(part)
                merged.setdefault("properties", {}).update(part.get("properties", {}))
                merged["required"] = [*merged.get("required", []), *part.get("required", [])]
                for key in ("type", "enum", "format", "items", "nullable", "additionalProperties", "oneOf", "anyOf"):
                    if key in part:
                        merged.setdefault(key, part[key])
            return merged
        return schema

    def sample(self, schema: dict[str, Any], path: Path = (), *, required: bool = True, loose: bool = False) -> Any:
        schema = self.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.sample(schema[key][0], path, required=required, loose=True)
        kind = schema.get("type") or ("object" if "properties" in schema else "any")
        free = kind == "object" and not schema.get("properties")
        closed = schema.get("additionalProperties") is False
        self.places.append(
            Place(path, kind, required, tuple(schema.get("enum", ())), loose or free or kind == "any", closed)
        )
        if "enum" in schema:
            return schema["enum"][0]
        if kind == "object":
            needed = set(schema.get("required", []))
            return {
                name: self.sample(sub, (*path, name), required=name in needed, loose=loose or free)
                for name, sub in schema.get("properties", {}).items()
            }
        if kind == "array":
            return [self.sample(schema.get("items", {}), (*path, 0), required=True, loose=loose)]
        if kind == "string":
            return {
                "date-time": "2026-01-01T00:00:00+00:00",
                "date": "2026-01-01",
                "uuid": "3f6c0c2e-4a8b-4f6e-9d7a-1c2b3d4e5f60",
            }.get(schema.get("format", ""), "text")
        if kind == "integer":
            return max(int(schema.get("minimum", 1)), 1)
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        return "anything"


def success_schema(document: dict[str, Any], operation: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """The lowest documented 2xx with a JSON body: (status, schema), or None."""
    sampler = Sampler(document)
    for status in sorted(str(code) for code in operation.get("responses", {})):
        if not status.startswith("2"):
            continue
        response = sampler.resolve(operation["responses"][status])
        media = (response.get("content") or {}).get("application/json")
        if media and "schema" in media:
            return int(status), media["schema"]
    return None


def at(body: Any, path: Path) -> Any:
    for key in path:
        body = body[key]
    return body


def where(path: Path) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
