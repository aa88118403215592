"""House rules for the specs in ``specs/``, beyond what openapi-spec-validator checks.

Each rule guards something the pipeline relies on:

* OpenAPI 3.0.3, because connexion 3.3 rejects 3.1.
* Every operation has a unique camelCase ``operationId`` (the emulator finds its
  handler by it, the generator names the client function after it), at least
  one tag, and a boolean ``x-idempotent`` (the client layer decides retries from it).
* No ``type: object`` without properties unless it says ``x-free-form: true``:
  an untyped object is usually a transcription left unfinished.
* Replies say only what is known (the tolerant-reply rule): in a schema a
  2xx reply reaches, each ``required`` entry and each closed ``enum`` carries
  an ``x-doc`` quote from the provider's document or an ``x-decision``
  saying why the spec insists. The generated clients read unknown enum
  values and missing optional fields as they come, but a missing required
  field raises, so a guess may not be required silently.
* Routing order: connexion registers routes in spec order and Starlette takes
  the first match, so a literal path must come before a templated path that
  would also match it, and ``head`` before ``get`` on the same path (Starlette
  answers HEAD with a GET route).
* Pages and counts: the generated resource methods return a page object for a
  2xx reply marked ``x-page`` and an ``int`` for one marked ``x-count``, so a
  mark must name what exists (see ``_page_and_count_problems``), and every
  operation that takes a ``page`` or ``offset`` or answers a HEAD with a
  number in a header carries one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CAMEL_CASE = re.compile(r"^[a-z][a-zA-Z0-9]*$")
COMPOSITION_KEYS = ("properties", "allOf", "oneOf", "anyOf", "$ref")


def lint(document: dict[str, Any]) -> list[str]:
    """Return one line per broken rule; an empty list means the spec is fine.

    Each line starts with where the problem is (``GET /path``, ``/path`` or a
    ``#/`` JSON pointer) and ``: ``, so ``make generate`` can point at its line
    in the file (see spec_mistakes.lint_mistakes); what to do follows a ``; ``
    or stands in final parentheses.
    """
    problems: list[str] = []
    if document.get("openapi") != "3.0.3":
        problems.append(f"openapi must be 3.0.3 (connexion 3.3 rejects 3.1), found {document.get('openapi')!r}")
    problems += _operation_problems(document)
    problems += _routing_problems(document.get("paths", {}))
    problems += _reply_problems(document)
    problems += _page_and_count_problems(document)
    problems += [
        f"{where}: bare `type: object`; add properties or `x-free-form: true`" for where in _bare_objects(document, "#")
    ]
    return problems


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (method, path, operation) for every operation under ``paths``."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def _operation_problems(document: dict[str, Any]) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    for method, path, operation in operations(document):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not CAMEL_CASE.match(operation_id):
            problems.append(f"{where}: operationId {operation_id!r} is not camelCase")
        elif operation_id in seen:
            problems.append(f"{where}: operationId {operation_id} is also used by {seen[operation_id]}")
        else:
            seen[operation_id] = where
        if not operation.get("tags"):
            problems.append(f"{where}: has no tag")
        if not isinstance(operation.get("x-idempotent"), bool):
            problems.append(f"{where}: needs `x-idempotent: true|false` (retries depend on it)")
    return problems


def _routing_problems(paths: dict[str, Any]) -> list[str]:
    problems = []
    ordered = list(paths)
    for index, path in enumerate(ordered):
        methods = [key for key in paths[path] if key in HTTP_METHODS]
        if "head" in methods and "get" in methods and methods.index("head") > methods.index("get"):
            problems.append(f"{path}: `head` must come before `get` (Starlette answers HEAD with the GET route)")
        for earlier in ordered[:index]:
            if _shadows(earlier, path):
                problems.append(f"{path}: must come before {earlier}, which would otherwise capture it")
    return problems


def _shadows(templated: str, literal: str) -> bool:
    """True when ``templated`` (listed first) would also match the path ``literal``."""
    left, right = templated.split("/"), literal.split("/")
    if len(left) != len(right) or templated == literal:
        return False
    matched_parameter = False
    for mine, theirs in zip(left, right, strict=True):
        if mine.startswith("{") and mine.endswith("}"):
            if not (theirs.startswith("{") and theirs.endswith("}")):
                matched_parameter = True
        elif mine != theirs:
            return False
    return matched_parameter


def _bare_objects(node: Any, where: str) -> Iterator[str]:
    if isinstance(node, dict):
        if (
            node.get("type") == "object"
            and not any(key in node for key in COMPOSITION_KEYS)
            and not isinstance(node.get("additionalProperties"), dict)
            and node.get("x-free-form") is not True
        ):
            yield where
        for key, value in node.items():
            yield from _bare_objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _bare_objects(value, f"{where}/{index}")


MARKS = ("x-doc", "x-decision")


def _reply_problems(document: dict[str, Any]) -> list[str]:
    """Required fields and closed enums of reply schemas that carry neither ``x-doc`` nor ``x-decision``.

    Each problem names its schema by JSON pointer (``#/components/schemas/Status/properties/state``).
    """
    problems: list[str] = []
    seen: set[str] = set()
    for method, path, operation in operations(document):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            where = f"#/paths/{_escape(path)}/{method}/responses/{status}"
            if "$ref" in response:
                where = response["$ref"]
            response = _resolve(document, response)
            for media_type, media in (response.get("content") or {}).items():
                if "schema" in media:
                    schema_where = f"{where}/content/{_escape(media_type)}/schema"
                    _walk_reply(document, media["schema"], schema_where, seen, problems)
    return problems


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _walk_reply(document: dict[str, Any], schema: Any, where: str, seen: set[str], problems: list[str]) -> None:
    if not isinstance(schema, dict):
        return
    if "$ref" in schema:
        name = schema["$ref"]
        if name in seen:
            return
        seen.add(name)
        _walk_reply(document, _resolve(document, schema), name, seen, problems)
        return
    if "enum" in schema and not any(mark in schema for mark in MARKS):
        problems.append(f"{where}: a reply enum needs `x-doc` (the document lists the values) or `x-decision`")
    properties = schema.get("properties", {})
    for name in schema.get("required", []):
        field = properties.get(name, {})
        if not any(mark in field for mark in MARKS):
            problems.append(f"{where}/properties/{_escape(name)}: a required reply field needs `x-doc` or `x-decision`")
    for name, field in properties.items():
        _walk_reply(document, field, f"{where}/properties/{_escape(name)}", seen, problems)
    for key in ("items", "additionalProperties"):
        _walk_reply(document, schema.get(key), f"{where}/{key}", seen, problems)
    for key in ("allOf", "oneOf", "anyOf"):
        for index, option in enumerate(schema.get(key, [])):
            _walk_reply(document, option, f"{where}/{key}/{index}", seen, problems)


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


# --- pages and counts (x-page, x-count) --------------------------------------------------------------------------

PAGE_KEYS = {"page", "first", "size", "items", "total", "total-header"}
PAGE_PARAMETERS = ("page", "offset")
"""An operation that takes one of these (a query parameter or a body field) pages, and must say how."""


def _page_and_count_problems(document: dict[str, Any]) -> list[str]:
    """Marks on 2xx replies that the resource layer reads: ``x-page`` (a page of a list) and ``x-count``.

    ``x-page: {page, first, size, items, total, total-header}``: ``page`` and
    ``size`` name the integer query parameter or top-level JSON body field
    that numbers pages (from ``first``, 0 or 1) and sizes them; ``items`` is a
    JSON pointer to the array in the reply (absent: the reply is the array);
    ``total`` a pointer to the integer total, or ``total-header`` the header
    that carries it. ``x-count: <header>``: the reply has no body and the
    documented integer header is the answer.
    """
    problems: list[str] = []
    for method, path, operation in operations(document):
        where = f"{method.upper()} {path}"
        parameters = {
            parameter["name"]: parameter
            for parameter in (
                _resolve(document, node)
                for node in [*document["paths"][path].get("parameters", []), *operation.get("parameters", [])]
            )
            if parameter.get("in") == "query"
        }
        fields = _body_fields(document, operation)
        marks = []
        for status, response in operation.get("responses", {}).items():
            response = _resolve(document, response)
            for key in ("x-page", "x-count"):
                if key not in response:
                    continue
                if not str(status).startswith("2"):
                    problems.append(f"{where} {status}: `{key}` belongs on a 2xx reply")
                    continue
                marks.append(key)
                if key == "x-page":
                    problems += [f"{where}: x-page {p}" for p in _page_problems(document, response, parameters, fields)]
                else:
                    problems += [f"{where}: x-count {p}" for p in _count_problems(document, response)]
        if len(marks) > 1:
            problems.append(f"{where}: one `x-page` or `x-count` per operation, found {', '.join(marks)}")
        takes = [name for name in PAGE_PARAMETERS if name in parameters or name in fields]
        if takes and "x-page" not in marks:
            problems.append(f"{where}: takes `{takes[0]}`, so a 2xx reply needs `x-page` (how its pages are numbered)")
        if method == "head" and "x-count" not in marks and _answers_a_number_in_a_header(document, operation):
            problems.append(f"{where}: answers a number in a header; mark the 2xx reply `x-count: <header>`")
    return problems


def _page_problems(
    document: dict[str, Any], response: dict[str, Any], parameters: dict[str, Any], fields: dict[str, Any]
) -> list[str]:
    page = response["x-page"]
    if not isinstance(page, dict):
        return ["must be a mapping"]
    problems = [f"has an unknown key `{key}`" for key in sorted(set(page) - PAGE_KEYS)]
    if page.get("first") not in (0, 1):
        problems.append("needs `first: 0` or `first: 1` (the number of the first page)")
    for key in ("page", "size"):
        name = page.get(key)
        if name is None and key == "page":
            problems.append("needs `page` (the parameter or body field that numbers pages)")
        elif name is not None:
            found = parameters.get(name, {}).get("schema") or fields.get(name)
            if found is None:
                problems.append(f"`{key}: {name}` is neither a query parameter nor a body field of the operation")
            elif _resolve(document, found).get("type") != "integer":
                problems.append(f"`{key}: {name}` is not an integer")
    schema = _reply_schema(document, response)
    items = _at_pointer(document, schema, page.get("items", ""))
    if items is None or items.get("type") != "array":
        problems.append(f"`items: {page.get('items', '')!r}` does not lead to an array in the reply")
    if "total" in page and "total-header" in page:
        problems.append("has both `total` and `total-header`; the total comes from one place")
    if "total" in page:
        total = _at_pointer(document, schema, page["total"])
        if total is None or total.get("type") != "integer":
            problems.append(f"`total: {page['total']!r}` does not lead to an integer in the reply")
    if "total-header" in page and page["total-header"] not in (response.get("headers") or {}):
        problems.append(f"`total-header: {page['total-header']}` is not a header the reply documents")
    return problems


def _count_problems(document: dict[str, Any], response: dict[str, Any]) -> list[str]:
    header = response["x-count"]
    problems = []
    if response.get("content"):
        problems.append("marks a reply with a body; a count is the header alone")
    documented = (response.get("headers") or {}).get(header) if isinstance(header, str) else None
    if documented is None:
        problems.append(f"names {header!r}, which is not a header the reply documents")
    elif _resolve(document, _resolve(document, documented).get("schema", {})).get("type") != "integer":
        problems.append(f"names {header}, whose schema is not an integer")
    return problems


def _answers_a_number_in_a_header(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    for status, response in operation.get("responses", {}).items():
        response = _resolve(document, response)
        if str(status).startswith("2") and not response.get("content"):
            for header in (response.get("headers") or {}).values():
                if _resolve(document, _resolve(document, header).get("schema", {})).get("type") == "integer":
                    return True
    return False


def _body_fields(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The top-level properties of the operation's JSON or form body schema, by name."""
    body = _resolve(document, operation.get("requestBody", {}))
    for media in (body.get("content") or {}).values():
        schema = _resolve(document, media.get("schema", {}))
        if "properties" in schema:
            return dict(schema["properties"])
    return {}


def _reply_schema(document: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    for media in (response.get("content") or {}).values():
        if "schema" in media:
            return _resolve(document, media["schema"])
    return {}


def _at_pointer(document: dict[str, Any], schema: dict[str, Any], pointer: Any) -> dict[str, Any] | None:
    """The schema at a JSON pointer (``/data/groups``) into a reply schema, following ``$ref``s; None if none."""
    if not isinstance(pointer, str) or (pointer and not pointer.startswith("/")):
        return None
    for part in [part for part in pointer.split("/") if part]:
        schema = _resolve(document, schema.get("properties", {}).get(part, {}))
        if not schema:
            return None
    return schema
