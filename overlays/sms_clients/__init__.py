"""Hand-written overlays on the generated SMS provider clients.

One module per provider (``sms_clients.tyntec``, ...) connects a generated
client with its credentials and error handling; ``sms_clients.errors`` is the
exception hierarchy they all raise.
"""

from . import _redact
from .errors import (
    ApiError,
    AuthenticationFailed,
    Conflict,
    ConnectionFailed,
    InvalidRequest,
    MissingCredential,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    SmsError,
    TimedOut,
    UnexpectedResponse,
    WebhookParseError,
)
from .options import request_options

_redact.install()

__all__ = [
    "ApiError",
    "AuthenticationFailed",
    "Conflict",
    "ConnectionFailed",
    "InvalidRequest",
    "MissingCredential",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "ServerError",
    "SmsError",
    "TimedOut",
    "UnexpectedResponse",
    "WebhookParseError",
    "request_options",
]
