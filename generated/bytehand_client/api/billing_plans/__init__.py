"""billing_plans: the resource ``client.billing_plans``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.billing_plan import BillingPlan
from ...models.error import Error
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_billing_plans as _get_billing_plans

if TYPE_CHECKING:
    from ...client import Client


class BillingPlansResource:
    """``client.billing_plans``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BillingPlansResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return BillingPlansResourceWithRawResponse(self._client)

    def get_billing_plans(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[BillingPlan]:
        """Returns billing plans.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_billing_plans._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[BillingPlan](
            response,
            partial(_get_billing_plans._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )


class BillingPlansResourceWithRawResponse:
    """``client.billing_plans.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_billing_plans(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[BillingPlan]]:
        """Returns billing plans.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_billing_plans._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[BillingPlan],
                response,
                partial(_get_billing_plans._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )


class AsyncBillingPlansResource:
    """``client.aio.billing_plans``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBillingPlansResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncBillingPlansResourceWithRawResponse(self._client)

    async def get_billing_plans(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[BillingPlan]:
        """Returns billing plans.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_billing_plans._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[BillingPlan](
            response,
            partial(_get_billing_plans._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )


class AsyncBillingPlansResourceWithRawResponse:
    """``client.aio.billing_plans.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_billing_plans(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[BillingPlan]]:
        """Returns billing plans.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_billing_plans._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[BillingPlan],
                response,
                partial(_get_billing_plans._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )


__all__ = [
    "AsyncBillingPlansResource",
    "AsyncBillingPlansResourceWithRawResponse",
    "BillingPlansResource",
    "BillingPlansResourceWithRawResponse",
]
