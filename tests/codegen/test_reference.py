"""docs/reference/: every operation of every spec is listed, and what a page says holds in the code.

The pages are written by codegen/reference.py from the specs and
openapi-python-client's parser; these tests check them against things the
generator did not write: the generated packages (every listed import, call,
argument and returned model) and the client layer (every exception named, and
the declared status and SMSC code mapping against ``sms_clients`` itself).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from codegen import reference, speclint
from sms_clients import errors
from sms_clients.jomobile import _errors as jomobile_errors
from sms_clients.smsc import ERRORS as SMSC_ERRORS

ROOT = Path(__file__).resolve().parents[2]

SPECS = sorted((ROOT / "specs").glob("*.yaml"))
SPEC_NAMES = [spec.stem for spec in SPECS]


@functools.cache
def spec(name: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text())


def page_text(name: str) -> str:
    return (ROOT / reference.FOLDER / f"{name}.md").read_text()


@dataclass
class Entry:
    """One operation as its page lists it: ``- Label: value`` lines under its heading."""

    operation_id: str
    fields: dict[str, str] = field(default_factory=dict)


def entries(name: str) -> list[Entry]:
    found: list[Entry] = []
    for line in page_text(name).splitlines():
        listed = re.match(r"^- operationId: `(\w+)`", line)
        if listed:
            found.append(Entry(listed[1]))
        elif found and (item := re.match(r"^- (\w[\w ]*): (.*)$", line)):
            found[-1].fields[item[1]] = item[2]
    return found


def spec_operation_ids(document: dict[str, Any]) -> list[str]:
    """Every operation's operationId: under paths, under x-webhooks, and of the callbacks they declare."""
    found: list[str] = []

    def path_items(items: dict[str, Any]) -> None:
        for item in items.values():
            for method in speclint.HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    if "operationId" in operation:
                        found.append(operation["operationId"])
                    for callback in operation.get("callbacks", {}).values():
                        path_items(callback)

    path_items(document.get("paths", {}))
    path_items(document.get("x-webhooks", {}))
    return found


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_operation_of_the_spec_is_listed_once(name: str) -> None:
    document = spec(name)
    listed = [entry.operation_id for entry in entries(name)]
    assert sorted(listed) == sorted(spec_operation_ids(document))
    assert len(listed) == len(list(speclint.operations(document))) + len(document.get("x-webhooks", {}))


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_the_page_on_disk_is_what_the_spec_produces(name: str) -> None:
    path = ROOT / "specs" / f"{name}.yaml"
    fresh = reference.page(name, spec(name), path, ROOT / "codegen" / "settings" / f"{name}.yaml")
    assert page_text(name) == fresh, f"docs/reference/{name}.md is stale; run `make generate`"


