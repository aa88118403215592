"""The pipeline's contracts: specs lint clean, generated/ is what they produce, layers import one way."""

from __future__ import annotations

import ast
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from codegen import speclint

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_spec_validates_without_warnings_and_passes_the_lint(spec: Path) -> None:
    document = load(spec)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        validate(document)
    assert speclint.lint(document) == []


def test_generated_is_exactly_what_the_specs_produce() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


WITHOUT_OVERLAYS = """
import sys
from tyntec_client import AuthenticatedClient
from tyntec_client.api.sms_messaging import send_sms
from tyntec_client.models import RestMessageResponse, SmsMessage

client = AuthenticatedClient(base_url=sys.argv[1], token="tyntec-demo-key", prefix="", auth_header_name="apikey")
sent = send_sms.sync(client=client, body=SmsMessage(to="+491701234567", from_="ACME", message="plain"))
assert isinstance(sent, RestMessageResponse), sent
assert not any(name.startswith(("sms_clients", "sms_emulator")) for name in sys.modules), "overlays were imported"
"""


def test_a_generated_client_imports_and_works_without_the_overlays(emulator: str) -> None:
    command = [sys.executable, "-c", WITHOUT_OVERLAYS, f"{emulator}/tyntec"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def imports_of(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found


def generated_packages() -> set[str]:
    return {path.name for path in (ROOT / "generated").iterdir() if path.is_dir()}


def test_layers_import_in_one_direction_only() -> None:
    assert not imports_of(ROOT / "generated") & {"sms_clients", "sms_emulator"}
    assert not imports_of(ROOT / "overlays") & {"sms_emulator"}
    assert not imports_of(ROOT / "emulator") & ({"sms_clients"} | generated_packages())


def test_nothing_reads_outside_the_repository() -> None:
    for folder in ("codegen", "overlays", "emulator", "tests", "specs", ".ci"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".yaml", ".toml", ""} and path.name != "test_pipeline.py":
                assert "../shared" not in path.read_text(errors="ignore"), path


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"openapi": "3.1.0"}, "openapi must be 3.0.3"),
        (
            {
                "openapi": "3.0.3",
                "paths": {"/a": {"get": {"operationId": "get_a", "tags": ["t"], "x-idempotent": True}}},
            },
            "is not camelCase",
        ),
        ({"openapi": "3.0.3", "paths": {"/a": {"get": {"operationId": "getA", "tags": ["t"]}}}}, "x-idempotent"),
        ({"openapi": "3.0.3", "paths": {"/a": {"get": {"operationId": "getA", "x-idempotent": True}}}}, "has no tag"),
        (
            {"openapi": "3.0.3", "components": {"schemas": {"Thing": {"type": "object"}}}},
            "#/components/schemas/Thing: bare `type: object`",
        ),
        (
            {
                "openapi": "3.0.3",
                "paths": {
                    "/m": {
                        "get": {"operationId": "listM", "tags": ["t"], "x-idempotent": True},
                        "head": {"operationId": "countM", "tags": ["t"], "x-idempotent": True},
                    }
                },
            },
            "`head` must come before `get`",
        ),
        (
            {
                "openapi": "3.0.3",
                "paths": {
                    "/m/{id}": {"get": {"operationId": "getM", "tags": ["t"], "x-idempotent": True}},
                    "/m/probe": {"get": {"operationId": "probeM", "tags": ["t"], "x-idempotent": True}},
                },
            },
            "/m/probe: must come before /m/{id}",
        ),
    ],
)
def test_the_spec_lint_catches_each_house_rule(document: dict, expected: str) -> None:
    assert any(expected in problem for problem in speclint.lint(document)), speclint.lint(document)


def test_a_free_form_object_is_allowed_when_it_says_so() -> None:
    document = {"openapi": "3.0.3", "components": {"schemas": {"Bag": {"type": "object", "x-free-form": True}}}}
    assert speclint.lint(document) == []
