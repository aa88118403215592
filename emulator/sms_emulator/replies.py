"""What handlers return: a body, a status and an explicit content type.

Connexion needs the content type spelled out whenever an operation documents
more than one (a JSON result and a problem+json error, say).
"""

from __future__ import annotations

from typing import Any

Reply = tuple[Any, int, dict[str, str]]


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """``body`` as JSON, with any extra response ``headers`` (a count, a location)."""
    return body, status, {"Content-Type": "application/json", **(headers or {})}


def empty(status: int, headers: dict[str, str] | None = None) -> Reply:
    """No body, with any response ``headers`` (a count for HEAD, a ``Location`` for a redirect)."""
    return None, status, dict(headers or {})
