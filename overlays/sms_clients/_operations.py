"""Which spec operation a request is, and what the spec says about it.

The generated clients forget the spec's per-operation facts; ``make generate``
keeps them in ``generated/sms_operations/<provider>.py`` (operationId, method,
path template, ``x-idempotent``, documented statuses). The client layer looks
a request up here to decide whether it may be retried and whether its status
is one the spec documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

OperationRow = tuple[str, str, str, bool, tuple[str, ...]]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    idempotent: bool
    statuses: tuple[str, ...]

    def documents(self, status: int) -> bool:
        """Whether the spec documents ``status`` for this operation (``2XX`` and ``default`` count)."""
        code = str(status)
        return code in self.statuses or f"{code[0]}XX" in self.statuses or "default" in self.statuses


class OperationTable:
    """Finds the operation of a request by method and path, in spec order."""

    def __init__(self, rows: Iterable[OperationRow], base_path: str = "") -> None:
        self._base_path = base_path.rstrip("/")
        self._routes = [(_pattern(row[2]), Operation(*row)) for row in rows]

    def find(self, method: str, path: str) -> Operation | None:
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :] or "/"
        for pattern, operation in self._routes:
            if operation.method == method.upper() and pattern.match(path):
                return operation
        return None


def _pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")
