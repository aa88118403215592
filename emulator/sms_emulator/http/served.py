"""What the HTTP layer needs of an API the app serves under a prefix: its spec and its error shape.

The error renderer, the HEAD guard and the fault middleware find the API a
request is for by its path (``ApiForPath``) and ask it only this; every
provider is one (``providers/base.py``), and the HTTP layer never imports a
provider.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from connexion.lifecycle import ConnexionResponse

from .errors import ErrorContext
from .specs import SpecIndex


class ServedApi(Protocol):
    @property
    def name(self) -> str:
        """The name the control API knows it by (``tyntec``)."""

    @property
    def prefix(self) -> str:
        """Where it is served (``/tyntec``); a request's path relative to it is the spec's path."""

    @property
    def spec(self) -> SpecIndex: ...

    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        """The API's own error response for ``error``."""

    def render_fault(self, error: ErrorContext) -> ConnexionResponse:
        """The reply to an injected ``status`` fault."""


ApiForPath = Callable[[str], ServedApi | None]
"""The served API a request path belongs to, or None (the control API, the inbox, an unknown path)."""
