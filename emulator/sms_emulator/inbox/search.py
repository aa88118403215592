"""Finding sent messages: the inbox's filters, applied the same way for the page and the API.

``find_messages`` is the one place that collects every provider's views and
filters, orders and pages them; the web page, ``GET /_emulator/messages`` and
the pytest plugin all go through it, so a faster search (in SQL, say) only
has to change this module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .views import COMMON_STATES, MessageView

if TYPE_CHECKING:
    from ..state import EmulatorState

_NOT_DIGITS = re.compile(r"\D")


class BadQuery(ValueError):
    """A filter value that cannot match anything (an unknown provider or state); the message names it."""


@dataclass(frozen=True)
class MessageQuery:
    """The inbox's filters; None means "any". ``text`` matches text, numbers, sender, ids and state, ignoring case."""

    provider: str | None = None
    to: str | None = None
    state: str | None = None
    text: str | None = None
    limit: int | None = None
    newest_first: bool = True

    def check(self, providers: list[str]) -> None:
        if self.provider is not None and self.provider not in providers:
            raise BadQuery(f"provider: unknown provider {self.provider!r} (one of {', '.join(providers)})")
        if self.state is not None and self.state not in COMMON_STATES:
            raise BadQuery(f"state: unknown state {self.state!r} (one of {', '.join(COMMON_STATES)})")

    def matches(self, view: MessageView) -> bool:
        if self.provider is not None and view.provider != self.provider:
            return False
        if self.state is not None and view.state != self.state:
            return False
        if self.to and _digits(self.to) != _digits(view.to):
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = (view.text, view.to, view.sender, view.id, view.key, view.provider_state, view.provider)
            return any(needle in value.casefold() for value in haystack)
        return True


def find_messages(state: EmulatorState, query: MessageQuery) -> list[MessageView]:
    """The messages matching ``query``, newest (or oldest) first: by submission time, then as they were stored."""
    query.check(list(state.providers))
    now = state.clock.now()
    found: list[MessageView] = []
    for name, provider in state.providers.items():
        if query.provider is None or query.provider == name:
            found.extend(view for view in provider.inbox_views(now) if query.matches(view))
    order = sorted(range(len(found)), key=lambda index: (found[index].submitted_at, index), reverse=query.newest_first)
    ordered = [found[index] for index in order]
    return ordered if query.limit is None else ordered[: query.limit]


def callbacks_by_message(state: EmulatorState) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The requests the providers made to users' servers, by (provider, message id) they were about."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in state.outbound.history():
        if record.get("about") is not None:
            found[(record["provider"], str(record["about"]))].append(
                {key: record.get(key) for key in ("at", "purpose", "method", "url", "status", "error")}
            )
    return found


def as_json(state: EmulatorState, views: list[MessageView]) -> list[dict[str, Any]]:
    """The views as ``Message`` objects, each with the callbacks made for it."""
    callbacks = callbacks_by_message(state)
    return [view.to_json(callbacks.get((view.provider, view.id), [])) for view in views]


def forget(state: EmulatorState, key: str) -> bool:
    """Delete one message by its ``key``; False when there is no such message."""
    name, _, own_key = key.partition("-")
    provider = state.providers.get(name)
    return provider is not None and bool(own_key) and provider.forget_message(own_key)


def forget_all(state: EmulatorState, provider: str | None = None) -> int:
    """Delete every sent message (of one provider, or of all); returns how many recipients' messages went."""
    views = find_messages(state, MessageQuery(provider=provider))
    return sum(forget(state, view.key) for view in views)


def _digits(number: str) -> str:
    return _NOT_DIGITS.sub("", number)
