"""Requests the emulated providers make on their own: delivery reports, inbound SMS.

A real provider calls your server; the emulator does the same, but by default
only on this machine (loopback addresses and ``localhost``), so that a fuzzer
or a typo in a ``callbackUrl`` never sends traffic anywhere else. It never
calls itself: not its own address and port under any spelling (``127.1``,
``[::1]``, ``0x7f000001``, ``localhost.``, another local address when it
listens on all of them), and no ``/_emulator`` path anywhere, so a callback
cannot reset or steer it. Redirects are not followed. Each attempt is
recorded and listed at ``GET /_emulator/callbacks``, a refused one with why.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import posixpath
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

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
        self.own_ports: set[int] = set()
        """The ports the emulator answers on (the ``server_address`` middleware notes them from its requests)."""

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
        refused = await self.refusal(url)
        if refused:
            record["error"] = refused
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

    async def refusal(self, url: str) -> str | None:
        """Why the emulator will not call ``url``, or None when it may."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            return f"not a usable URL ({exc})"
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "only http and https URLs with a host are called"
        path = posixpath.normpath("/" + unquote(parts.path).lstrip("/")).lower()
        if path == "/_emulator" or path.startswith("/_emulator/"):
            return "the emulator's control API (/_emulator) is never a callback target"
        if port in self.own_ports and await _is_this_machine(parts.hostname):
            return "the URL points at the emulator itself; callbacks never call it"
        if not self.is_allowed(url):
            return "host not allowed; start the emulator with --callback-host to allow it"
        return None

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


async def _is_this_machine(host: str) -> bool:
    """Whether ``host`` (any spelling) names an address of this machine."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host.rstrip("."), None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    return any(_is_local(str(info[4][0]), info[0]) for info in found)


def _is_local(address: str, family: int) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.is_loopback or ip.is_unspecified:
        return True
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None and (mapped.is_loopback or mapped.is_unspecified):
        return True
    try:  # an address can be bound to only if it is one of this machine's
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.bind((address, 0))
        return True
    except OSError:
        return False
