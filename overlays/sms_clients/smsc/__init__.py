"""SMSC legacy HTTP API: a ready client, its typed errors, and readers for its four reply formats.

    from sms_clients import smsc
    from smsc_client.api.sender_names import manage_senders
    from smsc_client.models import Fmt

    client = smsc.connect("http://127.0.0.1:8025/smsc", login="demo", password="demo-password")
    reply = manage_senders.sync(client=client, get=1, all_=1, fmt=Fmt.JSON)
    senders = smsc.parse_senders(reply, Fmt.JSON)

SMSC answers in the format ``fmt`` asks for (0 text, 1 numbers, 2 XML,
3 JSON) and reports errors in the body with HTTP 200. The generated functions
hand back every reply as text; ``parse_*`` turn it into the same typed result
whatever the format, and any error reply, read in its format and by the
script that sent it, raises the ``SmscError`` subclass of its meaning (which
is also the matching ``sms_clients.errors`` class). Through ``connect()`` the
generated functions raise those errors themselves.
"""

from __future__ import annotations

from ._client import (
    API_KEY_VARIABLE,
    BASE_URL_VARIABLE,
    DEFAULT_BASE_URL,
    LOGIN_VARIABLE,
    PASSWORD_VARIABLE,
    SmscCredentials,
    check_reply,
    connect,
    error_details,
)
from ._errors import (
    ERRORS,
    BadCredentials,
    CodeAlreadySent,
    InsufficientFunds,
    InvalidDate,
    InvalidNumber,
    InvalidParameters,
    IpBlocked,
    MessageForbidden,
    MessageNotFound,
    SenderNotFound,
    SenderNotSaved,
    SmscError,
    SmscParseError,
    TooManyRequests,
    Undeliverable,
    UnknownError,
    WrongCode,
)
from ._replies import (
    OPERATORS,
    AddedSender,
    Balance,
    MessageStatus,
    Ok,
    Sender,
    SendResult,
    find_error,
    parse_added_sender,
    parse_balance,
    parse_ok,
    parse_reply,
    parse_send,
    parse_senders,
    parse_status,
    parse_statuses,
    raise_for_error,
)

__all__ = [
    "API_KEY_VARIABLE",
    "BASE_URL_VARIABLE",
    "DEFAULT_BASE_URL",
    "ERRORS",
    "LOGIN_VARIABLE",
    "OPERATORS",
    "PASSWORD_VARIABLE",
    "AddedSender",
    "BadCredentials",
    "Balance",
    "CodeAlreadySent",
    "InsufficientFunds",
    "InvalidDate",
    "InvalidNumber",
    "InvalidParameters",
    "IpBlocked",
    "MessageForbidden",
    "MessageNotFound",
    "MessageStatus",
    "Ok",
    "SendResult",
    "Sender",
    "SenderNotFound",
    "SenderNotSaved",
    "SmscCredentials",
    "SmscError",
    "SmscParseError",
    "TooManyRequests",
    "Undeliverable",
    "UnknownError",
    "WrongCode",
    "check_reply",
    "connect",
    "error_details",
    "find_error",
    "parse_added_sender",
    "parse_balance",
    "parse_ok",
    "parse_reply",
    "parse_send",
    "parse_senders",
    "parse_status",
    "parse_statuses",
    "raise_for_error",
]
