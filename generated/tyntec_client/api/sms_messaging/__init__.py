"""sms_messaging: the resource ``client.sms_messaging``, and one module per operation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.callback_method import CallbackMethod
from ...models.encoding import Encoding
from ...models.problem import Problem
from ...models.rest_message_response import RestMessageResponse
from ...models.sms_message import SmsMessage
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_sms_status as _get_sms_status
from . import send_sms as _send_sms
from . import send_sms_via_get as _send_sms_via_get

if TYPE_CHECKING:
    from ...client import Client


class SmsMessagingResource:
    """``client.sms_messaging``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsMessagingResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsMessagingResourceWithRawResponse(self._client)

    def send_sms_via_get(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = None,
        gateway: str | None = None,
        conversion: bool | None = None,
        send_date_time: datetime.datetime | None = None,
        validity: str | None = None,
        reference: str | None = None,
        callback_url: str | None = None,
        callback_method: CallbackMethod | None = None,
        part_limit: int | None = None,
        trate: float | None = None,
        mrate: float | None = None,
        upper_cased: bool | None = None,
        keep_emojis: bool | None = None,
        flash: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Send SMS (GET)

        Sends an SMS via the GET HTTP method with parameters defined in the
        query string. Sending is not idempotent even though the method is GET:
        every call sends a new message.
        """

        response = self._client._send(
            _send_sms_via_get._get_kwargs(
                to=to,
                from_=from_,
                message=message,
                encoding=UNSET if encoding is None else encoding,
                gateway=UNSET if gateway is None else gateway,
                conversion=UNSET if conversion is None else conversion,
                send_date_time=UNSET if send_date_time is None else send_date_time,
                validity=UNSET if validity is None else validity,
                reference=UNSET if reference is None else reference,
                callback_url=UNSET if callback_url is None else callback_url,
                callback_method=UNSET if callback_method is None else callback_method,
                part_limit=UNSET if part_limit is None else part_limit,
                trate=UNSET if trate is None else trate,
                mrate=UNSET if mrate is None else mrate,
                upper_cased=UNSET if upper_cased is None else upper_cased,
                keep_emojis=UNSET if keep_emojis is None else keep_emojis,
                flash=UNSET if flash is None else flash,
            ),
            extra_headers,
        )
        return _send_sms_via_get._result(self._client, response)

    @overload
    def send_sms(
        self,
        *,
        body: SmsMessage,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse: ...

    @overload
    def send_sms(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse: ...

    def send_sms(
        self,
        *,
        body: SmsMessage | None = None,
        to: str = NOT_GIVEN,
        from_: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Send SMS (POST)

        Sends an SMS via the POST HTTP method with parameters defined in the request body.
        """

        if body is None:
            body = SmsMessage(
                to=to,
                from_=from_,
                message=message,
                encoding=encoding,
                gateway=gateway,
                conversion=conversion,
                send_date_time=send_date_time,
                validity=validity,
                reference=reference,
                callback_url=callback_url,
                callback_method=callback_method,
                part_limit=part_limit,
                trate=trate,
                mrate=mrate,
                upper_cased=upper_cased,
                keep_emojis=keep_emojis,
                flash=flash,
            )

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    def get_sms_status(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Read SMS status

        Returns the status of a sent SMS message. When the send configured a
        callback URL, the same status is also delivered there. The status is
        available for 3 months after a final delivery state is reached.
        """

        response = self._client._send(
            _get_sms_status._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return _get_sms_status._result(self._client, response)


class SmsMessagingResourceWithRawResponse:
    """``client.sms_messaging.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def send_sms_via_get(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = None,
        gateway: str | None = None,
        conversion: bool | None = None,
        send_date_time: datetime.datetime | None = None,
        validity: str | None = None,
        reference: str | None = None,
        callback_url: str | None = None,
        callback_method: CallbackMethod | None = None,
        part_limit: int | None = None,
        trate: float | None = None,
        mrate: float | None = None,
        upper_cased: bool | None = None,
        keep_emojis: bool | None = None,
        flash: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Send SMS (GET)

        Sends an SMS via the GET HTTP method with parameters defined in the
        query string. Sending is not idempotent even though the method is GET:
        every call sends a new message.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _send_sms_via_get._get_kwargs(
                to=to,
                from_=from_,
                message=message,
                encoding=UNSET if encoding is None else encoding,
                gateway=UNSET if gateway is None else gateway,
                conversion=UNSET if conversion is None else conversion,
                send_date_time=UNSET if send_date_time is None else send_date_time,
                validity=UNSET if validity is None else validity,
                reference=UNSET if reference is None else reference,
                callback_url=UNSET if callback_url is None else callback_url,
                callback_method=UNSET if callback_method is None else callback_method,
                part_limit=UNSET if part_limit is None else part_limit,
                trate=UNSET if trate is None else trate,
                mrate=UNSET if mrate is None else mrate,
                upper_cased=UNSET if upper_cased is None else upper_cased,
                keep_emojis=UNSET if keep_emojis is None else keep_emojis,
                flash=UNSET if flash is None else flash,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_sms_via_get._result, self._client, response)
        )

    @overload
    def send_sms(
        self,
        *,
        body: SmsMessage,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]: ...

    @overload
    def send_sms(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]: ...

    def send_sms(
        self,
        *,
        body: SmsMessage | None = None,
        to: str = NOT_GIVEN,
        from_: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Send SMS (POST)

        Sends an SMS via the POST HTTP method with parameters defined in the request body.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsMessage(
                to=to,
                from_=from_,
                message=message,
                encoding=encoding,
                gateway=gateway,
                conversion=conversion,
                send_date_time=send_date_time,
                validity=validity,
                reference=reference,
                callback_url=callback_url,
                callback_method=callback_method,
                part_limit=part_limit,
                trate=trate,
                mrate=mrate,
                upper_cased=upper_cased,
                keep_emojis=keep_emojis,
                flash=flash,
            )

        response = self._client._send(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    def get_sms_status(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Read SMS status

        Returns the status of a sent SMS message. When the send configured a
        callback URL, the same status is also delivered there. The status is
        available for 3 months after a final delivery state is reached.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_status._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_status._result, self._client, response)
        )


class AsyncSmsMessagingResource:
    """``client.aio.sms_messaging``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsMessagingResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsMessagingResourceWithRawResponse(self._client)

    async def send_sms_via_get(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = None,
        gateway: str | None = None,
        conversion: bool | None = None,
        send_date_time: datetime.datetime | None = None,
        validity: str | None = None,
        reference: str | None = None,
        callback_url: str | None = None,
        callback_method: CallbackMethod | None = None,
        part_limit: int | None = None,
        trate: float | None = None,
        mrate: float | None = None,
        upper_cased: bool | None = None,
        keep_emojis: bool | None = None,
        flash: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Send SMS (GET)

        Sends an SMS via the GET HTTP method with parameters defined in the
        query string. Sending is not idempotent even though the method is GET:
        every call sends a new message.
        """

        response = await self._client._asend(
            _send_sms_via_get._get_kwargs(
                to=to,
                from_=from_,
                message=message,
                encoding=UNSET if encoding is None else encoding,
                gateway=UNSET if gateway is None else gateway,
                conversion=UNSET if conversion is None else conversion,
                send_date_time=UNSET if send_date_time is None else send_date_time,
                validity=UNSET if validity is None else validity,
                reference=UNSET if reference is None else reference,
                callback_url=UNSET if callback_url is None else callback_url,
                callback_method=UNSET if callback_method is None else callback_method,
                part_limit=UNSET if part_limit is None else part_limit,
                trate=UNSET if trate is None else trate,
                mrate=UNSET if mrate is None else mrate,
                upper_cased=UNSET if upper_cased is None else upper_cased,
                keep_emojis=UNSET if keep_emojis is None else keep_emojis,
                flash=UNSET if flash is None else flash,
            ),
            extra_headers,
        )
        return _send_sms_via_get._result(self._client, response)

    @overload
    async def send_sms(
        self,
        *,
        body: SmsMessage,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse: ...

    @overload
    async def send_sms(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse: ...

    async def send_sms(
        self,
        *,
        body: SmsMessage | None = None,
        to: str = NOT_GIVEN,
        from_: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Send SMS (POST)

        Sends an SMS via the POST HTTP method with parameters defined in the request body.
        """

        if body is None:
            body = SmsMessage(
                to=to,
                from_=from_,
                message=message,
                encoding=encoding,
                gateway=gateway,
                conversion=conversion,
                send_date_time=send_date_time,
                validity=validity,
                reference=reference,
                callback_url=callback_url,
                callback_method=callback_method,
                part_limit=part_limit,
                trate=trate,
                mrate=mrate,
                upper_cased=upper_cased,
                keep_emojis=keep_emojis,
                flash=flash,
            )

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms._result(self._client, response)

    async def get_sms_status(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RestMessageResponse:
        """Read SMS status

        Returns the status of a sent SMS message. When the send configured a
        callback URL, the same status is also delivered there. The status is
        available for 3 months after a final delivery state is reached.
        """

        response = await self._client._asend(
            _get_sms_status._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return _get_sms_status._result(self._client, response)


class AsyncSmsMessagingResourceWithRawResponse:
    """``client.aio.sms_messaging.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def send_sms_via_get(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = None,
        gateway: str | None = None,
        conversion: bool | None = None,
        send_date_time: datetime.datetime | None = None,
        validity: str | None = None,
        reference: str | None = None,
        callback_url: str | None = None,
        callback_method: CallbackMethod | None = None,
        part_limit: int | None = None,
        trate: float | None = None,
        mrate: float | None = None,
        upper_cased: bool | None = None,
        keep_emojis: bool | None = None,
        flash: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Send SMS (GET)

        Sends an SMS via the GET HTTP method with parameters defined in the
        query string. Sending is not idempotent even though the method is GET:
        every call sends a new message.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _send_sms_via_get._get_kwargs(
                to=to,
                from_=from_,
                message=message,
                encoding=UNSET if encoding is None else encoding,
                gateway=UNSET if gateway is None else gateway,
                conversion=UNSET if conversion is None else conversion,
                send_date_time=UNSET if send_date_time is None else send_date_time,
                validity=UNSET if validity is None else validity,
                reference=UNSET if reference is None else reference,
                callback_url=UNSET if callback_url is None else callback_url,
                callback_method=UNSET if callback_method is None else callback_method,
                part_limit=UNSET if part_limit is None else part_limit,
                trate=UNSET if trate is None else trate,
                mrate=UNSET if mrate is None else mrate,
                upper_cased=UNSET if upper_cased is None else upper_cased,
                keep_emojis=UNSET if keep_emojis is None else keep_emojis,
                flash=UNSET if flash is None else flash,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_sms_via_get._result, self._client, response)
        )

    @overload
    async def send_sms(
        self,
        *,
        body: SmsMessage,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]: ...

    @overload
    async def send_sms(
        self,
        *,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]: ...

    async def send_sms(
        self,
        *,
        body: SmsMessage | None = None,
        to: str = NOT_GIVEN,
        from_: str = NOT_GIVEN,
        message: str = NOT_GIVEN,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Send SMS (POST)

        Sends an SMS via the POST HTTP method with parameters defined in the request body.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsMessage(
                to=to,
                from_=from_,
                message=message,
                encoding=encoding,
                gateway=gateway,
                conversion=conversion,
                send_date_time=send_date_time,
                validity=validity,
                reference=reference,
                callback_url=callback_url,
                callback_method=callback_method,
                part_limit=part_limit,
                trate=trate,
                mrate=mrate,
                upper_cased=upper_cased,
                keep_emojis=keep_emojis,
                flash=flash,
            )

        response = await self._client._asend(
            _send_sms._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(response, partial(_send_sms._result, self._client, response))

    async def get_sms_status(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[RestMessageResponse]:
        """Read SMS status

        Returns the status of a sent SMS message. When the send configured a
        callback URL, the same status is also delivered there. The status is
        available for 3 months after a final delivery state is reached.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_status._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_status._result, self._client, response)
        )


__all__ = [
    "AsyncSmsMessagingResource",
    "AsyncSmsMessagingResourceWithRawResponse",
    "SmsMessagingResource",
    "SmsMessagingResourceWithRawResponse",
]
