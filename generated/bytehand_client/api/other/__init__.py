"""other: the resource ``client.other``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.company_suggestion import CompanySuggestion
from ...models.error import Error
from ...models.legal_entity import LegalEntity
from ...models.sms_route import SmsRoute
from ...models.sms_route_interval import SmsRouteInterval
from ...models.support_ticket import SupportTicket
from ...models.support_ticket_input import SupportTicketInput
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_companies_suggestions as _get_companies_suggestions
from . import get_legal_entities as _get_legal_entities
from . import query_sms_route_intervals as _query_sms_route_intervals
from . import query_sms_route_intervals_count as _query_sms_route_intervals_count
from . import query_sms_routes as _query_sms_routes
from . import query_sms_routes_count as _query_sms_routes_count
from . import send_support_ticket as _send_support_ticket

if TYPE_CHECKING:
    from ...client import Client


class OtherResource:
    """``client.other``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OtherResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return OtherResourceWithRawResponse(self._client)

    def query_sms_routes(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsRoute]:
        """Returns the routes for SMS messages that match the query.

        The operators BYTEHAND delivers to and the price per message part for each; the user's billing plan
        applies on top.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_routes._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[SmsRoute](
            response,
            partial(_query_sms_routes._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def query_sms_routes_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of routes for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_routes_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_routes_count._result(self._client, response)

    def query_sms_route_intervals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsRouteInterval]:
        """Returns the route intervals for SMS messages that match the query.

        The number ranges that decide which route (operator) a receiver number takes.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_route_intervals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[SmsRouteInterval](
            response,
            partial(_query_sms_route_intervals._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def query_sms_route_intervals_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of route intervals for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_route_intervals_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_route_intervals_count._result(self._client, response)

    def get_companies_suggestions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[CompanySuggestion]:
        """Returns information about legal entities for Russia.

        Russian companies whose name contains `query` (ignoring case) or whose INN or OGRN starts with it,
        for filling in a contract; at most 10.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_companies_suggestions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=query,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[CompanySuggestion](
            response,
            partial(_get_companies_suggestions._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def get_legal_entities(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[LegalEntity]:
        """Returns a list of legal entities with which it is possible to sign a contract.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_legal_entities._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[LegalEntity](
            response,
            partial(_get_legal_entities._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def send_support_ticket(
        self,
        *,
        body: SupportTicketInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket: ...

    @overload
    def send_support_ticket(
        self,
        *,
        subject: str,
        text: str,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket: ...

    def send_support_ticket(
        self,
        *,
        body: SupportTicketInput | None = None,
        subject: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket:
        """Sends a message to BYTEHAND support."""

        if body is None:
            body = SupportTicketInput(
                subject=subject,
                text=text,
                email=email,
            )

        response = self._client._send(
            _send_support_ticket._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_support_ticket._result(self._client, response)


class OtherResourceWithRawResponse:
    """``client.other.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def query_sms_routes(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsRoute]]:
        """Returns the routes for SMS messages that match the query.

        The operators BYTEHAND delivers to and the price per message part for each; the user's billing plan
        applies on top.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_routes._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
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
                SyncPage[SmsRoute],
                response,
                partial(_query_sms_routes._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def query_sms_routes_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of routes for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_routes_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_routes_count._result, self._client, response)
        )

    def query_sms_route_intervals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsRouteInterval]]:
        """Returns the route intervals for SMS messages that match the query.

        The number ranges that decide which route (operator) a receiver number takes.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_route_intervals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
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
                SyncPage[SmsRouteInterval],
                response,
                partial(_query_sms_route_intervals._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def query_sms_route_intervals_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of route intervals for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_route_intervals_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_sms_route_intervals_count._result, self._client, response),
        )

    def get_companies_suggestions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[CompanySuggestion]]:
        """Returns information about legal entities for Russia.

        Russian companies whose name contains `query` (ignoring case) or whose INN or OGRN starts with it,
        for filling in a contract; at most 10.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_companies_suggestions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=query,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[CompanySuggestion],
                response,
                partial(_get_companies_suggestions._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def get_legal_entities(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[LegalEntity]]:
        """Returns a list of legal entities with which it is possible to sign a contract.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_legal_entities._get_kwargs(
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
                SyncPage[LegalEntity],
                response,
                partial(_get_legal_entities._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def send_support_ticket(
        self,
        *,
        body: SupportTicketInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]: ...

    @overload
    def send_support_ticket(
        self,
        *,
        subject: str,
        text: str,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]: ...

    def send_support_ticket(
        self,
        *,
        body: SupportTicketInput | None = None,
        subject: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]:
        """Sends a message to BYTEHAND support.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SupportTicketInput(
                subject=subject,
                text=text,
                email=email,
            )

        response = self._client._send(
            _send_support_ticket._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_support_ticket._result, self._client, response)
        )


class AsyncOtherResource:
    """``client.aio.other``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOtherResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncOtherResourceWithRawResponse(self._client)

    async def query_sms_routes(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsRoute]:
        """Returns the routes for SMS messages that match the query.

        The operators BYTEHAND delivers to and the price per message part for each; the user's billing plan
        applies on top.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_routes._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[SmsRoute](
            response,
            partial(_query_sms_routes._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def query_sms_routes_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of routes for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_routes_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_routes_count._result(self._client, response)

    async def query_sms_route_intervals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsRouteInterval]:
        """Returns the route intervals for SMS messages that match the query.

        The number ranges that decide which route (operator) a receiver number takes.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_route_intervals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
                    sort=UNSET if sort is None else sort,
                    fields=UNSET if fields is None else fields,
                    plain=UNSET if plain is None else plain,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[SmsRouteInterval](
            response,
            partial(_query_sms_route_intervals._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def query_sms_route_intervals_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of route intervals for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_route_intervals_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_route_intervals_count._result(self._client, response)

    async def get_companies_suggestions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[CompanySuggestion]:
        """Returns information about legal entities for Russia.

        Russian companies whose name contains `query` (ignoring case) or whose INN or OGRN starts with it,
        for filling in a contract; at most 10.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_companies_suggestions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=query,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[CompanySuggestion](
            response,
            partial(_get_companies_suggestions._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def get_legal_entities(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[LegalEntity]:
        """Returns a list of legal entities with which it is possible to sign a contract.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_legal_entities._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[LegalEntity](
            response,
            partial(_get_legal_entities._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def send_support_ticket(
        self,
        *,
        body: SupportTicketInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket: ...

    @overload
    async def send_support_ticket(
        self,
        *,
        subject: str,
        text: str,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket: ...

    async def send_support_ticket(
        self,
        *,
        body: SupportTicketInput | None = None,
        subject: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SupportTicket:
        """Sends a message to BYTEHAND support."""

        if body is None:
            body = SupportTicketInput(
                subject=subject,
                text=text,
                email=email,
            )

        response = await self._client._asend(
            _send_support_ticket._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_support_ticket._result(self._client, response)


class AsyncOtherResourceWithRawResponse:
    """``client.aio.other.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def query_sms_routes(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsRoute]]:
        """Returns the routes for SMS messages that match the query.

        The operators BYTEHAND delivers to and the price per message part for each; the user's billing plan
        applies on top.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_routes._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
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
                AsyncPage[SmsRoute],
                response,
                partial(_query_sms_routes._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def query_sms_routes_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of routes for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_routes_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_routes_count._result, self._client, response)
        )

    async def query_sms_route_intervals(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsRouteInterval]]:
        """Returns the route intervals for SMS messages that match the query.

        The number ranges that decide which route (operator) a receiver number takes.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_route_intervals._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=UNSET if query is None else query,
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
                AsyncPage[SmsRouteInterval],
                response,
                partial(_query_sms_route_intervals._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def query_sms_route_intervals_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of route intervals for SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_route_intervals_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_sms_route_intervals_count._result, self._client, response),
        )

    async def get_companies_suggestions(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[CompanySuggestion]]:
        """Returns information about legal entities for Russia.

        Russian companies whose name contains `query` (ignoring case) or whose INN or OGRN starts with it,
        for filling in a contract; at most 10.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_companies_suggestions._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                    query=query,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[CompanySuggestion],
                response,
                partial(_get_companies_suggestions._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def get_legal_entities(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[LegalEntity]]:
        """Returns a list of legal entities with which it is possible to sign a contract.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_legal_entities._get_kwargs(
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
                AsyncPage[LegalEntity],
                response,
                partial(_get_legal_entities._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def send_support_ticket(
        self,
        *,
        body: SupportTicketInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]: ...

    @overload
    async def send_support_ticket(
        self,
        *,
        subject: str,
        text: str,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]: ...

    async def send_support_ticket(
        self,
        *,
        body: SupportTicketInput | None = None,
        subject: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SupportTicket]:
        """Sends a message to BYTEHAND support.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SupportTicketInput(
                subject=subject,
                text=text,
                email=email,
            )

        response = await self._client._asend(
            _send_support_ticket._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_support_ticket._result, self._client, response)
        )


__all__ = [
    "AsyncOtherResource",
    "AsyncOtherResourceWithRawResponse",
    "OtherResource",
    "OtherResourceWithRawResponse",
]
