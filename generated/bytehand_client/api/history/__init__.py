"""history: the resource ``client.history``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error import Error
from ...models.sms_message import SmsMessage
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import query_history as _query_history

if TYPE_CHECKING:
    from ...client import Client


class HistoryResource:
    """``client.history``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> HistoryResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return HistoryResourceWithRawResponse(self._client)

    def query_history(
        self,
        *,
        phone: str,
        page: int | None = 1,
        count: int | None = 10,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsMessage]:
        """Returns the history of sending SMS messages by phone number.

        Every message sent to `phone` (single messages and campaigns alike), newest first unless `sort` says
        otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_history._get_kwargs(
                    phone=phone,
                    page=page_number,
                    count=UNSET if count is None else count,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[SmsMessage](
            response,
            partial(_query_history._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )


class HistoryResourceWithRawResponse:
    """``client.history.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def query_history(
        self,
        *,
        phone: str,
        page: int | None = 1,
        count: int | None = 10,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsMessage]]:
        """Returns the history of sending SMS messages by phone number.

        Every message sent to `phone` (single messages and campaigns alike), newest first unless `sort` says
        otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_history._get_kwargs(
                    phone=phone,
                    page=page_number,
                    count=UNSET if count is None else count,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[SmsMessage],
                response,
                partial(_query_history._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )


class AsyncHistoryResource:
    """``client.aio.history``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncHistoryResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncHistoryResourceWithRawResponse(self._client)

    async def query_history(
        self,
        *,
        phone: str,
        page: int | None = 1,
        count: int | None = 10,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsMessage]:
        """Returns the history of sending SMS messages by phone number.

        Every message sent to `phone` (single messages and campaigns alike), newest first unless `sort` says
        otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_history._get_kwargs(
                    phone=phone,
                    page=page_number,
                    count=UNSET if count is None else count,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[SmsMessage](
            response,
            partial(_query_history._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )


class AsyncHistoryResourceWithRawResponse:
    """``client.aio.history.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def query_history(
        self,
        *,
        phone: str,
        page: int | None = 1,
        count: int | None = 10,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsMessage]]:
        """Returns the history of sending SMS messages by phone number.

        Every message sent to `phone` (single messages and campaigns alike), newest first unless `sort` says
        otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_history._get_kwargs(
                    phone=phone,
                    page=page_number,
                    count=UNSET if count is None else count,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[SmsMessage],
                response,
                partial(_query_history._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )


__all__ = [
    "AsyncHistoryResource",
    "AsyncHistoryResourceWithRawResponse",
    "HistoryResource",
    "HistoryResourceWithRawResponse",
]
