"""Hand-written overlays on the generated SMS provider clients.

One module per provider (``sms_clients.tyntec``, ...) connects a generated
client with its credentials and error handling; ``sms_clients.errors`` is the
exception hierarchy they all raise.
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _installed_version

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

try:
    __version__: str = _installed_version("sms-clients")
    """The installed version of the ``sms-clients`` distribution (clients, overlays and emulator)."""
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

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
