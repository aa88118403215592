"""sms_senders: the resource ``client.sms_senders``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.sms_sender import SmsSender
from ...models.sms_sender_input import SmsSenderInput
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import delete_sms_sender_by_id as _delete_sms_sender_by_id
from . import delete_sms_senders as _delete_sms_senders
from . import get_sms_sender_by_id as _get_sms_sender_by_id
from . import put_sms_sender as _put_sms_sender
from . import query_sms_senders as _query_sms_senders
from . import query_sms_senders_count as _query_sms_senders_count

if TYPE_CHECKING:
    from ...client import Client


class SmsSendersResource:
    """``client.sms_senders``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsSendersResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsSendersResourceWithRawResponse(self._client)

    def get_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender:
        """Returns the SMS sender's signature by ID."""

        response = self._client._send(
            _get_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return _get_sms_sender_by_id._result(self._client, response)

    def delete_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes the signature of an SMS sender by its ID."""

        response = self._client._send(
            _delete_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return _delete_sms_sender_by_id._result(self._client, response)

    def query_sms_senders(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsSender]:
        """Returns the signatures of SMS senders that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_senders._get_kwargs(
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
        return SyncPage[SmsSender](
            response,
            partial(_query_sms_senders._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def put_sms_sender(
        self,
        *,
        body: SmsSenderInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender: ...

    @overload
    def put_sms_sender(
        self,
        *,
        sender: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender: ...

    def put_sms_sender(
        self,
        *,
        body: SmsSenderInput | None = None,
        sender: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender:
        """Creates or changes the signature of an SMS sender.

        A signature is identified by its text (`sender`): a new one is
        created (201) and is `PENDING` until BYTEHAND approves it (one hour),
        an existing one gets the new description (200). Messages can only be
        sent with `APPROVED` signatures.
        """

        if body is None:
            body = SmsSenderInput(
                sender=sender,
                description=description,
            )

        response = self._client._send(
            _put_sms_sender._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _put_sms_sender._result(self._client, response)

    def delete_sms_senders(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes signatures of SMS senders."""

        response = self._client._send(
            _delete_sms_senders._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_senders._result(self._client, response)

    def query_sms_senders_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of signatures of SMS senders that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_senders_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_senders_count._result(self._client, response)


class SmsSendersResourceWithRawResponse:
    """``client.sms_senders.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]:
        """Returns the SMS sender's signature by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_sender_by_id._result, self._client, response)
        )

    def delete_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes the signature of an SMS sender by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_sender_by_id._result, self._client, response)
        )

    def query_sms_senders(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsSender]]:
        """Returns the signatures of SMS senders that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_senders._get_kwargs(
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
                SyncPage[SmsSender],
                response,
                partial(_query_sms_senders._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def put_sms_sender(
        self,
        *,
        body: SmsSenderInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]: ...

    @overload
    def put_sms_sender(
        self,
        *,
        sender: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]: ...

    def put_sms_sender(
        self,
        *,
        body: SmsSenderInput | None = None,
        sender: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]:
        """Creates or changes the signature of an SMS sender.

        A signature is identified by its text (`sender`): a new one is
        created (201) and is `PENDING` until BYTEHAND approves it (one hour),
        an existing one gets the new description (200). Messages can only be
        sent with `APPROVED` signatures.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsSenderInput(
                sender=sender,
                description=description,
            )

        response = self._client._send(
            _put_sms_sender._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_put_sms_sender._result, self._client, response)
        )

    def delete_sms_senders(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes signatures of SMS senders.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_senders._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_senders._result, self._client, response)
        )

    def query_sms_senders_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of signatures of SMS senders that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_senders_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_senders_count._result, self._client, response)
        )


class AsyncSmsSendersResource:
    """``client.aio.sms_senders``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsSendersResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsSendersResourceWithRawResponse(self._client)

    async def get_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender:
        """Returns the SMS sender's signature by ID."""

        response = await self._client._asend(
            _get_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return _get_sms_sender_by_id._result(self._client, response)

    async def delete_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes the signature of an SMS sender by its ID."""

        response = await self._client._asend(
            _delete_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return _delete_sms_sender_by_id._result(self._client, response)

    async def query_sms_senders(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsSender]:
        """Returns the signatures of SMS senders that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_senders._get_kwargs(
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
        return AsyncPage[SmsSender](
            response,
            partial(_query_sms_senders._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def put_sms_sender(
        self,
        *,
        body: SmsSenderInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender: ...

    @overload
    async def put_sms_sender(
        self,
        *,
        sender: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender: ...

    async def put_sms_sender(
        self,
        *,
        body: SmsSenderInput | None = None,
        sender: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsSender:
        """Creates or changes the signature of an SMS sender.

        A signature is identified by its text (`sender`): a new one is
        created (201) and is `PENDING` until BYTEHAND approves it (one hour),
        an existing one gets the new description (200). Messages can only be
        sent with `APPROVED` signatures.
        """

        if body is None:
            body = SmsSenderInput(
                sender=sender,
                description=description,
            )

        response = await self._client._asend(
            _put_sms_sender._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _put_sms_sender._result(self._client, response)

    async def delete_sms_senders(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes signatures of SMS senders."""

        response = await self._client._asend(
            _delete_sms_senders._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_senders._result(self._client, response)

    async def query_sms_senders_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of signatures of SMS senders that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_senders_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_senders_count._result(self._client, response)


class AsyncSmsSendersResourceWithRawResponse:
    """``client.aio.sms_senders.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]:
        """Returns the SMS sender's signature by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_sender_by_id._result, self._client, response)
        )

    async def delete_sms_sender_by_id(
        self,
        sms_sender_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes the signature of an SMS sender by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_sender_by_id._get_kwargs(
                sms_sender_id=sms_sender_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_sender_by_id._result, self._client, response)
        )

    async def query_sms_senders(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsSender]]:
        """Returns the signatures of SMS senders that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_senders._get_kwargs(
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
                AsyncPage[SmsSender],
                response,
                partial(_query_sms_senders._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def put_sms_sender(
        self,
        *,
        body: SmsSenderInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]: ...

    @overload
    async def put_sms_sender(
        self,
        *,
        sender: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]: ...

    async def put_sms_sender(
        self,
        *,
        body: SmsSenderInput | None = None,
        sender: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsSender]:
        """Creates or changes the signature of an SMS sender.

        A signature is identified by its text (`sender`): a new one is
        created (201) and is `PENDING` until BYTEHAND approves it (one hour),
        an existing one gets the new description (200). Messages can only be
        sent with `APPROVED` signatures.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsSenderInput(
                sender=sender,
                description=description,
            )

        response = await self._client._asend(
            _put_sms_sender._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_put_sms_sender._result, self._client, response)
        )

    async def delete_sms_senders(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes signatures of SMS senders.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_senders._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_senders._result, self._client, response)
        )

    async def query_sms_senders_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of signatures of SMS senders that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_senders_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_senders_count._result, self._client, response)
        )


__all__ = [
    "AsyncSmsSendersResource",
    "AsyncSmsSendersResourceWithRawResponse",
    "SmsSendersResource",
    "SmsSendersResourceWithRawResponse",
]
