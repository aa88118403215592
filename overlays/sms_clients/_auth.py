"""Credentials sent in a request header (tyntec's ``apikey``, BYTEHAND's ``X-Service-Key``) or query parameter."""

from __future__ import annotations

from collections.abc import Generator, Iterable

import httpx


class ApiKeyHeader(httpx.Auth):
    """Sends a fixed key in one header. Its ``repr`` never shows the key."""

    def __init__(self, header: str, key: str) -> None:
        self._header = header
        self._key = key

    def __repr__(self) -> str:
        return f"ApiKeyHeader({self._header!r}, key='***')"

    def secrets(self) -> Iterable[str]:
        return (self._key,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._key
        yield request


class ApiKeyQuery(httpx.Auth):
    """Sends a fixed key as one query parameter (BYTEHAND's ``access_token``). Its ``repr`` never shows the key.

    A key in the URL shows up wherever URLs are logged; ``sms_clients`` masks the usual parameter names
    in httpx's log and in exception messages (see ``_redact``).
    """

    def __init__(self, parameter: str, key: str) -> None:
        self._parameter = parameter
        self._key = key

    def __repr__(self) -> str:
        return f"ApiKeyQuery({self._parameter!r}, key='***')"

    def secrets(self) -> Iterable[str]:
        return (self._key,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.url = request.url.copy_set_param(self._parameter, self._key)
        yield request
