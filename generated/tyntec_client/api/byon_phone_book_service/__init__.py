"""byon_phone_book_service: the resource ``client.byon_phone_book_service``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_response import ErrorResponse
from ...models.phone_provisioning_array_response import PhoneProvisioningArrayResponse
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_phone_book_number as _get_phone_book_number
from . import list_phone_book_numbers as _list_phone_book_numbers

if TYPE_CHECKING:
    from ...client import Client


class ByonPhoneBookServiceResource:
    """``client.byon_phone_book_service``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ByonPhoneBookServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return ByonPhoneBookServiceResourceWithRawResponse(self._client)

    def list_phone_book_numbers(
        self,
        *,
        request_id: str | None = None,
        contact_id: str | None = None,
        page: int | None = 0,
        size: int | None = 20,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[PhoneProvisioningArrayResponse]:
        """List all phone numbers

        Returns all phone numbers created with your API key, one entry per
        number; you can specify attributes to filter the results. A page
        holds at most 3000 entries.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        0), its size ``size``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _list_phone_book_numbers._get_kwargs(
                    request_id=UNSET if request_id is None else request_id,
                    contact_id=UNSET if contact_id is None else contact_id,
                    page=page_number,
                    size=UNSET if size is None else size,
                ),
                extra_headers,
            )

        number = 0 if page is None else page
        size = 20 if size is None else size

        response = fetch(number)
        return SyncPage[PhoneProvisioningArrayResponse](
            response,
            partial(_list_phone_book_numbers._page, self._client),
            fetch,
            number=number,
            size=size,
            first=0,
        )

    def get_phone_book_number(
        self,
        phone_number: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PhoneProvisioningArrayResponse]:
        """Read a phone number

        Returns the phone book entries of one number registered with your API key.
        """

        response = self._client._send(
            _get_phone_book_number._get_kwargs(
                phone_number=phone_number,
            ),
            extra_headers,
        )
        return _get_phone_book_number._result(self._client, response)


class ByonPhoneBookServiceResourceWithRawResponse:
    """``client.byon_phone_book_service.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_phone_book_numbers(
        self,
        *,
        request_id: str | None = None,
        contact_id: str | None = None,
        page: int | None = 0,
        size: int | None = 20,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[PhoneProvisioningArrayResponse]]:
        """List all phone numbers

        Returns all phone numbers created with your API key, one entry per
        number; you can specify attributes to filter the results. A page
        holds at most 3000 entries.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        0), its size ``size``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _list_phone_book_numbers._get_kwargs(
                    request_id=UNSET if request_id is None else request_id,
                    contact_id=UNSET if contact_id is None else contact_id,
                    page=page_number,
                    size=UNSET if size is None else size,
                ),
                extra_headers,
            )

        number = 0 if page is None else page
        size = 20 if size is None else size

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[PhoneProvisioningArrayResponse],
                response,
                partial(_list_phone_book_numbers._page, self._client),
                fetch,
                number=number,
                size=size,
                first=0,
            ),
        )

    def get_phone_book_number(
        self,
        phone_number: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[PhoneProvisioningArrayResponse]]:
        """Read a phone number

        Returns the phone book entries of one number registered with your API key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_phone_book_number._get_kwargs(
                phone_number=phone_number,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_phone_book_number._result, self._client, response)
        )


class AsyncByonPhoneBookServiceResource:
    """``client.aio.byon_phone_book_service``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncByonPhoneBookServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncByonPhoneBookServiceResourceWithRawResponse(self._client)

    async def list_phone_book_numbers(
        self,
        *,
        request_id: str | None = None,
        contact_id: str | None = None,
        page: int | None = 0,
        size: int | None = 20,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[PhoneProvisioningArrayResponse]:
        """List all phone numbers

        Returns all phone numbers created with your API key, one entry per
        number; you can specify attributes to filter the results. A page
        holds at most 3000 entries.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        0), its size ``size``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _list_phone_book_numbers._get_kwargs(
                    request_id=UNSET if request_id is None else request_id,
                    contact_id=UNSET if contact_id is None else contact_id,
                    page=page_number,
                    size=UNSET if size is None else size,
                ),
                extra_headers,
            )

        number = 0 if page is None else page
        size = 20 if size is None else size

        response = await fetch(number)
        return AsyncPage[PhoneProvisioningArrayResponse](
            response,
            partial(_list_phone_book_numbers._page, self._client),
            fetch,
            number=number,
            size=size,
            first=0,
        )

    async def get_phone_book_number(
        self,
        phone_number: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PhoneProvisioningArrayResponse]:
        """Read a phone number

        Returns the phone book entries of one number registered with your API key.
        """

        response = await self._client._asend(
            _get_phone_book_number._get_kwargs(
                phone_number=phone_number,
            ),
            extra_headers,
        )
        return _get_phone_book_number._result(self._client, response)


class AsyncByonPhoneBookServiceResourceWithRawResponse:
    """``client.aio.byon_phone_book_service.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_phone_book_numbers(
        self,
        *,
        request_id: str | None = None,
        contact_id: str | None = None,
        page: int | None = 0,
        size: int | None = 20,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[PhoneProvisioningArrayResponse]]:
        """List all phone numbers

        Returns all phone numbers created with your API key, one entry per
        number; you can specify attributes to filter the results. A page
        holds at most 3000 entries.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        0), its size ``size``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _list_phone_book_numbers._get_kwargs(
                    request_id=UNSET if request_id is None else request_id,
                    contact_id=UNSET if contact_id is None else contact_id,
                    page=page_number,
                    size=UNSET if size is None else size,
                ),
                extra_headers,
            )

        number = 0 if page is None else page
        size = 20 if size is None else size

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[PhoneProvisioningArrayResponse],
                response,
                partial(_list_phone_book_numbers._page, self._client),
                fetch,
                number=number,
                size=size,
                first=0,
            ),
        )

    async def get_phone_book_number(
        self,
        phone_number: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[PhoneProvisioningArrayResponse]]:
        """Read a phone number

        Returns the phone book entries of one number registered with your API key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_phone_book_number._get_kwargs(
                phone_number=phone_number,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_phone_book_number._result, self._client, response)
        )


__all__ = [
    "AsyncByonPhoneBookServiceResource",
    "AsyncByonPhoneBookServiceResourceWithRawResponse",
    "ByonPhoneBookServiceResource",
    "ByonPhoneBookServiceResourceWithRawResponse",
]
