"""The generated Jo Mobile ``Client``, plus logging out when it is closed.

An ``httpx.Auth`` cannot know when its client closes, so the client does it:
``JoMobileClient`` is the generated ``Client`` with ``close()``/``aclose()``
and context-manager exits that first destroy the access token
(``GET /v1/logout``), then close the connections. A token that has already
expired is not sent; a logout that fails is logged (without the token) and
closing carries on, because the token then simply runs out within the hour.
"""

from __future__ import annotations

import logging

import httpx
from attrs import define, field
from jomobile_client import Client

from ._session import HEADER, TokenAuth

logger = logging.getLogger("sms_clients.jomobile")
LOGOUT_PATH = "/v1/logout"


@define
class JoMobileClient(Client):
    """A generated ``jomobile_client.Client`` that logs out when closed (``close``, ``aclose`` or ``with``)."""

    _session: TokenAuth = field(kw_only=True, alias="session")

    @property
    def session(self) -> TokenAuth:
        """The auth that logs in and holds the access token (shared by the sync and async connections)."""
        return self._session

    def close(self) -> None:
        """Log out, then close the sync connections (``with`` ends with this too)."""
        self._log_out()
        super().close()

    async def aclose(self) -> None:
        """Log out, then close the async connections (``async with`` and ``async with client.aio`` end with this)."""
        await self._alog_out()
        await super().aclose()

    def _log_out(self) -> None:
        token = self._session.end_session()
        if token is None:
            return
        try:
            # auth=None: the logout carries the token itself and must not log in again on a 401.
            reply = self.get_httpx_client().get(LOGOUT_PATH, headers={HEADER: token}, auth=None)
        except httpx.HTTPError as error:
            _report(error)
        else:
            _check(reply)

    async def _alog_out(self) -> None:
        token = self._session.end_session()
        if token is None:
            return
        try:
            reply = await self.get_async_httpx_client().get(LOGOUT_PATH, headers={HEADER: token}, auth=None)
        except httpx.HTTPError as error:
            _report(error)
        else:
            _check(reply)


def _check(reply: httpx.Response) -> None:
    # 401: the token was gone already (logged out elsewhere, or expired on the server's clock).
    if reply.status_code not in (200, 401):
        logger.warning("jomobile: logging out answered HTTP %s; the token expires on its own", reply.status_code)


def _report(error: httpx.HTTPError) -> None:
    logger.warning("jomobile: logging out failed (%s); the token expires on its own", type(error).__name__)
