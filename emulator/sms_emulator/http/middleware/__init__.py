"""The ASGI middleware around connexion's own, one module each; ``install`` puts them in order.

A request meets them in this order (outermost first), between uvicorn and
connexion's routing:

    connexion ServerErrorMiddleware
    faults          act out a fault armed through /_emulator/faults (before anything else sees the call)
    server_address  note the port the request arrived on (callbacks never call the emulator itself)
    form_body       keep a form body in the scope, so credentials and errors can read its fields
    connexion ExceptionMiddleware: every error from here in goes through ``error_renderer``
    head_guard      a HEAD the spec does not document is a 405, never the GET handler
    request_limits  a body or field over a size limit is refused before routing
    connexion routing, security, validation, then the handler (``resolver``)

To add one: a module here with one ASGI class, and a line in ``install`` at
the position it needs (outside the error handling, or inside it so its
refusals get the provider's error shape).
"""

from __future__ import annotations

from connexion import AsyncApp
from connexion.middleware import MiddlewarePosition

from ...core.faults import Faults
from ...core.outbound import Outbound
from ..served import ApiForPath
from ..size_limits import MAX_BODY_BYTES
from .faults import FaultInjection
from .form_body import FormBodyBuffer
from .head_guard import UndocumentedHeadGuard
from .request_limits import RequestLimits
from .server_address import ServerAddress


def install(app: AsyncApp, *, faults: Faults, api_for_path: ApiForPath, outbound: Outbound) -> None:
    """Add the emulator's middleware to ``app`` (connexion stacks those of one position in the order added)."""
    app.add_middleware(
        FaultInjection, position=MiddlewarePosition.BEFORE_EXCEPTION, faults=faults, api_for_path=api_for_path
    )
    app.add_middleware(UndocumentedHeadGuard, position=MiddlewarePosition.BEFORE_SWAGGER, api_for_path=api_for_path)
    # Inside the error handling, so a request over a size limit is refused in the provider's shape.
    app.add_middleware(RequestLimits, position=MiddlewarePosition.BEFORE_SWAGGER)
    app.add_middleware(ServerAddress, position=MiddlewarePosition.BEFORE_EXCEPTION, outbound=outbound)
    # Outside the error handling, so security handlers and the error renderer can read form fields too.
    app.add_middleware(FormBodyBuffer, position=MiddlewarePosition.BEFORE_EXCEPTION, max_bytes=MAX_BODY_BYTES)
