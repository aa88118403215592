"""One shape for a sent message, whichever provider sent it.

Each provider keeps its messages its own way and names their states in its
own words (tyntec's ``BUFFERED``, SMSC's ``handed to the operator``). The
inbox, ``GET /_emulator/messages`` and the pytest plugin need one shape: the
same fields, one timestamp format (RFC 3339, UTC, ``Z``), the provider's own
state word and a common state. Each provider's ``inbox_views`` hook builds
these from its store; nothing here knows a provider.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from .clock import isoformat

CommonState = Literal["queued", "sent", "delivered", "failed", "expired"]
COMMON_STATES: tuple[CommonState, ...] = ("queued", "sent", "delivered", "failed", "expired")
"""queued: accepted, not yet handed to a network; sent: on its way; then one of the three final states."""


@dataclass(frozen=True)
class Transition:
    """The message entered ``provider_state`` at ``at``."""

    at: datetime
    provider_state: str
    state: CommonState


@dataclass(frozen=True)
class MessageView:
    """A message to one recipient, as the inbox shows it.

    ``own_key`` is the provider's key for it (``forget_message`` takes it);
    ``key`` adds the provider's name, is unique in the emulator and names the
    message in ``/_emulator/messages/{key}``. ``id`` is the id the provider's
    API reports, which several recipients of one SMSC request share.
    """

    provider: str
    own_key: str
    id: str
    sender: str
    to: str
    text: str
    encoding: str
    parts: tuple[str, ...]
    submitted_at: datetime
    history: tuple[Transition, ...]
    cost: Decimal | None = None
    currency: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.provider}-{self.own_key}"

    @property
    def provider_state(self) -> str:
        return self.history[-1].provider_state

    @property
    def state(self) -> CommonState:
        return self.history[-1].state

    @property
    def updated_at(self) -> datetime:
        return self.history[-1].at

    def to_json(self, callbacks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The JSON object of ``GET /_emulator/messages`` (``Message`` in ``control/api.yaml``)."""
        return {
            "key": self.key,
            "provider": self.provider,
            "id": self.id,
            "from": self.sender,
            "to": self.to,
            "text": self.text,
            "encoding": self.encoding,
            "parts": list(self.parts),
            "partCount": len(self.parts),
            "state": self.state,
            "providerState": self.provider_state,
            "submittedAt": isoformat(self.submitted_at),
            "updatedAt": isoformat(self.updated_at),
            "history": [
                {"at": isoformat(step.at), "state": step.state, "providerState": step.provider_state}
                for step in self.history
            ],
            "cost": None if self.cost is None else {"amount": f"{self.cost:f}", "currency": self.currency},
            "callbacks": callbacks or [],
            "details": dict(self.details),
        }


def history(
    moments: Iterable[datetime | None],
    state_at: Callable[[datetime], str],
    common: Mapping[str, CommonState],
    now: datetime,
) -> tuple[Transition, ...]:
    """The states a message went through up to ``now``.

    The providers derive a message's state from the clock rather than storing
    each change, so its history is the state at each moment where it may have
    changed (``moments``: submission, send time, delivery, expiry), dropping
    the moments still ahead and the ones where nothing changed. The first
    moment is the submission, and always counts.
    """
    ordered = sorted({moment for moment in moments if moment is not None})
    steps: list[Transition] = []
    for moment in ordered:
        if moment > now and steps:
            break
        word = state_at(moment)
        if not steps or steps[-1].provider_state != word:
            steps.append(Transition(moment, word, common.get(word, "sent")))
    return tuple(steps)


def encoding_name(name: str) -> str:
    """``GSM7`` or ``UCS2``, whichever word a provider uses (tyntec says ``UNICODE``)."""
    return "UCS2" if name.upper() in {"UNICODE", "UCS2", "UCS-2"} else "GSM7"
