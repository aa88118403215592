"""sms_messages: the resource ``client.sms_messages``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.send_result import SendResult
from ...models.sms_message import SmsMessage
from ...models.sms_message_input import SmsMessageInput
from ...models.sms_probe import SmsProbe
from ...models.sms_update import SmsUpdate
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import delete_sms as _delete_sms
from . import delete_sms_by_id as _delete_sms_by_id
from . import get_sms_by_id as _get_sms_by_id
from . import get_sms_probe as _get_sms_probe
from . import query_sms as _query_sms
from . import query_sms_count as _query_sms_count
from . import send_sms as _send_sms
from . import update_sms as _update_sms
from . import update_sms_by_id as _update_sms_by_id

if TYPE_CHECKING:
    from ...client import Client


class SmsMessagesResource:
    """``client.sms_messages``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsMessagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsMessagesResourceWithRawResponse(self._client)

    def get_sms_probe(
        self,
        *,
        receiver: str,
        text: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsProbe:
        """Gets information about the phone number and text of the SMS message.

        Checks a receiver number (and, when given, a text) without sending
        anything: whether the number is valid, its E.164 form and country,
        and how many parts the text takes in which encoding.
        """

        response = self._client._send(
            _get_sms_probe._get_kwargs(
                receiver=receiver,
                text=UNSET if text is None else text,
            ),
            extra_headers,
        )
        return _get_sms_probe._result(self._client, response)

    def get_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage:
        """Returns an SMS message by its ID."""

        response = self._client._send(
            _get_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return _get_sms_by_id._result(self._client, response)

    def delete_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS message by its ID."""

        response = self._client._send(
            _delete_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return _delete_sms_by_id._result(self._client, response)

    @overload
    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage: ...

    @overload
    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage: ...

    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage:
        """Stops or starts sending an SMS message by its ID.

        Only a message that has not been sent yet (`NEW` or `STOPPED`) can change (409 otherwise).
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_by_id._get_kwargs(
                sms_id=sms_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_by_id._result(self._client, response)

    def query_sms(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsMessage]:
        """Returns SMS messages that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms._get_kwargs(
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
        return SyncPage[SmsMessage](
            response,
            partial(_query_sms._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def send_sms(
        self,
        *,
        body: list[SmsMessageInput] | SmsMessageInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult:
        """Sends one or more SMS messages.

        Sends one message, or an array of up to 1000. Every message is
        charged when it is accepted (its parts times the route's price for the
        receiver), so the whole request is refused (403) when the balance
        cannot pay for it. A message with a future `send_after` waits (`NEW`)
        until then and can be stopped meanwhile.
        """

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    def delete_sms(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS messages.

        Deletes every matching message from the account's history.
        """

        response = self._client._send(
            _delete_sms._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms._result(self._client, response)

    def query_sms_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_count._result(self._client, response)

    @overload
    def update_sms(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    def update_sms(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    def update_sms(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Stops or starts sending SMS messages.

        Stops (or restarts) every matching message that has not been sent yet; messages already sent are
        left alone and not counted.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_sms._result(self._client, response)


class SmsMessagesResourceWithRawResponse:
    """``client.sms_messages.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_sms_probe(
        self,
        *,
        receiver: str,
        text: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsProbe]:
        """Gets information about the phone number and text of the SMS message.

        Checks a receiver number (and, when given, a text) without sending
        anything: whether the number is valid, its E.164 form and country,
        and how many parts the text takes in which encoding.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_probe._get_kwargs(
                receiver=receiver,
                text=UNSET if text is None else text,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_probe._result, self._client, response)
        )

    def get_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]:
        """Returns an SMS message by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_by_id._result, self._client, response)
        )

    def delete_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS message by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_by_id._result, self._client, response)
        )

    @overload
    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]: ...

    @overload
    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]: ...

    def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]:
        """Stops or starts sending an SMS message by its ID.

        Only a message that has not been sent yet (`NEW` or `STOPPED`) can change (409 otherwise).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_by_id._get_kwargs(
                sms_id=sms_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms_by_id._result, self._client, response)
        )

    def query_sms(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsMessage]]:
        """Returns SMS messages that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms._get_kwargs(
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
                SyncPage[SmsMessage],
                response,
                partial(_query_sms._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def send_sms(
        self,
        *,
        body: list[SmsMessageInput] | SmsMessageInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]:
        """Sends one or more SMS messages.

        Sends one message, or an array of up to 1000. Every message is
        charged when it is accepted (its parts times the route's price for the
        receiver), so the whole request is refused (403) when the balance
        cannot pay for it. A message with a future `send_after` waits (`NEW`)
        until then and can be stopped meanwhile.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    def delete_sms(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS messages.

        Deletes every matching message from the account's history.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms._result, self._client, response)
        )

    def query_sms_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_count._result, self._client, response)
        )

    @overload
    def update_sms(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    def update_sms(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    def update_sms(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Stops or starts sending SMS messages.

        Stops (or restarts) every matching message that has not been sent yet; messages already sent are
        left alone and not counted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms._result, self._client, response)
        )


class AsyncSmsMessagesResource:
    """``client.aio.sms_messages``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsMessagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsMessagesResourceWithRawResponse(self._client)

    async def get_sms_probe(
        self,
        *,
        receiver: str,
        text: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsProbe:
        """Gets information about the phone number and text of the SMS message.

        Checks a receiver number (and, when given, a text) without sending
        anything: whether the number is valid, its E.164 form and country,
        and how many parts the text takes in which encoding.
        """

        response = await self._client._asend(
            _get_sms_probe._get_kwargs(
                receiver=receiver,
                text=UNSET if text is None else text,
            ),
            extra_headers,
        )
        return _get_sms_probe._result(self._client, response)

    async def get_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage:
        """Returns an SMS message by its ID."""

        response = await self._client._asend(
            _get_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return _get_sms_by_id._result(self._client, response)

    async def delete_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS message by its ID."""

        response = await self._client._asend(
            _delete_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return _delete_sms_by_id._result(self._client, response)

    @overload
    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage: ...

    @overload
    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage: ...

    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsMessage:
        """Stops or starts sending an SMS message by its ID.

        Only a message that has not been sent yet (`NEW` or `STOPPED`) can change (409 otherwise).
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_by_id._get_kwargs(
                sms_id=sms_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_by_id._result(self._client, response)

    async def query_sms(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsMessage]:
        """Returns SMS messages that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms._get_kwargs(
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
        return AsyncPage[SmsMessage](
            response,
            partial(_query_sms._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def send_sms(
        self,
        *,
        body: list[SmsMessageInput] | SmsMessageInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult:
        """Sends one or more SMS messages.

        Sends one message, or an array of up to 1000. Every message is
        charged when it is accepted (its parts times the route's price for the
        receiver), so the whole request is refused (403) when the balance
        cannot pay for it. A message with a future `send_after` waits (`NEW`)
        until then and can be stopped meanwhile.
        """

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    async def delete_sms(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS messages.

        Deletes every matching message from the account's history.
        """

        response = await self._client._asend(
            _delete_sms._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms._result(self._client, response)

    async def query_sms_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_count._result(self._client, response)

    @overload
    async def update_sms(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    async def update_sms(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    async def update_sms(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Stops or starts sending SMS messages.

        Stops (or restarts) every matching message that has not been sent yet; messages already sent are
        left alone and not counted.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_sms._result(self._client, response)


class AsyncSmsMessagesResourceWithRawResponse:
    """``client.aio.sms_messages.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_sms_probe(
        self,
        *,
        receiver: str,
        text: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsProbe]:
        """Gets information about the phone number and text of the SMS message.

        Checks a receiver number (and, when given, a text) without sending
        anything: whether the number is valid, its E.164 form and country,
        and how many parts the text takes in which encoding.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_probe._get_kwargs(
                receiver=receiver,
                text=UNSET if text is None else text,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_probe._result, self._client, response)
        )

    async def get_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]:
        """Returns an SMS message by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_by_id._result, self._client, response)
        )

    async def delete_sms_by_id(
        self,
        sms_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS message by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_by_id._get_kwargs(
                sms_id=sms_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_by_id._result, self._client, response)
        )

    @overload
    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]: ...

    @overload
    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]: ...

    async def update_sms_by_id(
        self,
        sms_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsMessage]:
        """Stops or starts sending an SMS message by its ID.

        Only a message that has not been sent yet (`NEW` or `STOPPED`) can change (409 otherwise).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_by_id._get_kwargs(
                sms_id=sms_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms_by_id._result, self._client, response)
        )

    async def query_sms(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsMessage]]:
        """Returns SMS messages that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms._get_kwargs(
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
                AsyncPage[SmsMessage],
                response,
                partial(_query_sms._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def send_sms(
        self,
        *,
        body: list[SmsMessageInput] | SmsMessageInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]:
        """Sends one or more SMS messages.

        Sends one message, or an array of up to 1000. Every message is
        charged when it is accepted (its parts times the route's price for the
        receiver), so the whole request is refused (403) when the balance
        cannot pay for it. A message with a future `send_after` waits (`NEW`)
        until then and can be stopped meanwhile.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    async def delete_sms(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS messages.

        Deletes every matching message from the account's history.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms._result, self._client, response)
        )

    async def query_sms_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS messages that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_count._result, self._client, response)
        )

    @overload
    async def update_sms(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    async def update_sms(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    async def update_sms(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Stops or starts sending SMS messages.

        Stops (or restarts) every matching message that has not been sent yet; messages already sent are
        left alone and not counted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms._result, self._client, response)
        )


__all__ = [
    "AsyncSmsMessagesResource",
    "AsyncSmsMessagesResourceWithRawResponse",
    "SmsMessagesResource",
    "SmsMessagesResourceWithRawResponse",
]
