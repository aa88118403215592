"""sms: the resource ``client.sms``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_reply import ErrorReply
from ...models.plain_message import PlainMessage
from ...models.refactored_messages_reply import RefactoredMessagesReply
from ...models.sent_sms_reply import SentSmsReply
from ...models.sms_message import SmsMessage
from ...models.sms_records_reply import SmsRecordsReply
from ...models.sms_search import SmsSearch
from ...models.sms_type import SmsType
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_sms_full_data as _get_sms_full_data
from . import refactor_sms as _refactor_sms
from . import refactor_sms_get as _refactor_sms_get
from . import send_sms as _send_sms

if TYPE_CHECKING:
    from ...client import Client


class SmsResource:
    """``client.sms``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsResourceWithRawResponse(self._client)

    def send_sms(
        self,
        *,
        body: list[SmsMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> SentSmsReply:
        """Send SMS

        Sends one or more messages. The body is a list of messages; a
        message's `number` is one phone number or a list of them, and a list
        sends one message per number. At most 100 messages go in one request
        (the document: "Not more then 100 messages by one package"), counted
        after the lists are spread: one message to 100 numbers is a full
        package. A message to a number on your black list is not sent; its
        entry in the reply says `BLACKLISTED` and has no `id`. The reply has
        one entry per resulting message, in order (each number of a list in
        its place).
        """

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    @overload
    def get_sms_full_data(
        self,
        *,
        body: SmsSearch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply: ...

    @overload
    def get_sms_full_data(
        self,
        *,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply: ...

    def get_sms_full_data(
        self,
        *,
        body: SmsSearch | None = None,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply:
        """Get info about sent SMS

        Finds the messages you sent (with `/v1/send` or `/v1/send-bulk`)
        and returns everything known about each, newest first. Every filter
        is optional and they combine: `MCC` and `MNC` (the destination
        network; `MNC` is best used with `MCC`), `sender`, `phone` (a list of
        numbers), `id_base` (a list of message ids), `time_period` (when the
        message was submitted), `type_sms` and `limit`. Without
        `time_period` the last 7 days are searched. An empty list in `phone`
        or `id_base` means "any", as absent.
        """

        if body is None:
            body = SmsSearch(
                mcc=mcc,
                mnc=mnc,
                sender=sender,
                phone=phone,
                id_base=id_base,
                time_period=time_period,
                type_sms=type_sms,
                limit=limit,
            )

        response = self._client._send(
            _get_sms_full_data._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_sms_full_data._result(self._client, response)

    def refactor_sms_get(
        self,
        *,
        number: str,
        sender_id: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefactoredMessagesReply:
        """Refactoring SMS credentials (GET)

        The same dry run as the POST, for one message given in the query
        string: how it would go out, without sending it.
        """

        response = self._client._send(
            _refactor_sms_get._get_kwargs(
                number=number,
                sender_id=sender_id,
                text=text,
            ),
            extra_headers,
        )
        return _refactor_sms_get._result(self._client, response)

    def refactor_sms(
        self,
        *,
        body: list[PlainMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefactoredMessagesReply:
        """Refactoring SMS credentials

        Shows how messages would go out, without sending them: the number
        in the form the API stores it (digits only), the sender ID trimmed,
        and the text with typographic characters (curly quotes, dashes,
        ellipses, non-breaking spaces) replaced by their plain GSM-7
        equivalents, with its encoding and number of parts.
        """

        response = self._client._send(
            _refactor_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _refactor_sms._result(self._client, response)


class SmsResourceWithRawResponse:
    """``client.sms.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_sms(
        self,
        *,
        body: list[SmsMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SentSmsReply]:
        """Send SMS

        Sends one or more messages. The body is a list of messages; a
        message's `number` is one phone number or a list of them, and a list
        sends one message per number. At most 100 messages go in one request
        (the document: "Not more then 100 messages by one package"), counted
        after the lists are spread: one message to 100 numbers is a full
        package. A message to a number on your black list is not sent; its
        entry in the reply says `BLACKLISTED` and has no `id`. The reply has
        one entry per resulting message, in order (each number of a list in
        its place).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    @overload
    def get_sms_full_data(
        self,
        *,
        body: SmsSearch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]: ...

    @overload
    def get_sms_full_data(
        self,
        *,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]: ...

    def get_sms_full_data(
        self,
        *,
        body: SmsSearch | None = None,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]:
        """Get info about sent SMS

        Finds the messages you sent (with `/v1/send` or `/v1/send-bulk`)
        and returns everything known about each, newest first. Every filter
        is optional and they combine: `MCC` and `MNC` (the destination
        network; `MNC` is best used with `MCC`), `sender`, `phone` (a list of
        numbers), `id_base` (a list of message ids), `time_period` (when the
        message was submitted), `type_sms` and `limit`. Without
        `time_period` the last 7 days are searched. An empty list in `phone`
        or `id_base` means "any", as absent.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsSearch(
                mcc=mcc,
                mnc=mnc,
                sender=sender,
                phone=phone,
                id_base=id_base,
                time_period=time_period,
                type_sms=type_sms,
                limit=limit,
            )

        response = self._client._send(
            _get_sms_full_data._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_full_data._result, self._client, response)
        )

    def refactor_sms_get(
        self,
        *,
        number: str,
        sender_id: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RefactoredMessagesReply]:
        """Refactoring SMS credentials (GET)

        The same dry run as the POST, for one message given in the query
        string: how it would go out, without sending it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _refactor_sms_get._get_kwargs(
                number=number,
                sender_id=sender_id,
                text=text,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_refactor_sms_get._result, self._client, response)
        )

    def refactor_sms(
        self,
        *,
        body: list[PlainMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RefactoredMessagesReply]:
        """Refactoring SMS credentials

        Shows how messages would go out, without sending them: the number
        in the form the API stores it (digits only), the sender ID trimmed,
        and the text with typographic characters (curly quotes, dashes,
        ellipses, non-breaking spaces) replaced by their plain GSM-7
        equivalents, with its encoding and number of parts.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _refactor_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_refactor_sms._result, self._client, response)
        )


class AsyncSmsResource:
    """``client.aio.sms``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsResourceWithRawResponse(self._client)

    async def send_sms(
        self,
        *,
        body: list[SmsMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> SentSmsReply:
        """Send SMS

        Sends one or more messages. The body is a list of messages; a
        message's `number` is one phone number or a list of them, and a list
        sends one message per number. At most 100 messages go in one request
        (the document: "Not more then 100 messages by one package"), counted
        after the lists are spread: one message to 100 numbers is a full
        package. A message to a number on your black list is not sent; its
        entry in the reply says `BLACKLISTED` and has no `id`. The reply has
        one entry per resulting message, in order (each number of a list in
        its place).
        """

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    @overload
    async def get_sms_full_data(
        self,
        *,
        body: SmsSearch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply: ...

    @overload
    async def get_sms_full_data(
        self,
        *,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply: ...

    async def get_sms_full_data(
        self,
        *,
        body: SmsSearch | None = None,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsRecordsReply:
        """Get info about sent SMS

        Finds the messages you sent (with `/v1/send` or `/v1/send-bulk`)
        and returns everything known about each, newest first. Every filter
        is optional and they combine: `MCC` and `MNC` (the destination
        network; `MNC` is best used with `MCC`), `sender`, `phone` (a list of
        numbers), `id_base` (a list of message ids), `time_period` (when the
        message was submitted), `type_sms` and `limit`. Without
        `time_period` the last 7 days are searched. An empty list in `phone`
        or `id_base` means "any", as absent.
        """

        if body is None:
            body = SmsSearch(
                mcc=mcc,
                mnc=mnc,
                sender=sender,
                phone=phone,
                id_base=id_base,
                time_period=time_period,
                type_sms=type_sms,
                limit=limit,
            )

        response = await self._client._asend(
            _get_sms_full_data._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _get_sms_full_data._result(self._client, response)

    async def refactor_sms_get(
        self,
        *,
        number: str,
        sender_id: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefactoredMessagesReply:
        """Refactoring SMS credentials (GET)

        The same dry run as the POST, for one message given in the query
        string: how it would go out, without sending it.
        """

        response = await self._client._asend(
            _refactor_sms_get._get_kwargs(
                number=number,
                sender_id=sender_id,
                text=text,
            ),
            extra_headers,
        )
        return _refactor_sms_get._result(self._client, response)

    async def refactor_sms(
        self,
        *,
        body: list[PlainMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RefactoredMessagesReply:
        """Refactoring SMS credentials

        Shows how messages would go out, without sending them: the number
        in the form the API stores it (digits only), the sender ID trimmed,
        and the text with typographic characters (curly quotes, dashes,
        ellipses, non-breaking spaces) replaced by their plain GSM-7
        equivalents, with its encoding and number of parts.
        """

        response = await self._client._asend(
            _refactor_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _refactor_sms._result(self._client, response)


class AsyncSmsResourceWithRawResponse:
    """``client.aio.sms.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_sms(
        self,
        *,
        body: list[SmsMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SentSmsReply]:
        """Send SMS

        Sends one or more messages. The body is a list of messages; a
        message's `number` is one phone number or a list of them, and a list
        sends one message per number. At most 100 messages go in one request
        (the document: "Not more then 100 messages by one package"), counted
        after the lists are spread: one message to 100 numbers is a full
        package. A message to a number on your black list is not sent; its
        entry in the reply says `BLACKLISTED` and has no `id`. The reply has
        one entry per resulting message, in order (each number of a list in
        its place).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    @overload
    async def get_sms_full_data(
        self,
        *,
        body: SmsSearch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]: ...

    @overload
    async def get_sms_full_data(
        self,
        *,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]: ...

    async def get_sms_full_data(
        self,
        *,
        body: SmsSearch | None = None,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsRecordsReply]:
        """Get info about sent SMS

        Finds the messages you sent (with `/v1/send` or `/v1/send-bulk`)
        and returns everything known about each, newest first. Every filter
        is optional and they combine: `MCC` and `MNC` (the destination
        network; `MNC` is best used with `MCC`), `sender`, `phone` (a list of
        numbers), `id_base` (a list of message ids), `time_period` (when the
        message was submitted), `type_sms` and `limit`. Without
        `time_period` the last 7 days are searched. An empty list in `phone`
        or `id_base` means "any", as absent.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsSearch(
                mcc=mcc,
                mnc=mnc,
                sender=sender,
                phone=phone,
                id_base=id_base,
                time_period=time_period,
                type_sms=type_sms,
                limit=limit,
            )

        response = await self._client._asend(
            _get_sms_full_data._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_full_data._result, self._client, response)
        )

    async def refactor_sms_get(
        self,
        *,
        number: str,
        sender_id: str,
        text: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RefactoredMessagesReply]:
        """Refactoring SMS credentials (GET)

        The same dry run as the POST, for one message given in the query
        string: how it would go out, without sending it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _refactor_sms_get._get_kwargs(
                number=number,
                sender_id=sender_id,
                text=text,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_refactor_sms_get._result, self._client, response)
        )

    async def refactor_sms(
        self,
        *,
        body: list[PlainMessage],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RefactoredMessagesReply]:
        """Refactoring SMS credentials

        Shows how messages would go out, without sending them: the number
        in the form the API stores it (digits only), the sender ID trimmed,
        and the text with typographic characters (curly quotes, dashes,
        ellipses, non-breaking spaces) replaced by their plain GSM-7
        equivalents, with its encoding and number of parts.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _refactor_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_refactor_sms._result, self._client, response)
        )


__all__ = [
    "AsyncSmsResource",
    "AsyncSmsResourceWithRawResponse",
    "SmsResource",
    "SmsResourceWithRawResponse",
]
