"""Finding and reading the OpenAPI specs the emulator is built from.

The specs in the repository's ``specs/`` folder are the single source of truth;
a wheel carries a copy inside the package. ``SMS_EMULATOR_SPECS`` points
elsewhere when needed.
"""

from __future__ import annotations

import copy
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_PACKAGE = Path(__file__).resolve().parent.parent
"""The ``sms_emulator`` package (a wheel carries the specs inside it)."""


def spec_dir() -> Path:
    candidates = [Path(os.environ["SMS_EMULATOR_SPECS"])] if "SMS_EMULATOR_SPECS" in os.environ else []
    candidates += [_PACKAGE / "specs", _PACKAGE.parent.parent / "specs"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no specs folder found; looked in {', '.join(map(str, candidates))}")


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    # libyaml's parser when PyYAML has it: the pure-Python one takes seconds for BYTEHAND's spec.
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    if not isinstance(document, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


def load_spec(filename: str) -> dict[str, Any]:
    """A fresh copy of a spec (connexion changes what it is given)."""
    return copy.deepcopy(_load(spec_dir() / filename))


def load_own_spec(path: Path) -> dict[str, Any]:
    """A fresh copy of one of the emulator's own specs, kept beside the module that serves it.

    ``control/api.yaml`` (``/_emulator``), a provider's ``control.yaml`` (``/_emulator/<provider>``)
    and ``inbox/page.yaml`` (``/``).
    """
    return copy.deepcopy(_load(path.resolve()))


@dataclass(frozen=True)
class DocumentedResponse:
    """What a spec says one operation answers with one status."""

    media_type: str | None
    schema_name: str | None


class SpecIndex:
    """Look-ups into one spec: the responses each operation documents."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._responses: dict[str, dict[str, Any]] = {}
        self._operations: list[tuple[re.Pattern[str], dict[str, str]]] = []
        for path, item in document.get("paths", {}).items():
            operations = {}
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self._responses[operation["operationId"]] = operation.get("responses", {})
                    operations[method.upper()] = operation["operationId"]
            pattern = re.compile("^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(path)) + "$")
            self._operations.append((pattern, operations))

    @property
    def operation_ids(self) -> list[str]:
        return list(self._responses)

    def methods(self, path: str) -> list[str]:
        """The methods the spec documents for a concrete path (relative to the provider's prefix)."""
        for pattern, operations in self._operations:
            if pattern.match(path):
                return list(operations)
        return []

    def operation_id(self, method: str, path: str) -> str | None:
        """The operation a request would be routed to (first matching path, as Starlette does), if any.

        HEAD falls back to the path's GET operation, because Starlette answers HEAD with a GET route.
        """
        for pattern, operations in self._operations:
            if pattern.match(path):
                found = operations.get(method.upper())
                if found is None and method.upper() == "HEAD":
                    found = operations.get("GET")
                if found is not None:
                    return found
        return None

    def response(self, operation_id: str | None, status: int) -> DocumentedResponse | None:
        """The documented response, or None when the operation does not document ``status``."""
        if operation_id is None or operation_id not in self._responses:
            return None
        responses = self._responses[operation_id]
        found = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        if found is None:
            return None
        found = self._resolve(found)
        content = found.get("content") or {}
        if not content:
            return DocumentedResponse(None, None)
        media_type, media = next(iter(content.items()))
        ref = (media.get("schema") or {}).get("$ref", "")
        return DocumentedResponse(media_type, ref.rsplit("/", 1)[-1] or None)

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self._document
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node
