"""What handlers return: a body, a status and an explicit content type.

Connexion needs the content type spelled out whenever an operation documents
more than one (a JSON result and a problem+json error, say).
"""

from __future__ import annotations

from typing import Any

Reply = tuple[Any, int, dict[str, str]]


def json_reply(body: Any, status: int = 200) -> Reply:
    return body, status, {"Content-Type": "application/json"}


def empty(status: int) -> Reply:
    return None, status, {}
