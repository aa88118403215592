"""Unwrapping Jo Mobile's reply envelope: ``{"status": true, "data": ...}``.

Every generated call returns the whole envelope (``SentSmsReply``,
``GroupReply``, ...). ``data(reply)`` hands back what is inside, and turns
anything else a call can return into the typed error: the error envelope
(``ErrorReply``, which a client set up by ``connect`` never returns because it
raises first), an envelope that says ``status: false``, or no reply at all.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from jomobile_client.models import ErrorReply

from ..errors import UnexpectedResponse
from ._errors import PROVIDER, RequestRejected, TokenRejected, describe, field_errors

T_co = TypeVar("T_co", covariant=True)


class Envelope(Protocol[T_co]):
    """Any generated reply model: a ``status`` flag and the ``data`` it wraps."""

    @property
    def status(self) -> bool: ...

    @property
    def data(self) -> T_co: ...

    def to_dict(self) -> dict[str, Any]: ...


def data(reply: Envelope[T_co] | ErrorReply | None) -> T_co:
    """The ``data`` of a successful reply; raises the Jo Mobile error for anything else."""
    if reply is None:
        raise UnexpectedResponse(
            provider=PROVIDER, status=0, code=None, message="the call returned no reply (an undocumented status?)"
        )
    if isinstance(reply, ErrorReply) or not reply.status:
        envelope = reply.to_dict()
        errors = field_errors(envelope)
        code = envelope.get("error_code")
        status = code if isinstance(code, int) else 400
        exception = TokenRejected if status == 401 else RequestRejected
        raise exception(
            provider=PROVIDER,
            status=status,
            code=None if code is None else str(code),
            message=describe(errors) or "the reply says status: false",
            envelope=envelope,
        )
    return reply.data
