"""Every error, whether a handler raised it or connexion did, answered in the shape of the API it is for.

The app registers ``ErrorRenderer`` for every exception. It works out what
went wrong (status, a first line of detail, the operation, the request's
fields) as an ``ErrorContext`` and hands it to the served API the path
belongs to (``served.py``); a path outside every provider (the control API,
the inbox) gets a plain problem document.
"""

from __future__ import annotations

import json
import logging

from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

from .errors import ErrorContext
from .request_fields import request_fields
from .served import ApiForPath

logger = logging.getLogger(__name__)


class ErrorRenderer:
    """Turns any exception into the error response of the provider the request was for."""

    def __init__(self, api_for_path: ApiForPath) -> None:
        self._api_for_path = api_for_path

    def __call__(self, request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
        if isinstance(exc, HTTPException):
            status, detail = exc.status_code, str(exc.detail)
            headers = dict(exc.headers or {})
        else:
            logger.error("unhandled error for %s %s", request.method, request.url.path, exc_info=exc)
            status, detail, headers = 500, "The emulator failed on this request; see its log.", {}
        provider = self._api_for_path(request.url.path)
        if status == 405 and provider is not None:
            # Starlette's Allow lists only the first matching route's methods; the spec knows them all
            # (and HEAD only where the spec documents it: see middleware/head_guard.py).
            allowed = provider.spec.methods(request.url.path[len(provider.prefix) :])
            headers = {key: value for key, value in headers.items() if key.lower() != "allow"}
            headers["Allow"] = ", ".join(allowed)
        routing = request.scope.get("extensions", {}).get("connexion_routing", {})
        operation_id = routing.get("operation_id")
        if operation_id is None and provider is not None:
            # Connexion routes on a copy of the scope, so errors raised past routing arrive without it.
            operation_id = provider.spec.operation_id(request.method, request.url.path[len(provider.prefix) :])
        context = ErrorContext(
            status=status,
            detail=_first_line(detail),
            operation_id=operation_id,
            method=request.method,
            path=request.url.path,
            code=getattr(exc, "code", None),
            headers=headers,
            fields=request_fields(request.scope),
            details=getattr(exc, "details", None) or {},
        )
        if provider is None:
            return ConnexionResponse(
                status_code=status,
                body=json.dumps({"status": status, "title": context.title, "detail": context.detail}).encode(),
                content_type="application/json",
                mimetype="application/json",
                headers=headers,
            )
        return provider.render_error(context)


def _first_line(detail: str) -> str:
    return detail.strip().splitlines()[0] if detail.strip() else detail
