"""Jo Mobile RESTAPI 6.4: a client that logs itself in, typed errors, and sending in packages.

    from sms_clients import jomobile
    from jomobile_client.api.sms import get_sms_full_data
    from jomobile_client.models import SmsMessage, SmsSearch

    with jomobile.connect("http://127.0.0.1:8025/jomobile", username="jomobile-demo",
                          password="jomobile-demo-password") as client:
        sent = jomobile.send_messages(client, [SmsMessage(number="380671234567", sender_id="ACME", text="Hi")])
        found = jomobile.data(get_sms_full_data.sync(client=client, body=SmsSearch(id_base=[sent[0].id])))

``connect`` returns ``JoMobileClient``, the generated ``jomobile_client.Client``
that logs out when it is closed. Its auth (``TokenAuth``) logs in on the first
call (``/v1/authorize``, then ``/v1/accesstoken``), sends ``X-Access-Token``,
and logs in again once when the token has expired or a call answers 401.
Every generated function works with it; an error reply raises a
``JoMobileError`` (``RequestRejected``, ``TokenRejected``, ``LoginFailed``),
which is also the shared ``sms_clients.errors`` class, with the envelope's
``error_code`` and per-field ``errors``. ``data(reply)`` unwraps the
``{"status": true, "data": ...}`` envelope every call returns.
"""

from __future__ import annotations

import httpx
from sms_operations.jomobile import OPERATIONS

from .. import _credentials, _http
from ._client import JoMobileClient
from ._envelope import data
from ._errors import (
    PROVIDER,
    JoMobileError,
    LoginFailed,
    PartiallySent,
    RequestRejected,
    TokenRejected,
    check_reply,
    error_class,
    error_details,
)
from ._sending import PACKAGE_SIZE, asend_messages, send_messages
from ._session import TokenAuth

DEFAULT_BASE_URL = "https://restapi.jomobile.online"
BASE_URL_VARIABLE = "JOMOBILE_BASE_URL"
USERNAME_VARIABLE = "JOMOBILE_USERNAME"
PASSWORD_VARIABLE = "JOMOBILE_PASSWORD"  # noqa: S105 - the name of a variable, not a password


def connect(
    base_url: str | None = None,
    *,
    username: str | None = None,
    password: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retries: int = 2,
    retry_non_idempotent: bool = False,
) -> JoMobileClient:
    """A generated Jo Mobile client that logs in as ``username`` and raises typed errors.

    ``base_url`` defaults to ``$JOMOBILE_BASE_URL``, then to the live API;
    ``username`` and ``password`` to ``$JOMOBILE_USERNAME`` and
    ``$JOMOBILE_PASSWORD``. ``timeout`` (seconds or an ``httpx.Timeout``)
    defaults to 5 s to connect and 30 s to read. Nothing is sent until the
    first call. Close the client (``with``, ``close()`` or ``aclose()``) to log out.
    ``retries`` and ``retry_non_idempotent`` work as for every provider
    (see ``sms_clients._http.build_client``).
    """
    user = _credentials.credential(PROVIDER, "username", username, USERNAME_VARIABLE)
    secret = _credentials.credential(PROVIDER, "password", password, PASSWORD_VARIABLE)
    url = _credentials.setting(base_url, BASE_URL_VARIABLE, DEFAULT_BASE_URL)
    session = TokenAuth(url, user, secret)
    return _http.build_client(
        JoMobileClient,
        base_url=url,
        provider=PROVIDER,
        credentials=session,
        parse_error=error_details,
        check_reply=check_reply,
        operations=OPERATIONS,
        retries=retries,
        retry_non_idempotent=retry_non_idempotent,
        timeout=timeout,
        session=session,
    )


__all__ = [
    "BASE_URL_VARIABLE",
    "DEFAULT_BASE_URL",
    "PACKAGE_SIZE",
    "PASSWORD_VARIABLE",
    "USERNAME_VARIABLE",
    "JoMobileClient",
    "JoMobileError",
    "LoginFailed",
    "PartiallySent",
    "RequestRejected",
    "TokenAuth",
    "TokenRejected",
    "asend_messages",
    "check_reply",
    "connect",
    "data",
    "error_class",
    "error_details",
    "send_messages",
]
