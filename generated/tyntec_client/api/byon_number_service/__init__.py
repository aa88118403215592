"""byon_number_service: the resource ``client.byon_number_service``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_response import ErrorResponse
from ...models.phone_number_entity import PhoneNumberEntity
from ...models.phone_provisioning_array_response import PhoneProvisioningArrayResponse
from ...models.phone_provisioning_entity import PhoneProvisioningEntity
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_provisioning_request as _get_provisioning_request
from . import list_provisioning_requests as _list_provisioning_requests
from . import register_phones as _register_phones

if TYPE_CHECKING:
    from ...client import Client


class ByonNumberServiceResource:
    """``client.byon_number_service``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ByonNumberServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return ByonNumberServiceResourceWithRawResponse(self._client)

    def list_provisioning_requests(
        self,
        *,
        friendly_name: str | None = None,
        contact_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PhoneProvisioningArrayResponse]:
        """List all phones

        Returns the provisioning requests created with your API key. You can
        specify friendlyName or contactId for filtering the results.
        """

        response = self._client._send(
            _list_provisioning_requests._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=UNSET if contact_id is None else contact_id,
            ),
            extra_headers,
        )
        return _list_provisioning_requests._result(self._client, response)

    def register_phones(
        self,
        *,
        body: list[PhoneNumberEntity],
        friendly_name: str | None = None,
        contact_id: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneProvisioningEntity:
        """Register phones

        Registers a batch of numbers for the contact `contactId` in one
        provisioning request. Each number needs its `country` unless it is
        written in the international format with a leading `+`.
        """

        response = self._client._send(
            _register_phones._get_kwargs(
                body=body,
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _register_phones._result(self._client, response)

    def get_provisioning_request(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneProvisioningEntity:
        """Read phone status

        Returns the details of the provisioning request for the provided requestId.
        """

        response = self._client._send(
            _get_provisioning_request._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return _get_provisioning_request._result(self._client, response)


class ByonNumberServiceResourceWithRawResponse:
    """``client.byon_number_service.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_provisioning_requests(
        self,
        *,
        friendly_name: str | None = None,
        contact_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[PhoneProvisioningArrayResponse]]:
        """List all phones

        Returns the provisioning requests created with your API key. You can
        specify friendlyName or contactId for filtering the results.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _list_provisioning_requests._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=UNSET if contact_id is None else contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_list_provisioning_requests._result, self._client, response),
        )

    def register_phones(
        self,
        *,
        body: list[PhoneNumberEntity],
        friendly_name: str | None = None,
        contact_id: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[PhoneProvisioningEntity]:
        """Register phones

        Registers a batch of numbers for the contact `contactId` in one
        provisioning request. Each number needs its `country` unless it is
        written in the international format with a leading `+`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _register_phones._get_kwargs(
                body=body,
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_phones._result, self._client, response)
        )

    def get_provisioning_request(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[PhoneProvisioningEntity]:
        """Read phone status

        Returns the details of the provisioning request for the provided requestId.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_provisioning_request._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_provisioning_request._result, self._client, response)
        )


class AsyncByonNumberServiceResource:
    """``client.aio.byon_number_service``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncByonNumberServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncByonNumberServiceResourceWithRawResponse(self._client)

    async def list_provisioning_requests(
        self,
        *,
        friendly_name: str | None = None,
        contact_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[PhoneProvisioningArrayResponse]:
        """List all phones

        Returns the provisioning requests created with your API key. You can
        specify friendlyName or contactId for filtering the results.
        """

        response = await self._client._asend(
            _list_provisioning_requests._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=UNSET if contact_id is None else contact_id,
            ),
            extra_headers,
        )
        return _list_provisioning_requests._result(self._client, response)

    async def register_phones(
        self,
        *,
        body: list[PhoneNumberEntity],
        friendly_name: str | None = None,
        contact_id: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneProvisioningEntity:
        """Register phones

        Registers a batch of numbers for the contact `contactId` in one
        provisioning request. Each number needs its `country` unless it is
        written in the international format with a leading `+`.
        """

        response = await self._client._asend(
            _register_phones._get_kwargs(
                body=body,
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _register_phones._result(self._client, response)

    async def get_provisioning_request(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneProvisioningEntity:
        """Read phone status

        Returns the details of the provisioning request for the provided requestId.
        """

        response = await self._client._asend(
            _get_provisioning_request._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return _get_provisioning_request._result(self._client, response)


class AsyncByonNumberServiceResourceWithRawResponse:
    """``client.aio.byon_number_service.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_provisioning_requests(
        self,
        *,
        friendly_name: str | None = None,
        contact_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[PhoneProvisioningArrayResponse]]:
        """List all phones

        Returns the provisioning requests created with your API key. You can
        specify friendlyName or contactId for filtering the results.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _list_provisioning_requests._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=UNSET if contact_id is None else contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_list_provisioning_requests._result, self._client, response),
        )

    async def register_phones(
        self,
        *,
        body: list[PhoneNumberEntity],
        friendly_name: str | None = None,
        contact_id: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[PhoneProvisioningEntity]:
        """Register phones

        Registers a batch of numbers for the contact `contactId` in one
        provisioning request. Each number needs its `country` unless it is
        written in the international format with a leading `+`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _register_phones._get_kwargs(
                body=body,
                friendly_name=UNSET if friendly_name is None else friendly_name,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_phones._result, self._client, response)
        )

    async def get_provisioning_request(
        self,
        request_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[PhoneProvisioningEntity]:
        """Read phone status

        Returns the details of the provisioning request for the provided requestId.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_provisioning_request._get_kwargs(
                request_id=request_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_provisioning_request._result, self._client, response)
        )


__all__ = [
    "AsyncByonNumberServiceResource",
    "AsyncByonNumberServiceResourceWithRawResponse",
    "ByonNumberServiceResource",
    "ByonNumberServiceResourceWithRawResponse",
]
