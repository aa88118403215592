"""messages: the resource ``client.messages``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.charset import Charset
from ...models.cost import Cost
from ...models.fmt import Fmt
from ...models.send_form import SendForm
from ...models.status_detail import StatusDetail
from ...models.status_form import StatusForm
from ...models.translit import Translit
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_message_status as _get_message_status
from . import get_message_status_post as _get_message_status_post
from . import send_message as _send_message
from . import send_message_post as _send_message_post

if TYPE_CHECKING:
    from ...client import Client


class MessagesResource:
    """``client.messages``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return MessagesResourceWithRawResponse(self._client)

    def send_message(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = None,
        id: int | None = None,
        cost: Cost | None = None,
        time: str | None = None,
        translit: Translit | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Send an SMS, or price it (GET)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |
        """

        response = self._client._send(
            _send_message._get_kwargs(
                phones=phones,
                mes=mes,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cost=UNSET if cost is None else cost,
                time=UNSET if time is None else time,
                translit=UNSET if translit is None else translit,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _send_message._result(self._client, response)

    @overload
    def send_message_post(
        self,
        *,
        body: SendForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    def send_message_post(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def send_message_post(
        self,
        *,
        body: SendForm | None = None,
        phones: str = NOT_GIVEN,
        mes: str = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Send an SMS, or price it (POST)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |
        """

        if body is None:
            body = SendForm(
                phones=phones,
                mes=mes,
                sender=sender,
                id=id,
                cost=cost,
                time=time,
                translit=translit,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _send_message_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_message_post._result(self._client, response)

    def get_message_status(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delivery status of a sent message (GET)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |
        """

        response = self._client._send(
            _get_message_status._get_kwargs(
                id=id,
                phone=phone,
                all_=UNSET if all_ is None else all_,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _get_message_status._result(self._client, response)

    @overload
    def get_message_status_post(
        self,
        *,
        body: StatusForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    def get_message_status_post(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def get_message_status_post(
        self,
        *,
        body: StatusForm | None = None,
        id: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delivery status of a sent message (POST)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |
        """

        if body is None:
            body = StatusForm(
                id=id,
                phone=phone,
                all_=all_,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _get_message_status_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_message_status_post._result(self._client, response)


class MessagesResourceWithRawResponse:
    """``client.messages.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_message(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = None,
        id: int | None = None,
        cost: Cost | None = None,
        time: str | None = None,
        translit: Translit | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Send an SMS, or price it (GET)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _send_message._get_kwargs(
                phones=phones,
                mes=mes,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cost=UNSET if cost is None else cost,
                time=UNSET if time is None else time,
                translit=UNSET if translit is None else translit,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_message._result, self._client, response)
        )

    @overload
    def send_message_post(
        self,
        *,
        body: SendForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    def send_message_post(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    def send_message_post(
        self,
        *,
        body: SendForm | None = None,
        phones: str = NOT_GIVEN,
        mes: str = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Send an SMS, or price it (POST)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SendForm(
                phones=phones,
                mes=mes,
                sender=sender,
                id=id,
                cost=cost,
                time=time,
                translit=translit,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _send_message_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_message_post._result, self._client, response)
        )

    def get_message_status(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Delivery status of a sent message (GET)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_message_status._get_kwargs(
                id=id,
                phone=phone,
                all_=UNSET if all_ is None else all_,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_message_status._result, self._client, response)
        )

    @overload
    def get_message_status_post(
        self,
        *,
        body: StatusForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    def get_message_status_post(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    def get_message_status_post(
        self,
        *,
        body: StatusForm | None = None,
        id: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Delivery status of a sent message (POST)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = StatusForm(
                id=id,
                phone=phone,
                all_=all_,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _get_message_status_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_message_status_post._result, self._client, response)
        )


class AsyncMessagesResource:
    """``client.aio.messages``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncMessagesResourceWithRawResponse(self._client)

    async def send_message(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = None,
        id: int | None = None,
        cost: Cost | None = None,
        time: str | None = None,
        translit: Translit | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Send an SMS, or price it (GET)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |
        """

        response = await self._client._asend(
            _send_message._get_kwargs(
                phones=phones,
                mes=mes,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cost=UNSET if cost is None else cost,
                time=UNSET if time is None else time,
                translit=UNSET if translit is None else translit,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _send_message._result(self._client, response)

    @overload
    async def send_message_post(
        self,
        *,
        body: SendForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    async def send_message_post(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def send_message_post(
        self,
        *,
        body: SendForm | None = None,
        phones: str = NOT_GIVEN,
        mes: str = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Send an SMS, or price it (POST)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |
        """

        if body is None:
            body = SendForm(
                phones=phones,
                mes=mes,
                sender=sender,
                id=id,
                cost=cost,
                time=time,
                translit=translit,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _send_message_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_message_post._result(self._client, response)

    async def get_message_status(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delivery status of a sent message (GET)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |
        """

        response = await self._client._asend(
            _get_message_status._get_kwargs(
                id=id,
                phone=phone,
                all_=UNSET if all_ is None else all_,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _get_message_status._result(self._client, response)

    @overload
    async def get_message_status_post(
        self,
        *,
        body: StatusForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    async def get_message_status_post(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def get_message_status_post(
        self,
        *,
        body: StatusForm | None = None,
        id: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delivery status of a sent message (POST)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |
        """

        if body is None:
            body = StatusForm(
                id=id,
                phone=phone,
                all_=all_,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _get_message_status_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_message_status_post._result(self._client, response)


class AsyncMessagesResourceWithRawResponse:
    """``client.aio.messages.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_message(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = None,
        id: int | None = None,
        cost: Cost | None = None,
        time: str | None = None,
        translit: Translit | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Send an SMS, or price it (GET)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _send_message._get_kwargs(
                phones=phones,
                mes=mes,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cost=UNSET if cost is None else cost,
                time=UNSET if time is None else time,
                translit=UNSET if translit is None else translit,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_message._result, self._client, response)
        )

    @overload
    async def send_message_post(
        self,
        *,
        body: SendForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    async def send_message_post(
        self,
        *,
        phones: str,
        mes: str,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    async def send_message_post(
        self,
        *,
        body: SendForm | None = None,
        phones: str = NOT_GIVEN,
        mes: str = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Send an SMS, or price it (POST)

        Sends `mes` to every number in `phones`. With `cost=1` the message is
        only priced, not sent; `cost=2` and `cost=3` send it and add its cost
        (and, with 3, the new balance) to the reply. Sending is not idempotent
        even with GET: every call sends again.

        Errors of send.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
        list) |
        | 3 | not enough money on the account (the reply carries the message id) |
        | 4 | IP address temporarily blocked |
        | 5 | wrong date format in `time` |
        | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
        | 7 | wrong phone number format (the reply carries the message id) |
        | 8 | the message cannot be delivered to the number (the reply carries the message id) |
        | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
        minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
        concurrent requests under one login |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SendForm(
                phones=phones,
                mes=mes,
                sender=sender,
                id=id,
                cost=cost,
                time=time,
                translit=translit,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _send_message_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_message_post._result, self._client, response)
        )

    async def get_message_status(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Delivery status of a sent message (GET)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_message_status._get_kwargs(
                id=id,
                phone=phone,
                all_=UNSET if all_ is None else all_,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_message_status._result, self._client, response)
        )

    @overload
    async def get_message_status_post(
        self,
        *,
        body: StatusForm,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    async def get_message_status_post(
        self,
        *,
        id: str,
        phone: str,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    async def get_message_status_post(
        self,
        *,
        body: StatusForm | None = None,
        id: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        all_: StatusDetail | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """Delivery status of a sent message (POST)

        The delivery status of the message `id` sent to `phone`, the moment
        it last changed (Unix seconds) and the delivery error code (0 when
        there is none).

        Several messages at once: `id` and `phone` as comma-separated lists
        of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
        a single `phone` goes with every `id`, a single `id` with every `phone`);
        a trailing comma is allowed and makes a list even of one
        (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
        request order, each carrying its `id` and `phone`. `all=1` adds
        when the message was sent, its cost and its sender name; `all=2`
        also the recipient's country, operator and region.

        Message status codes: -1 waiting to be sent, 0 handed to the
        operator, 1 delivered, 20 impossible to deliver.

        Errors of status.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 3 | message not found |
        | 4 | IP address temporarily blocked |
        | 9 | too many concurrent requests |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = StatusForm(
                id=id,
                phone=phone,
                all_=all_,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _get_message_status_post._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_message_status_post._result, self._client, response)
        )


__all__ = [
    "AsyncMessagesResource",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResource",
    "MessagesResourceWithRawResponse",
]
