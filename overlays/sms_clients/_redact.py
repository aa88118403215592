"""Keeping credentials out of messages, reprs and every log line, at any level.

Two rules, applied in one place:

* every secret a client was given or obtained (keys, passwords and SMSC's MD5
  of them, tokens) is remembered here (``remember``), and masked wherever it
  appears as a whole value, never inside an ordinary word (a short secret
  ``tok`` leaves ``access_token`` alone);
* the values of the usual credential parameters in URLs (``psw``,
  ``apikey``, ``access_token``, ...) are masked even when the secret is not
  known (someone else's client).

Importing ``sms_clients`` installs a log record factory (``install``) that
masks every record of every logger, whatever its name (httpx, httpcore,
httpx-retries, the caller's own), once, where the record is made: the
message with its arguments merged, the formatted traceback and the stack.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, quote_plus

MASK = "***"
SECRET_PARAMETERS = ("psw", "apikey", "api_key", "access_token", "password", "token")
_SECRET_IN_QUERY = re.compile(r"(?i)([?&](?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&#\s\"']*")
_REMEMBERED_AT_MOST = 1000
"""Tokens come and go; the oldest remembered secrets are forgotten past this many."""

_lock = threading.Lock()
_remembered: dict[str, None] = {}
_pattern: re.Pattern[str] | None = None


def remember(secrets: Iterable[str | None]) -> None:
    """Mask these secrets (and their URL-encoded spellings) from now on."""
    global _pattern
    spellings = {spelling for secret in secrets if secret for spelling in _spellings(secret)}
    with _lock:
        fresh = spellings - _remembered.keys()
        if not fresh:
            return
        for spelling in sorted(fresh):
            _remembered[spelling] = None
        while len(_remembered) > _REMEMBERED_AT_MOST:
            del _remembered[next(iter(_remembered))]
        _pattern = _whole_values(_remembered)


@functools.lru_cache(maxsize=_REMEMBERED_AT_MOST)
def _spellings(secret: str) -> tuple[str, ...]:
    """A secret as it may appear: as is, and URL-encoded either way (cached: clients remember on every call)."""
    return (secret, quote(secret), quote_plus(secret))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every remembered or given secret, and secret query parameters, masked as whole values."""
    given = [secret for secret in secrets if secret]
    if given:
        remember(given)
    pattern = _pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    return _SECRET_IN_QUERY.sub(r"\1" + MASK, text)


def _whole_values(secrets: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so a secret that contains another is masked whole; a value counts where no letter or
    # digit continues it on either side (it may sit between quotes, '=', '&', '/', spaces, ...).
    ordered = sorted(secrets, key=len, reverse=True)
    return re.compile(r"(?<![0-9A-Za-z])(?:" + "|".join(re.escape(secret) for secret in ordered) + r")(?![0-9A-Za-z])")


def _masking_factory(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: logging reports it later, on the raw record
            return record
        masked = redact(message)
        if masked != message:  # a record without secrets keeps its msg and args, for handlers that use them
            record.msg, record.args = masked, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return record

    factory._sms_clients_masks = True  # type: ignore[attr-defined]  # marks it installed
    return factory


def install() -> None:
    """Mask secrets in every log record of the process, whichever logger makes it (idempotent)."""
    current = logging.getLogRecordFactory()
    if not getattr(current, "_sms_clients_masks", False):
        logging.setLogRecordFactory(_masking_factory(current))
