"""Keep credentials out of the emulator's access log.

uvicorn logs every request line with its query string, and two of the APIs
take credentials there (SMSC's ``psw`` and ``apikey``, BYTEHAND's
``access_token``). This filter masks their values before a record is written.
"""

from __future__ import annotations

import logging
import re

SECRET_PARAMETERS = ("psw", "apikey", "api_key", "access_token", "password", "token", "key")
_SECRET_IN_QUERY = re.compile(r"(?i)([?&](?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&#\s\"]*")


def redact_url(text: str) -> str:
    """``text`` with the value of every secret query parameter replaced by ``***``."""
    return _SECRET_IN_QUERY.sub(r"\1***", text)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(arg) if isinstance(arg, str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg)
        return True


def install() -> None:
    """Attach the filter to uvicorn's access and error loggers (idempotent).

    Also quiets connexion's warning for every undocumented query parameter and its log line for every
    invalid form body, which fuzzing sends by the thousand.
    """
    logging.getLogger("connexion.decorators.parameter").setLevel(logging.ERROR)
    # Each invalid form body is logged at ERROR as well as answered; the answer is what matters.
    logging.getLogger("connexion.validators").setLevel(logging.CRITICAL)
    for name in ("uvicorn.access", "uvicorn.error", "sms_emulator"):
        target = logging.getLogger(name)
        if not any(isinstance(existing, RedactSecrets) for existing in target.filters):
            target.addFilter(RedactSecrets())
