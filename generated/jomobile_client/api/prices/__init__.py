"""prices: the resource ``client.prices``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.continents_reply import ContinentsReply
from ...models.country_price_query import CountryPriceQuery
from ...models.country_prices_reply import CountryPricesReply
from ...models.error_reply import ErrorReply
from ...models.price_query import PriceQuery
from ...models.product_prices_reply import ProductPricesReply
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_account_prices as _get_account_prices
from . import get_country_prices as _get_country_prices
from . import get_product_prices as _get_product_prices
from . import list_countries_by_continent as _list_countries_by_continent

if TYPE_CHECKING:
    from ...client import Client


class PricesResource:
    """``client.prices``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PricesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return PricesResourceWithRawResponse(self._client)

    @overload
    def get_product_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    @overload
    def get_product_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    def get_product_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply:
        """Prices by product

        The list price of every product (SMS, HLR, WAPPUSH, FLASHSMS) per
        destination network. `ISO` (a country code such as `US`, or `full`
        for every country), `MCC` and `MNC` (best used with `MCC`) narrow it.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = self._client._send(
            _get_product_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_product_prices._result(self._client, response)

    @overload
    def get_account_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    @overload
    def get_account_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    def get_account_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply:
        """Prices for your account

        Like `/v1/product-price`, but the prices your account pays (the list price less your account's
        discount).
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = self._client._send(
            _get_account_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_account_prices._result(self._client, response)

    @overload
    def get_country_prices(
        self,
        *,
        body: CountryPriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply: ...

    @overload
    def get_country_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply: ...

    def get_country_prices(
        self,
        *,
        body: CountryPriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply:
        """Prices by country

        The price of an SMS per country (the highest of its networks, which is the most a message there
        costs). `ISO` (or `full`) and `MCC` narrow it.
        """

        if body is None:
            body = CountryPriceQuery(
                iso=iso,
                mcc=mcc,
            )

        response = self._client._send(
            _get_country_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_country_prices._result(self._client, response)

    def list_countries_by_continent(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContinentsReply:
        """Countries by continent

        Every country the API sends to, grouped by continent.
        """

        response = self._client._send(
            _list_countries_by_continent._get_kwargs(), extra_headers
        )
        return _list_countries_by_continent._result(self._client, response)


class PricesResourceWithRawResponse:
    """``client.prices.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def get_product_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    @overload
    def get_product_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    def get_product_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]:
        """Prices by product

        The list price of every product (SMS, HLR, WAPPUSH, FLASHSMS) per
        destination network. `ISO` (a country code such as `US`, or `full`
        for every country), `MCC` and `MNC` (best used with `MCC`) narrow it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = self._client._send(
            _get_product_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_product_prices._result, self._client, response)
        )

    @overload
    def get_account_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    @overload
    def get_account_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    def get_account_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]:
        """Prices for your account

        Like `/v1/product-price`, but the prices your account pays (the list price less your account's
        discount).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = self._client._send(
            _get_account_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_account_prices._result, self._client, response)
        )

    @overload
    def get_country_prices(
        self,
        *,
        body: CountryPriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]: ...

    @overload
    def get_country_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]: ...

    def get_country_prices(
        self,
        *,
        body: CountryPriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]:
        """Prices by country

        The price of an SMS per country (the highest of its networks, which is the most a message there
        costs). `ISO` (or `full`) and `MCC` narrow it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = CountryPriceQuery(
                iso=iso,
                mcc=mcc,
            )

        response = self._client._send(
            _get_country_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_country_prices._result, self._client, response)
        )

    def list_countries_by_continent(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContinentsReply]:
        """Countries by continent

        Every country the API sends to, grouped by continent.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _list_countries_by_continent._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_list_countries_by_continent._result, self._client, response),
        )


class AsyncPricesResource:
    """``client.aio.prices``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPricesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncPricesResourceWithRawResponse(self._client)

    @overload
    async def get_product_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    @overload
    async def get_product_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    async def get_product_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply:
        """Prices by product

        The list price of every product (SMS, HLR, WAPPUSH, FLASHSMS) per
        destination network. `ISO` (a country code such as `US`, or `full`
        for every country), `MCC` and `MNC` (best used with `MCC`) narrow it.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = await self._client._asend(
            _get_product_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_product_prices._result(self._client, response)

    @overload
    async def get_account_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    @overload
    async def get_account_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply: ...

    async def get_account_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductPricesReply:
        """Prices for your account

        Like `/v1/product-price`, but the prices your account pays (the list price less your account's
        discount).
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = await self._client._asend(
            _get_account_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_account_prices._result(self._client, response)

    @overload
    async def get_country_prices(
        self,
        *,
        body: CountryPriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply: ...

    @overload
    async def get_country_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply: ...

    async def get_country_prices(
        self,
        *,
        body: CountryPriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CountryPricesReply:
        """Prices by country

        The price of an SMS per country (the highest of its networks, which is the most a message there
        costs). `ISO` (or `full`) and `MCC` narrow it.
        """

        if body is None:
            body = CountryPriceQuery(
                iso=iso,
                mcc=mcc,
            )

        response = await self._client._asend(
            _get_country_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_country_prices._result(self._client, response)

    async def list_countries_by_continent(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContinentsReply:
        """Countries by continent

        Every country the API sends to, grouped by continent.
        """

        response = await self._client._asend(
            _list_countries_by_continent._get_kwargs(), extra_headers
        )
        return _list_countries_by_continent._result(self._client, response)


class AsyncPricesResourceWithRawResponse:
    """``client.aio.prices.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def get_product_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    @overload
    async def get_product_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    async def get_product_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]:
        """Prices by product

        The list price of every product (SMS, HLR, WAPPUSH, FLASHSMS) per
        destination network. `ISO` (a country code such as `US`, or `full`
        for every country), `MCC` and `MNC` (best used with `MCC`) narrow it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = await self._client._asend(
            _get_product_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_product_prices._result, self._client, response)
        )

    @overload
    async def get_account_prices(
        self,
        *,
        body: PriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    @overload
    async def get_account_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]: ...

    async def get_account_prices(
        self,
        *,
        body: PriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProductPricesReply]:
        """Prices for your account

        Like `/v1/product-price`, but the prices your account pays (the list price less your account's
        discount).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = PriceQuery(
                iso=iso,
                mcc=mcc,
                mnc=mnc,
            )

        response = await self._client._asend(
            _get_account_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_account_prices._result, self._client, response)
        )

    @overload
    async def get_country_prices(
        self,
        *,
        body: CountryPriceQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]: ...

    @overload
    async def get_country_prices(
        self,
        *,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]: ...

    async def get_country_prices(
        self,
        *,
        body: CountryPriceQuery | None = None,
        iso: bool | str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[CountryPricesReply]:
        """Prices by country

        The price of an SMS per country (the highest of its networks, which is the most a message there
        costs). `ISO` (or `full`) and `MCC` narrow it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = CountryPriceQuery(
                iso=iso,
                mcc=mcc,
            )

        response = await self._client._asend(
            _get_country_prices._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_country_prices._result, self._client, response)
        )

    async def list_countries_by_continent(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContinentsReply]:
        """Countries by continent

        Every country the API sends to, grouped by continent.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _list_countries_by_continent._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_list_countries_by_continent._result, self._client, response),
        )


__all__ = [
    "AsyncPricesResource",
    "AsyncPricesResourceWithRawResponse",
    "PricesResource",
    "PricesResourceWithRawResponse",
]
