"""The pipeline side of the tolerant-reply rule: the spec lint's reply rule, py.typed, templates in the input hash."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from codegen import speclint

ROOT = Path(__file__).resolve().parents[2]


def reply_document(schema: dict[str, Any]) -> dict[str, Any]:
    operation = {
        "operationId": "getThing",
        "tags": ["t"],
        "x-idempotent": True,
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
    }
    return {"openapi": "3.0.3", "paths": {"/thing": {"get": operation}}}


INLINE = "#/paths/~1thing/get/responses/200/content/application~1json/schema"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        (  # each problem names its place as a JSON pointer, so make generate can give its line
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            f"{INLINE}/properties/id: a required reply field needs `x-doc` or `x-decision`",
        ),
        (
            {"type": "object", "properties": {"state": {"type": "string", "enum": ["NEW"]}}},
            f"{INLINE}/properties/state: a reply enum needs `x-doc`",
        ),
        (
            {"type": "array", "items": {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}},
            f"{INLINE}/items/properties/a: a required reply field",
        ),
    ],
)
def test_the_lint_refuses_an_unmarked_guess_in_a_reply(schema: dict[str, Any], expected: str) -> None:
    problems = speclint.lint(reply_document(schema))
    assert any(expected in problem for problem in problems), problems


def test_the_lint_accepts_marked_reply_fields_and_ignores_requests() -> None:
    schema = {
        "type": "object",
        "required": ["id", "state"],
        "properties": {
            "id": {"type": "string", "x-decision": "the object's id"},
            "state": {"type": "string", "enum": ["NEW"], "x-doc": "the document lists NEW"},
        },
    }
    document = reply_document(schema)
    assert speclint.lint(document) == []
    request = {"content": {"application/json": {"schema": {"type": "object", "required": ["x"], "properties": {}}}}}
    document["paths"]["/thing"]["get"]["requestBody"] = request
    assert speclint.lint(document) == []


def test_every_generated_package_and_the_overlays_ship_py_typed() -> None:
    packages = [path for path in (ROOT / "generated").iterdir() if path.is_dir() and path.name.endswith("_client")]
    assert len(packages) == 4
    for package in [*packages, ROOT / "overlays" / "sms_clients"]:
        assert (package / "py.typed").is_file(), package


def test_a_template_change_changes_the_input_hash(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    generate = importlib.import_module("codegen.generate")
    (target,) = [target for target in generate.discover() if target.name == "tyntec"]
    before = target.input_hash()
    copy = tmp_path / "templates"
    copy.mkdir()
    for path in generate.TEMPLATES.rglob("*"):
        if path.is_file():
            (copy / path.relative_to(generate.TEMPLATES)).parent.mkdir(parents=True, exist_ok=True)
            (copy / path.relative_to(generate.TEMPLATES)).write_bytes(path.read_bytes())
    monkeypatch.setattr(generate, "TEMPLATES", copy)
    assert target.input_hash() == before
    (copy / "str_enum.py.jinja").write_text((copy / "str_enum.py.jinja").read_text() + "\n")
    assert target.input_hash() != before
