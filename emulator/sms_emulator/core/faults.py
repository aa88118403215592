"""Fault injection: make the next calls of an operation fail the way real networks do.

Clients need proof that their retries, timeouts and error handling work
against a real server, so the emulator can be told (``POST /_emulator/faults``)
to answer the next N calls of one operation (or of every operation of a
provider) in one of these ways:

``status``      answer ``status`` (503 by default) in the provider's own error
                shape, optionally with ``Retry-After``, without processing the call
``slow``        wait ``delaySeconds`` before processing the call normally
``drop``        drop the connection without processing the call
``drop-after``  process the call (a send really sends), then drop the
                connection before the reply: the case where only an
                idempotency-aware client avoids a duplicate
``reshape``     process the call, then answer a 2xx reply the way a real
                provider might where the spec only guesses: another 2xx
                status (``reshape.status``), fields set to other values, such
                as an enum value the spec does not list or an extra field
                (``reshape.set``, JSON pointer to value), fields left out
                (``reshape.remove``, JSON pointers); a ``*`` segment stands
                for every item of an array. Error replies pass unchanged.

This module keeps the armed faults and says what a reshape does to a reply;
the ``faults`` middleware (``http/middleware/faults.py``) acts them out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from .store import Document, Store

FaultKind = Literal["status", "slow", "drop", "drop-after", "reshape"]
_OWNER, _KIND = "_emulator", "fault"


class Faults:
    """The armed faults, kept in the store so that every worker sees the same counts."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def arm(self, fault: Document) -> Document:
        fault = {"count": 1, **fault, "id": str(self._store.next_number("fault"))}
        return self._store.put(_OWNER, _KIND, fault["id"], fault)

    def armed(self) -> list[Document]:
        return self._store.list(_OWNER, _KIND)

    def clear(self) -> None:
        for fault in self.armed():
            self._store.delete(_OWNER, _KIND, fault["id"])

    def take(self, provider: str, operation_id: Callable[[], str | None]) -> Document | None:
        """The first fault armed for this call, with one use consumed; None if there is none.

        ``operation_id`` finds the call's operation, only when some fault is armed (it scans the spec's paths).
        """
        armed = self.armed()
        if not armed:
            return None
        operation = operation_id()
        for fault in armed:
            if fault["provider"] != provider or fault.get("operationId") not in (None, operation):
                continue
            if fault["count"] <= 1:
                self._store.delete(_OWNER, _KIND, fault["id"])
            else:
                self._store.update(_OWNER, _KIND, fault["id"], lambda doc: doc.update(count=doc["count"] - 1))
            return fault
        return None


def reshape_body(body: bytes, reshape: dict[str, Any]) -> bytes:
    if not body or not (reshape.get("set") or reshape.get("remove")):
        return body
    try:
        document = json.loads(body)
    except ValueError:
        return body  # a text reply (SMSC's fmt 0 to 2): only its status can change
    for pointer in reshape.get("remove", []):
        for parent, key in _targets(document, pointer):
            if isinstance(parent, dict):
                parent.pop(key, None)
            else:
                del parent[key]
    for pointer, value in reshape.get("set", {}).items():
        for parent, key in _targets(document, pointer):
            parent[key] = value
    return json.dumps(document).encode()


def _targets(document: Any, pointer: str) -> list[tuple[Any, Any]]:
    """(parent, key) pairs a JSON pointer names in ``document``; ``*`` matches every item of an array.

    A key in a dict may be missing (setting adds it); an index in a list always exists.
    """
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    if not parts:
        return []
    nodes = [document]
    for part in parts[:-1]:
        nodes = [child for node in nodes for child in _children(node, part)]
    last = parts[-1]
    found: list[tuple[Any, Any]] = []
    for node in nodes:
        if isinstance(node, dict):
            found.append((node, last))
        elif isinstance(node, list):
            keys = range(len(node)) if last == "*" else [int(last)] if last.isdigit() and int(last) < len(node) else []
            found.extend((node, key) for key in sorted(keys, reverse=True))  # from the end, so deleting keeps indexes
    return found


def _children(node: Any, part: str) -> list[Any]:
    if isinstance(node, dict):
        return [node[part]] if part in node else []
    if isinstance(node, list):
        if part == "*":
            return list(node)
        if part.isdigit() and int(part) < len(node):
            return [node[int(part)]]
    return []


def validate(fault: dict[str, Any], known: dict[str, list[str]]) -> str | None:
    """Why ``fault`` cannot be armed (naming the field), or None when it can."""
    provider = fault.get("provider")
    if provider not in known:
        return f"provider: unknown provider {provider!r}; one of {sorted(known)}"
    operation_id = fault.get("operationId")
    if operation_id is not None and operation_id not in known[provider]:
        return f"operationId: {provider} has no operation {operation_id!r}"
    if fault.get("kind") == "reshape":
        return _reshape_problem(fault.get("reshape"))
    return None


def _reshape_problem(reshape: Any) -> str | None:
    if not isinstance(reshape, dict) or not any(key in reshape for key in ("status", "set", "remove")):
        return "reshape: kind=reshape needs a reshape object with status, set or remove"
    pointers = [*reshape.get("set", {}), *reshape.get("remove", [])]
    bad = [pointer for pointer in pointers if not (isinstance(pointer, str) and pointer.startswith("/"))]
    return f"reshape: {bad[0]!r} is not a JSON pointer (it starts with /)" if bad else None
