"""Requests the emulated providers make on their own: delivery reports, inbound SMS.

A real provider calls your server; the emulator does the same, but by default
only on this machine (loopback addresses and ``localhost``), so that a fuzzer
or a typo in a ``callbackUrl`` never sends traffic anywhere else. Each attempt
is recorded and listed at ``GET /_emulator/callbacks``.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from .clock import Clock, isoformat
from .store import Document, Store

logger = logging.getLogger(__name__)

_KIND = "callback"
_OWNER = "_emulator"


@dataclass(frozen=True)
class OutboundPolicy:
    allowed_hosts: frozenset[str] = frozenset()
    """Hosts besides loopback that may be called; ``*`` allows every host."""
    timeout: float = 5.0


class Outbound:
    def __init__(self, store: Store, clock: Clock, policy: OutboundPolicy) -> None:
        self._store = store
        self._clock = clock
        self._policy = policy
        self._client: httpx.AsyncClient | None = None

    def is_allowed(self, url: str) -> bool:
        host = urlsplit(url).hostname or ""
        if "*" in self._policy.allowed_hosts or host in self._policy.allowed_hosts or host == "localhost":
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False

    async def send(
        self,
        provider: str,
        purpose: str,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        about: str | None = None,
    ) -> Document:
        """Make one request and record its outcome; never raises for network trouble.

        ``about`` is the id of the message the request reports on, so the inbox can show it with the message.
        """
        record: Document = {
            "id": str(self._store.next_number("callback")),
            "provider": provider,
            "purpose": purpose,
            "method": method,
            "url": url,
            "at": isoformat(self._clock.now()),
            "body": json,
            "params": params,
            "status": None,
            "error": None,
            "about": about,
        }
        if not self.is_allowed(url):
            record["error"] = "host not allowed; start the emulator with --callback-host to allow it"
        else:
            try:
                response = await self._http().request(method, url, json=json, params=params)
                record["status"] = response.status_code
            except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"
        if record["error"]:
            logger.info("%s %s to %s failed: %s", provider, purpose, url, record["error"])
        self._store.put(_OWNER, _KIND, record["id"], record)
        return record

    def history(self) -> list[Document]:
        return self._store.list(_OWNER, _KIND)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._policy.timeout, follow_redirects=False)
        return self._client
