"""byon_contact_service: the resource ``client.byon_contact_service``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.contact_array_response import ContactArrayResponse
from ...models.contact_entity import ContactEntity
from ...models.error_response import ErrorResponse
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import create_contact as _create_contact
from . import delete_contact as _delete_contact
from . import edit_contact as _edit_contact
from . import get_contact as _get_contact
from . import list_contacts as _list_contacts

if TYPE_CHECKING:
    from ...client import Client


class ByonContactServiceResource:
    """``client.byon_contact_service``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ByonContactServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return ByonContactServiceResourceWithRawResponse(self._client)

    def list_contacts(
        self,
        *,
        friendly_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ContactArrayResponse]:
        """List all contacts

        Returns all contacts created with your API key; the `contactId` of
        each is what editing or deleting the contact takes. You can specify
        friendlyName to filter the results.
        """

        response = self._client._send(
            _list_contacts._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
            ),
            extra_headers,
        )
        return _list_contacts._result(self._client, response)

    @overload
    def create_contact(
        self,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity: ...

    @overload
    def create_contact(
        self,
        *,
        company_name: str,
        contact_email: str,
        contact_name: str,
        contact_phone: str,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity: ...

    def create_contact(
        self,
        *,
        body: ContactEntity | None = None,
        company_name: str = NOT_GIVEN,
        contact_email: str = NOT_GIVEN,
        contact_name: str = NOT_GIVEN,
        contact_phone: str = NOT_GIVEN,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Create a contact

        Creates a new contact. The reply carries the new contact's `contactId`.
        """

        if body is None:
            body = ContactEntity(
                company_name=company_name,
                contact_email=contact_email,
                contact_name=contact_name,
                contact_phone=contact_phone,
                contact_id=contact_id,
                company_address=company_address,
                contact_title=contact_title,
                friendly_name=friendly_name,
            )

        response = self._client._send(
            _create_contact._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_contact._result(self._client, response)

    def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Read a contact

        Returns the contact for the provided contactId.
        """

        response = self._client._send(
            _get_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _get_contact._result(self._client, response)

    def edit_contact(
        self,
        contact_id: str,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Edit a contact

        Edits the contact for the provided contactId; the body replaces the stored details.
        """

        response = self._client._send(
            _edit_contact._get_kwargs(
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return _edit_contact._result(self._client, response)

    def delete_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Delete a contact

        Deletes the contact for the provided contactId and answers with what was deleted.
        """

        response = self._client._send(
            _delete_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _delete_contact._result(self._client, response)


class ByonContactServiceResourceWithRawResponse:
    """``client.byon_contact_service.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def list_contacts(
        self,
        *,
        friendly_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[ContactArrayResponse]]:
        """List all contacts

        Returns all contacts created with your API key; the `contactId` of
        each is what editing or deleting the contact takes. You can specify
        friendlyName to filter the results.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _list_contacts._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_list_contacts._result, self._client, response)
        )

    @overload
    def create_contact(
        self,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]: ...

    @overload
    def create_contact(
        self,
        *,
        company_name: str,
        contact_email: str,
        contact_name: str,
        contact_phone: str,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]: ...

    def create_contact(
        self,
        *,
        body: ContactEntity | None = None,
        company_name: str = NOT_GIVEN,
        contact_email: str = NOT_GIVEN,
        contact_name: str = NOT_GIVEN,
        contact_phone: str = NOT_GIVEN,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Create a contact

        Creates a new contact. The reply carries the new contact's `contactId`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactEntity(
                company_name=company_name,
                contact_email=contact_email,
                contact_name=contact_name,
                contact_phone=contact_phone,
                contact_id=contact_id,
                company_address=company_address,
                contact_title=contact_title,
                friendly_name=friendly_name,
            )

        response = self._client._send(
            _create_contact._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_contact._result, self._client, response)
        )

    def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Read a contact

        Returns the contact for the provided contactId.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_contact._result, self._client, response)
        )

    def edit_contact(
        self,
        contact_id: str,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Edit a contact

        Edits the contact for the provided contactId; the body replaces the stored details.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _edit_contact._get_kwargs(
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_edit_contact._result, self._client, response)
        )

    def delete_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Delete a contact

        Deletes the contact for the provided contactId and answers with what was deleted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact._result, self._client, response)
        )


