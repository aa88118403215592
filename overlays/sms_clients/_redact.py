"""Keeping credentials out of messages and logs.

httpx logs every request URL at INFO level, and two of the APIs take
credentials in the query string (SMSC's ``psw``/``apikey``, BYTEHAND's
``access_token``). Importing ``sms_clients`` adds a filter to the ``httpx``
logger that masks them; exception messages pass through ``redact`` too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import httpx

MASK = "***"
SECRET_PARAMETERS = ("psw", "apikey", "api_key", "access_token", "password", "token")
_SECRET_IN_QUERY = re.compile(r"(?i)([?&](?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&#\s\"']*")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with secret query parameters and every given secret value masked."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return _SECRET_IN_QUERY.sub(r"\1" + MASK, text)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(str(arg)) if isinstance(arg, str | httpx.URL) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install() -> None:
    """Mask secrets in what the ``httpx`` and ``httpcore`` loggers write (idempotent)."""
    for name in ("httpx", "httpcore"):
        target = logging.getLogger(name)
        if not any(isinstance(existing, RedactSecrets) for existing in target.filters):
            target.addFilter(RedactSecrets())
