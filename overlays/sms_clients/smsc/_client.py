"""A ready SMSC client: credentials as request parameters, the charset honoured, error replies raised.

SMSC reads every parameter, credentials included, from the query string of a
GET or the form body of a POST, and answers errors with HTTP 200. So
``SmscCredentials`` adds ``login``/``psw`` (or ``apikey``) where the other
parameters are, and ``check_reply`` (the body check of ``RaiseForErrors``)
reads each reply in the ``fmt`` it was asked for and raises its typed error.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Generator, Iterable
from typing import Final
from urllib.parse import parse_qsl, urlencode

import httpx
from sms_operations.smsc import OPERATIONS
from smsc_client import Client

from .. import _credentials, _http
from ..errors import MissingCredential
from ._errors import PROVIDER
from ._replies import CLIENT_CHARSET, DEFAULT_CHARSET, find_error, script_name

DEFAULT_BASE_URL: Final = "https://smsc.ru"
LOGIN_VARIABLE: Final = "SMSC_LOGIN"
PASSWORD_VARIABLE: Final = "SMSC_PASSWORD"  # noqa: S105 - the variable's name, not a password
API_KEY_VARIABLE: Final = "SMSC_API_KEY"
BASE_URL_VARIABLE: Final = "SMSC_BASE_URL"

FORM: Final = "application/x-www-form-urlencoded"


def connect(
    base_url: str | None = None,
    *,
    login: str | None = None,
    password: str | None = None,
    api_key: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retries: int = 2,
    retry_non_idempotent: bool = False,
) -> Client:
    """A generated SMSC client that sends the credentials and raises typed errors.

    Pass ``api_key``, or ``login`` and ``password`` (the password itself or
    its lowercase MD5 hash). Without them, ``$SMSC_API_KEY`` is used, else
    ``$SMSC_LOGIN`` and ``$SMSC_PASSWORD``. ``base_url`` defaults to
    ``$SMSC_BASE_URL``, then to the live API. Every error reply, in whatever
    ``fmt``, raises the ``SmscError`` subclass its code means for the script.
    ``timeout``, ``retries`` and ``retry_non_idempotent`` work as for every
    provider (see ``sms_clients._http.build_client``).
    """
    return _http.build_client(
        Client,
        base_url=_credentials.setting(base_url, BASE_URL_VARIABLE, DEFAULT_BASE_URL),
        provider=PROVIDER,
        credentials=credentials_from(login=login, password=password, api_key=api_key),
        parse_error=error_details,
        check_reply=check_reply,
        operations=OPERATIONS,
        timeout=timeout,
        retries=retries,
        retry_non_idempotent=retry_non_idempotent,
    )


def credentials_from(
    *, login: str | None = None, password: str | None = None, api_key: str | None = None
) -> SmscCredentials:
    """The credentials from the arguments, else from the environment; MissingCredential names what is missing.

    ``api_key`` wins; then ``login`` and ``password``. With no argument at all,
    ``$SMSC_API_KEY`` is used, else ``$SMSC_LOGIN`` and ``$SMSC_PASSWORD``.
    """
    if api_key is not None or (login is None and password is None and os.environ.get(API_KEY_VARIABLE)):
        return SmscCredentials(api_key=_credentials.credential(PROVIDER, "api_key", api_key, API_KEY_VARIABLE))
    if login is None and password is None and not os.environ.get(LOGIN_VARIABLE):
        missing = MissingCredential(PROVIDER, "api_key", API_KEY_VARIABLE)
        missing.args = (
            f"{PROVIDER}: no credentials given; pass api_key=..., or login=... and password=...; "
            f"or set {API_KEY_VARIABLE}, or {LOGIN_VARIABLE} and {PASSWORD_VARIABLE}",
        )
        raise missing
    return SmscCredentials(
        login=_credentials.credential(PROVIDER, "login", login, LOGIN_VARIABLE),
        password=_credentials.credential(PROVIDER, "password", password, PASSWORD_VARIABLE),
    )


class SmscCredentials(httpx.Auth):
    """Adds ``login`` and ``psw`` (or ``apikey``) to each request, where its other parameters are.

    It also writes the parameters in the ``charset`` the request names
    (adding ``charset=utf-8`` when it names none), because SMSC decodes them
    with that charset while httpx always encodes UTF-8. Its ``repr`` never
    shows the password or key.
    """

    def __init__(self, *, login: str | None = None, password: str | None = None, api_key: str | None = None) -> None:
        if api_key is None and (login is None or password is None):
            raise ValueError("SmscCredentials needs api_key, or login and password")
        self._login = login
        self._password = password
        self._api_key = api_key

    def __repr__(self) -> str:
        if self._api_key is not None:
            return "SmscCredentials(api_key='***')"
        return f"SmscCredentials(login={self._login!r}, password='***')"

    def secrets(self) -> Iterable[str]:
        values = (self._password, self._api_key)
        hashed = hashlib.md5(self._password.encode(), usedforsecurity=False).hexdigest() if self._password else None
        return tuple(value for value in (*values, hashed) if value)

    def fields(self) -> list[tuple[str, str]]:
        if self._api_key is not None:
            return [("apikey", self._api_key)]
        return [("login", self._login or ""), ("psw", self._password or "")]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign(request)

    def sign(self, request: httpx.Request) -> httpx.Request:
        """``request`` with the credentials and charset added to its form body (POST) or query string."""
        headers = httpx.Headers(request.headers)
        if _is_form(request):
            fields = _with(parse_qsl(request.content.decode("ascii"), keep_blank_values=True), self.fields())
            headers.pop("Content-Length", None)
            return httpx.Request(
                request.method,
                request.url,
                headers=headers,
                content=_encode(fields).encode("ascii"),
                extensions=request.extensions,
            )
        fields = _with(list(request.url.params.multi_items()), self.fields())
        url = request.url.copy_with(query=_encode(fields).encode("ascii"))
        return httpx.Request(
            request.method, url, headers=headers, content=request.content, extensions=request.extensions
        )


def _with(fields: list[tuple[str, str]], credentials: list[tuple[str, str]]) -> list[tuple[str, str]]:
    names = {name for name, _ in fields}
    extra = [(name, value) for name, value in credentials if name not in names]
    if "charset" not in names:
        extra.append(("charset", CLIENT_CHARSET))
    return fields + extra


def _encode(fields: list[tuple[str, str]]) -> str:
    """The fields as a query string, each value encoded in the charset the fields name."""
    charset = dict(fields).get("charset", CLIENT_CHARSET)
    try:
        codecs.lookup(charset)
    except LookupError:
        return urlencode(fields)  # an unknown charset: SMSC answers error 1, clearer than failing here
    for name, value in fields:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            raise ValueError(
                f"smsc: the parameter {name!r} has characters {charset} cannot carry; use charset=utf-8"
            ) from None
    return urlencode(fields, encoding=charset)


def _is_form(request: httpx.Request) -> bool:
    media_type = str(request.headers.get("content-type", "")).split(";")[0]
    return media_type.strip().lower() == FORM


def request_fields(request: httpx.Request) -> dict[str, str]:
    """The parameters a request sent (query string, then form body), decoded as ASCII-safe text."""
    fields = dict(request.url.params.multi_items())
    if _is_form(request):
        fields.update(parse_qsl(request.content.decode("ascii", "replace"), keep_blank_values=True, encoding="latin-1"))
    return fields


def check_reply(response: httpx.Response) -> None:
    """The reply check ``connect()`` installs: raise the typed error an SMSC reply reports (with HTTP 200)."""
    if response.status_code >= 400:
        return  # the web server's own error (404, 405, 5xx): the status check handles it
    try:
        script = script_name(response.request.url.path)
    except ValueError:
        return  # not one of the four scripts: nothing to read
    fields = request_fields(response.request)
    fmt_text = fields.get("fmt", "0").strip()
    fmt = int(fmt_text) if fmt_text in ("0", "1", "2", "3") else 0
    error = find_error(response.text, fmt, script, charset=response.encoding or DEFAULT_CHARSET, response=response)
    if error is not None:
        raise error


def error_details(response: httpx.Response) -> _http.ErrorDetails:
    """(code, message) of a reply with an HTTP error status (404, 405): SMSC's own error shape if it is one."""
    try:
        script = script_name(response.request.url.path)
    except ValueError:
        script = "send.php"
    for fmt in (0, 1, 2, 3):
        error = find_error(response.text, fmt, script)
        if error is not None and error.error_code is not None:
            return error.code, error.message
    text = response.text.strip()
    return None, (text.splitlines()[0][:200] if text else None)