class AsyncByonContactServiceResource:
    """``client.aio.byon_contact_service``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncByonContactServiceResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncByonContactServiceResourceWithRawResponse(self._client)

    async def list_contacts(
        self,
        *,
        friendly_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[ContactArrayResponse]:
        """List all contacts

        Returns all contacts created with your API key; the `contactId` of
        each is what editing or deleting the contact takes. You can specify
        friendlyName to filter the results.
        """

        response = await self._client._asend(
            _list_contacts._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
            ),
            extra_headers,
        )
        return _list_contacts._result(self._client, response)

    @overload
    async def create_contact(
        self,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity: ...

    @overload
    async def create_contact(
        self,
        *,
        company_name: str,
        contact_email: str,
        contact_name: str,
        contact_phone: str,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity: ...

    async def create_contact(
        self,
        *,
        body: ContactEntity | None = None,
        company_name: str = NOT_GIVEN,
        contact_email: str = NOT_GIVEN,
        contact_name: str = NOT_GIVEN,
        contact_phone: str = NOT_GIVEN,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Create a contact

        Creates a new contact. The reply carries the new contact's `contactId`.
        """

        if body is None:
            body = ContactEntity(
                company_name=company_name,
                contact_email=contact_email,
                contact_name=contact_name,
                contact_phone=contact_phone,
                contact_id=contact_id,
                company_address=company_address,
                contact_title=contact_title,
                friendly_name=friendly_name,
            )

        response = await self._client._asend(
            _create_contact._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_contact._result(self._client, response)

    async def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Read a contact

        Returns the contact for the provided contactId.
        """

        response = await self._client._asend(
            _get_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _get_contact._result(self._client, response)

    async def edit_contact(
        self,
        contact_id: str,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Edit a contact

        Edits the contact for the provided contactId; the body replaces the stored details.
        """

        response = await self._client._asend(
            _edit_contact._get_kwargs(
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return _edit_contact._result(self._client, response)

    async def delete_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactEntity:
        """Delete a contact

        Deletes the contact for the provided contactId and answers with what was deleted.
        """

        response = await self._client._asend(
            _delete_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _delete_contact._result(self._client, response)


class AsyncByonContactServiceResourceWithRawResponse:
    """``client.aio.byon_contact_service.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def list_contacts(
        self,
        *,
        friendly_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[ContactArrayResponse]]:
        """List all contacts

        Returns all contacts created with your API key; the `contactId` of
        each is what editing or deleting the contact takes. You can specify
        friendlyName to filter the results.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _list_contacts._get_kwargs(
                friendly_name=UNSET if friendly_name is None else friendly_name,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_list_contacts._result, self._client, response)
        )

    @overload
    async def create_contact(
        self,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]: ...

    @overload
    async def create_contact(
        self,
        *,
        company_name: str,
        contact_email: str,
        contact_name: str,
        contact_phone: str,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]: ...

    async def create_contact(
        self,
        *,
        body: ContactEntity | None = None,
        company_name: str = NOT_GIVEN,
        contact_email: str = NOT_GIVEN,
        contact_name: str = NOT_GIVEN,
        contact_phone: str = NOT_GIVEN,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Create a contact

        Creates a new contact. The reply carries the new contact's `contactId`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactEntity(
                company_name=company_name,
                contact_email=contact_email,
                contact_name=contact_name,
                contact_phone=contact_phone,
                contact_id=contact_id,
                company_address=company_address,
                contact_title=contact_title,
                friendly_name=friendly_name,
            )

        response = await self._client._asend(
            _create_contact._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_contact._result, self._client, response)
        )

    async def get_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Read a contact

        Returns the contact for the provided contactId.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_contact._result, self._client, response)
        )

    async def edit_contact(
        self,
        contact_id: str,
        *,
        body: ContactEntity,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Edit a contact

        Edits the contact for the provided contactId; the body replaces the stored details.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _edit_contact._get_kwargs(
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_edit_contact._result, self._client, response)
        )

    async def delete_contact(
        self,
        contact_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactEntity]:
        """Delete a contact

        Deletes the contact for the provided contactId and answers with what was deleted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact._get_kwargs(
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact._result, self._client, response)
        )


__all__ = [
    "AsyncByonContactServiceResource",
    "AsyncByonContactServiceResourceWithRawResponse",
    "ByonContactServiceResource",
    "ByonContactServiceResourceWithRawResponse",
]
