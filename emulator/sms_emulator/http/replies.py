"""What handlers return: a body, a status and an explicit content type.

Connexion needs the content type spelled out whenever an operation documents
more than one (a JSON result and a problem+json error, say).
"""

from __future__ import annotations

import json
from typing import Any

from connexion.lifecycle import ConnexionResponse

Reply = tuple[Any, int, dict[str, str]]


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """``body`` as JSON, with any extra response ``headers`` (a count, a location)."""
    return body, status, {"Content-Type": "application/json", **(headers or {})}


def empty(status: int, headers: dict[str, str] | None = None) -> Reply:
    """No body, with any response ``headers`` (a count for HEAD, a ``Location`` for a redirect)."""
    return None, status, dict(headers or {})


def json_error(
    status: int, body: Any, headers: dict[str, str] | None = None, media_type: str = "application/json"
) -> ConnexionResponse:
    """An error response with a JSON body, as the providers' ``render_error`` return it."""
    return ConnexionResponse(
        status_code=status,
        body=json.dumps(body).encode(),
        content_type=media_type,
        mimetype=media_type,
        headers=headers or {},
    )
