"""What every emulated provider supplies to the app.

A provider is one spec served under one prefix. Connexion routes and
validates from the spec; the provider adds the behaviour: an object whose
snake_case methods are named after the spec's operationIds, how credentials
are checked, how errors look on the wire, the demo credentials and reference
data it starts with, the work it does as time passes (delivery reports), its
messages as the inbox shows them, and any routes of its own under
``/_emulator/<name>`` (``control``). It is given the ``Runtime`` and nothing
else of the emulator.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from connexion.lifecycle import ConnexionResponse

from ..core.inbox_table import InboxTable
from ..core.message_view import MessageView
from ..core.money import Books
from ..core.runtime import Runtime
from ..core.sql_index import Searchable
from ..core.store import Store
from ..http.errors import ErrorContext
from ..http.security import TokenInfo, api_key_handler
from ..http.specs import SpecIndex, load_spec

__all__ = ["ControlRoutes", "Provider", "TokenInfo"]


@dataclass(frozen=True)
class ControlRoutes:
    """A provider's own routes under ``/_emulator/<name>``: a spec (``control.yaml``) and its handlers."""

    spec: dict[str, Any]
    handlers: object


class Provider(ABC):
    name: ClassVar[str]
    prefix: ClassVar[str]
    spec_file: ClassVar[str]
    searchables: ClassVar[tuple[Searchable, ...]] = ()
    """The kinds of document this provider searches in SQL, with their indexes (see ``core/sql_index.py``)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.spec = SpecIndex(load_spec(self.spec_file))
        runtime.store.make_searchable(self.searchables)

    @property
    def store(self) -> Store:
        return self.runtime.store

    @abstractmethod
    def handlers(self) -> object:
        """The object whose methods implement the spec's operations."""

    def security_map(self) -> dict[str, type]:
        """Connexion security handlers by scheme type; override when credentials do not fit ``authenticate``.

        The default checks each ``apiKey`` scheme of the spec with ``authenticate``.
        """
        return {"apiKey": api_key_handler(self.authenticate)}

    @abstractmethod
    def authenticate(self, scheme: str, credential: str) -> TokenInfo | None:
        """Check one credential of the security scheme named ``scheme``; None rejects it."""

    @abstractmethod
    def render_error(self, error: ErrorContext) -> ConnexionResponse:
        """The provider's own error response for ``error``."""

    def render_fault(self, error: ErrorContext) -> ConnexionResponse:
        """The reply to an injected ``status`` fault (``/_emulator/faults``); the provider's error shape by default."""
        return self.render_error(error)

    def demo_credentials(self) -> dict[str, str]:
        """Credentials the emulator accepts out of the box, shown at start-up."""
        return {}

    def seed(self) -> None:  # noqa: B027 - an optional hook; most providers seed something
        """Create reference data and demo accounts; called on start and after a reset."""

    async def tick(self) -> None:  # noqa: B027 - an optional hook
        """Do the work that falls due as time passes; called several times a second."""

    def control(self) -> ControlRoutes | None:
        """The provider's own routes under ``/_emulator/<name>`` (its ``control.yaml`` and ``control.py``), if any."""
        return None

    def books(self) -> list[Books]:
        """The books of every account that keeps a balance (see ``core/money.py``); none by default."""
        return []

    def set_balance(self, account: str, balance: Decimal) -> bool:
        """Make ``account``'s balance ``balance`` through a ledger row; False if there is no such account.

        Only providers with money override it (``PUT /_emulator/ledger/{provider}/{account}``).
        """
        return False

    def inbox_views(self, now: datetime) -> list[MessageView]:
        """Every message sent through this provider as it stands at ``now``, in the order they were stored.

        One view per recipient, in the shape every provider shares (``core/message_view.py``): the inbox,
        ``GET /_emulator/messages`` and the pytest plugin read messages only through this hook.
        """
        return []

    def inbox_table(self, now: datetime) -> InboxTable | None:
        """The provider's messages as inbox rows in SQL (``core/inbox_table.py``), so the inbox's filters run in SQLite.

        None (the default) makes the inbox filter ``inbox_views`` in Python.
        """
        return None

    def forget_message(self, key: str) -> bool:
        """Delete the message whose view has the key ``<name>-<key>``; False when there is none."""
        return self.store.delete(self.name, "message", key) is not None
