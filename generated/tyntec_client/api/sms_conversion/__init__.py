"""sms_conversion: the resource ``client.sms_conversion``, and one module per operation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.conversion_event import ConversionEvent
from ...models.problem import Problem
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import send_conversion_report as _send_conversion_report

if TYPE_CHECKING:
    from ...client import Client


class SmsConversionResource:
    """``client.sms_conversion``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsConversionResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsConversionResourceWithRawResponse(self._client)

    @overload
    def send_conversion_report(
        self,
        *,
        body: ConversionEvent,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    def send_conversion_report(
        self,
        *,
        request_id: str,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    def send_conversion_report(
        self,
        *,
        body: ConversionEvent | None = None,
        request_id: str = NOT_GIVEN,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Conversion report

        Report either a successful or an unsuccessful conversion event for a message.
        """

        if body is None:
            body = ConversionEvent(
                request_id=request_id,
                delivered=delivered,
                timestamp=timestamp,
            )

        response = self._client._send(
            _send_conversion_report._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_conversion_report._result(self._client, response)


class SmsConversionResourceWithRawResponse:
    """``client.sms_conversion.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def send_conversion_report(
        self,
        *,
        body: ConversionEvent,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    def send_conversion_report(
        self,
        *,
        request_id: str,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    def send_conversion_report(
        self,
        *,
        body: ConversionEvent | None = None,
        request_id: str = NOT_GIVEN,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Conversion report

        Report either a successful or an unsuccessful conversion event for a message.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ConversionEvent(
                request_id=request_id,
                delivered=delivered,
                timestamp=timestamp,
            )

        response = self._client._send(
            _send_conversion_report._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_conversion_report._result, self._client, response)
        )


class AsyncSmsConversionResource:
    """``client.aio.sms_conversion``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsConversionResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsConversionResourceWithRawResponse(self._client)

    @overload
    async def send_conversion_report(
        self,
        *,
        body: ConversionEvent,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    @overload
    async def send_conversion_report(
        self,
        *,
        request_id: str,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None: ...

    async def send_conversion_report(
        self,
        *,
        body: ConversionEvent | None = None,
        request_id: str = NOT_GIVEN,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Conversion report

        Report either a successful or an unsuccessful conversion event for a message.
        """

        if body is None:
            body = ConversionEvent(
                request_id=request_id,
                delivered=delivered,
                timestamp=timestamp,
            )

        response = await self._client._asend(
            _send_conversion_report._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_conversion_report._result(self._client, response)


class AsyncSmsConversionResourceWithRawResponse:
    """``client.aio.sms_conversion.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def send_conversion_report(
        self,
        *,
        body: ConversionEvent,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    @overload
    async def send_conversion_report(
        self,
        *,
        request_id: str,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]: ...

    async def send_conversion_report(
        self,
        *,
        body: ConversionEvent | None = None,
        request_id: str = NOT_GIVEN,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Conversion report

        Report either a successful or an unsuccessful conversion event for a message.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ConversionEvent(
                request_id=request_id,
                delivered=delivered,
                timestamp=timestamp,
            )

        response = await self._client._asend(
            _send_conversion_report._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_conversion_report._result, self._client, response)
        )


__all__ = [
    "AsyncSmsConversionResource",
    "AsyncSmsConversionResourceWithRawResponse",
    "SmsConversionResource",
    "SmsConversionResourceWithRawResponse",
]