def code(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def imported_module(line: str) -> ModuleType:
    match = re.fullmatch(r"from ([\w.]+) import (\w+)", line)
    assert match, line
    return importlib.import_module(f"{match[1]}.{match[2]}")


def call_arguments(call: str) -> tuple[str, list[str]]:
    match = re.fullmatch(r"(\w+)\.sync\((.*)\)", call)
    assert match, call
    return match[1], [argument.split("=", 1)[0] for argument in re.split(r", (?=\w+=)", match[2])]


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_listed_call_imports_and_takes_the_listed_arguments(name: str) -> None:
    calls = [entry for entry in entries(name) if "Import" in entry.fields]
    assert len(calls) == len(list(speclint.operations(spec(name))))
    for entry in calls:
        (import_line,) = code(entry.fields["Import"])
        module = imported_module(import_line)
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function)), (import_line, function)
        (call,) = code(entry.fields["Module call"])
        function_name, arguments = call_arguments(call)
        assert module.__name__.endswith(f".{function_name}")
        signature = inspect.signature(module.sync)
        required = {p.name for p in signature.parameters.values() if p.default is inspect.Parameter.empty}
        optional = {p.name for p in signature.parameters.values() if p.default is not inspect.Parameter.empty}
        assert set(arguments) == required, (entry.operation_id, call, signature)
        assert set(code(entry.fields.get("Optional arguments", ""))) == optional, (entry.operation_id, signature)
        package = module.__name__.split(".", 1)[0]
        models = importlib.import_module(f"{package}.models")
        if "Models" in entry.fields:
            (models_line,) = code(entry.fields["Models"])
            for model in models_line.split(" import ", 1)[1].split(", "):
                assert isinstance(getattr(models, model), type), (entry.operation_id, model)
        body = re.search(r"body=(\w+)\(\.\.\.\)", call)
        if body:
            assert body[1] in entry.fields["Models"]
        returned = str(signature.return_annotation)
        for kind in code(entry.fields["Returns"]):
            for model in re.findall(r"\b[A-Z]\w+", kind):
                if model != "None":
                    assert model in returned, (entry.operation_id, model, returned)
                    assert isinstance(getattr(models, model), type)


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_listed_resource_call_is_a_method_taking_the_listed_arguments(name: str) -> None:
    package = importlib.import_module(f"{reference.PROVIDERS[name].overlay}_client")
    client = package.Client(base_url="http://127.0.0.1:9")
    calls = [entry for entry in entries(name) if "Import" in entry.fields]
    for entry in calls:
        (call,) = code(entry.fields["Call"])
        match = re.fullmatch(r"client\.(\w+)\.(\w+)\((.*)\)", call)
        assert match, call
        method = getattr(getattr(client, match[1]), match[2])
        (import_line,) = code(entry.fields["Import"])
        assert import_line.endswith(f".{match[1]} import {match[2]}"), (call, import_line)
        parameters = inspect.signature(method).parameters
        arguments = [argument for argument in match[3].split(", ") if argument]
        positional = [argument for argument in arguments if "=" not in argument]
        keywords = [argument.split("=", 1)[0] for argument in arguments if "=" in argument]
        listed_path = [p.name for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert positional == listed_path, call
        assert set(keywords) <= set(parameters), (call, list(parameters))
        required = {p.name for p in parameters.values() if p.default is inspect.Parameter.empty}
        assert required <= set(positional) | set(keywords), call
        marks = "Pages" in entry.fields, "Count" in entry.fields
        returned = str(inspect.signature(method).return_annotation)
        assert marks == (returned.startswith("SyncPage["), returned == "int"), (call, returned)


def test_the_status_mapping_is_the_client_layers() -> None:
    for status in range(300, 600):
        assert reference.shared_error(status) == errors.error_class_for(status).__name__, status


def shared_base(cls: type) -> str:
    (base,) = [base.__name__ for base in cls.__mro__[1:] if base.__module__ == errors.__name__][:1]
    return base


def test_the_smsc_codes_are_the_client_layers() -> None:
    declared = {
        script: {code: (error.exception, error.shared, error.meaning) for code, error in codes.items()}
        for script, codes in reference.SMSC_ERRORS.items()
    }
    actual = {
        script: {code: (cls.__name__, shared_base(cls), meaning) for code, (cls, meaning) in codes.items()}
        for script, codes in SMSC_ERRORS.items()
    }
    assert declared == actual


def test_the_jomobile_classes_are_the_client_layers() -> None:
    for status, name in reference.PROVIDERS["jomobile"].status_errors.items():
        reply = httpx.Response(status, json={"status": False, "error_code": status, "errors": {}})
        cls = jomobile_errors.error_class(reply)
        assert cls is not None
        assert f"jomobile.{cls.__name__}" == name
        assert issubclass(cls, getattr(errors, reference.shared_error(status)))


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_exception_and_parser_a_page_names_exists(name: str) -> None:
    text = page_text(name)
    overlay = importlib.import_module(f"sms_clients.{reference.PROVIDERS[name].overlay}")
    named = set(re.findall(rf"`[^`\n]*?(?<![/\w]){reference.PROVIDERS[name].overlay}\.(\w+)", text))
    assert named, "the page names none of the provider's classes or parsers"
    for attribute in named:
        assert hasattr(overlay, attribute), attribute
    error_lines = [line for line in text.splitlines() if line.startswith(("- Errors:", "  - code "))]
    shared = {name for line in error_lines for name in re.findall(r"(?:→|also) `(\w+)`", line)}
    assert shared
    for attribute in shared:
        assert issubclass(getattr(errors, attribute), errors.ApiError), attribute


def decisions(document: dict[str, Any]) -> list[str]:
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-decision":
                    found.append(value)
                elif key == "x-decisions":
                    found.extend(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(document)
    return found


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_decision_of_the_spec_is_on_its_page(name: str) -> None:
    text = " ".join(page_text(name).split())
    notes = decisions(spec(name))
    assert notes
    for note in notes:
        assert " ".join(note.split()) in text, note[:80]


def test_the_bytehand_count_and_page_helpers_work_as_listed(emulator: str) -> None:
    """Each listed helper, called as the page shows on every operation that needs no argument, works on the emulator."""
    from sms_clients import bytehand

    client = bytehand.connect(f"{emulator}/bytehand/v2", api_key="bytehand-demo-key")
    checked = {"count": 0, "iterate": 0}
    for entry in entries("bytehand"):
        helper = re.match(
            r"`bytehand\.(count|iterate)\((\w+)\.sync_detailed, client=client, \.\.\.\)`",
            entry.fields.get("Helper", ""),
        )
        (call,) = code(entry.fields["Module call"])
        if helper is None or call_arguments(call)[1] != ["client"]:
            continue
        (import_line,) = code(entry.fields["Import"])
        operation = imported_module(import_line).sync_detailed
        assert helper[2] == operation.__module__.rsplit(".", 1)[-1]
        if helper[1] == "count":
            assert isinstance(bytehand.count(operation, client=client), int), entry.operation_id
        else:
            for _ in zip(range(3), bytehand.iterate(operation, client=client), strict=False):
                pass
        checked[helper[1]] += 1
    assert checked["count"] >= 5
    assert checked["iterate"] >= 5
