"""Credentials sent in a request header (tyntec's ``apikey``, BYTEHAND's ``X-Service-Key``)."""

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
