"""The access log never shows a credential (``http/access_log.py``); SMSC's over HTTP is in its own tests."""

from __future__ import annotations

import logging

from sms_emulator.http.access_log import RedactSecrets


def test_the_access_log_never_shows_credentials() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/smsc/sys/send.php?login=a&psw=hunter2&apikey=k3y&access_token=t0k", "1.1", 200),
        None,
    )
    RedactSecrets().filter(record)
    line = record.getMessage()
    assert not {"hunter2", "k3y", "t0k"} & set(line.replace("&", " ").replace("=", " ").split())
    assert "psw=***" in line
