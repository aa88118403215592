"""What a user's test reads: the messages the emulator caught, through ``GET /_emulator/messages``.

Only HTTP and the standard library: the emulator may run in another process
(``--sms-emulator-url``), and a user without the ``[emulator]`` extra can
still use this against one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(frozen=True)
class SentMessage:
    """One message to one recipient, the same for every provider (``Message`` in the emulator's control/api.yaml)."""

    key: str
    provider: str
    id: str
    sender: str
    to: str
    text: str
    state: str
    """queued, sent, delivered, failed or expired, whichever provider sent it."""
    provider_state: str
    """The provider's own word, e.g. tyntec's ``BUFFERED``."""
    encoding: str
    parts: tuple[str, ...]
    submitted_at: str
    cost: str | None
    currency: str | None
    history: tuple[tuple[str, str], ...]
    """(RFC 3339 time, common state) for each state the message went through."""
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SentMessage:
        cost = data.get("cost") or {}
        return cls(
            key=data["key"],
            provider=data["provider"],
            id=data["id"],
            sender=data["from"],
            to=data["to"],
            text=data["text"],
            state=data["state"],
            provider_state=data["providerState"],
            encoding=data["encoding"],
            parts=tuple(data["parts"]),
            submitted_at=data["submittedAt"],
            cost=cost.get("amount"),
            currency=cost.get("currency"),
            history=tuple((step["at"], step["state"]) for step in data["history"]),
            raw=data,
        )


class NoMessage(AssertionError):
    """No sent message matches; the message lists what was sent instead, so a failing test says why."""


class Outbox:
    """The messages sent through the emulator, newest first; filters are those of the inbox."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def all(
        self, *, to: str | None = None, provider: str | None = None, state: str | None = None, text: str | None = None
    ) -> list[SentMessage]:
        """Every matching message, newest first. ``to`` compares digits only; ``text`` is a free-text search."""
        wanted = {"to": to, "provider": provider, "state": state, "q": text}
        params = {"order": "newest", **{name: value for name, value in wanted.items() if value}}
        response = httpx.get(f"{self.base_url}/_emulator/messages", params=params, timeout=30)
        response.raise_for_status()
        return [SentMessage.from_json(item) for item in response.json()]

    def last(self, *, to: str | None = None, provider: str | None = None, text: str | None = None) -> SentMessage:
        """The newest matching message; raises NoMessage (an AssertionError) naming what was sent instead."""
        found = self.all(to=to, provider=provider, text=text)
        if not found:
            wanted = ", ".join(f"{name}={value!r}" for name, value in {"to": to, "provider": provider}.items() if value)
            sent = [f"{m.provider} to {m.to}: {m.text!r}" for m in self.all()[:10]]
            raise NoMessage(f"no SMS was sent ({wanted or 'at all'}); sent: {sent or 'nothing'}")
        return found[0]

    def __len__(self) -> int:
        return len(self.all())

    def clear(self) -> None:
        """Forget every sent message (everything else the emulator holds stays)."""
        httpx.delete(f"{self.base_url}/_emulator/messages", timeout=30).raise_for_status()
