"""The one exception handlers raise to answer with an error.

A handler says what went wrong (status, a detail naming the offending field,
optionally the provider's own error code); the provider it belongs to decides
how that looks on the wire: a problem document for tyntec, an empty body for
tyntec's BYON operations, and so on. Connexion's own validation and auth
failures take the same path, so every error a provider answers has its shape.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from starlette.exceptions import HTTPException


class ApiError(HTTPException):
    def __init__(
        self,
        status: int,
        detail: str,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=detail, headers=headers)
        self.code = code
        self.details = details
        """Anything else the provider puts in its error body (SMSC: the id of the message a send error is about)."""


@dataclass(frozen=True)
class ErrorContext:
    """Everything a provider needs to render one error response."""

    status: int
    detail: str
    operation_id: str | None
    method: str
    path: str
    code: str | None = None
    headers: dict[str, str] | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    """The request's query parameters and form fields (for APIs that answer in a format a parameter chose)."""
    details: Mapping[str, Any] = field(default_factory=dict)
    """What the handler added for the error body (``ApiError.details``)."""

    @property
    def title(self) -> str:
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return "Error"
