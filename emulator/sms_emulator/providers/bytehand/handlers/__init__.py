"""The BYTEHAND operations: one method per operationId in ``specs/bytehand.yaml``, grouped by the doc's sections."""

from __future__ import annotations

from .catalog import CatalogHandlers
from .contacts import ContactHandlers
from .messaging import MessagingHandlers
from .oauth import OAuthHandlers
from .payments import PaymentHandlers
from .senders_templates import SenderTemplateHandlers
from .users import UserHandlers


class BytehandApi(
    OAuthHandlers,
    UserHandlers,
    MessagingHandlers,
    SenderTemplateHandlers,
    ContactHandlers,
    PaymentHandlers,
    CatalogHandlers,
):
    """Every BYTEHAND handler on one object, as the resolver expects."""


__all__ = ["BytehandApi"]
