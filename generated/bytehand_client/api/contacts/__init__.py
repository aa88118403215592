"""contacts: the resource ``client.contacts``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bulk_result import BulkResult
from ...models.contact import Contact
from ...models.contact_bulk_patch import ContactBulkPatch
from ...models.contact_input import ContactInput
from ...models.contact_list import ContactList
from ...models.contact_list_input import ContactListInput
from ...models.contact_list_patch import ContactListPatch
from ...models.contact_list_property import ContactListProperty
from ...models.contact_list_property_input import ContactListPropertyInput
from ...models.contact_list_property_patch import ContactListPropertyPatch
from ...models.contact_list_segment import ContactListSegment
from ...models.contact_list_segment_input import ContactListSegmentInput
from ...models.contact_list_segment_patch import ContactListSegmentPatch
from ...models.contact_list_v1 import ContactListV1
from ...models.contact_patch import ContactPatch
from ...models.contact_properties import ContactProperties
from ...models.error import Error
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import create_contact_list as _create_contact_list
from . import create_contact_list_contacts as _create_contact_list_contacts
from . import create_contact_list_property as _create_contact_list_property
from . import create_contact_list_segment as _create_contact_list_segment
from . import delete_contact_list_by_id as _delete_contact_list_by_id
from . import delete_contact_list_contact_by_id as _delete_contact_list_contact_by_id
from . import delete_contact_list_contacts as _delete_contact_list_contacts
from . import delete_contact_list_property_by_id as _delete_contact_list_property_by_id
from . import delete_contact_list_segment_by_id as _delete_contact_list_segment_by_id
from . import delete_contact_list_v1_by_id as _delete_contact_list_v1_by_id
from . import delete_contact_lists as _delete_contact_lists
from . import delete_contact_lists_v1 as _delete_contact_lists_v1
from . import get_contact_list_by_id as _get_contact_list_by_id
from . import get_contact_list_contact_by_id as _get_contact_list_contact_by_id
from . import get_contact_list_properties as _get_contact_list_properties
from . import get_contact_list_property_by_id as _get_contact_list_property_by_id
from . import get_contact_list_segment_by_id as _get_contact_list_segment_by_id
from . import get_contact_list_segments as _get_contact_list_segments
from . import get_contact_list_v1_by_id as _get_contact_list_v1_by_id
from . import query_contact_list_contacts as _query_contact_list_contacts
from . import query_contact_list_contacts_count as _query_contact_list_contacts_count
from . import query_contact_lists as _query_contact_lists
from . import query_contact_lists_count as _query_contact_lists_count
from . import query_contact_lists_count_v1 as _query_contact_lists_count_v1
from . import query_contact_lists_v1 as _query_contact_lists_v1
from . import update_contact_list as _update_contact_list
from . import update_contact_list_contact_by_id as _update_contact_list_contact_by_id
from . import update_contact_list_contacts as _update_contact_list_contacts
from . import update_contact_list_property_by_id as _update_contact_list_property_by_id
from . import update_contact_list_segment_by_id as _update_contact_list_segment_by_id
from . import upgrade_contact_list_v1_by_id as _upgrade_contact_list_v1_by_id

if TYPE_CHECKING:
    from ...client import Client


class ContactsResource:
    """``client.contacts``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return ContactsResourceWithRawResponse(self._client)

    def get_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListV1:
        """Returns contact lists in legacy format.

        Returns one legacy contact list, with its contacts, by its ID.
        """

        response = self._client._send(
            _get_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _get_contact_list_v1_by_id._result(self._client, response)

    def upgrade_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Upgrades a contact list from a legacy format by its ID to the current format.

        Creates a current contact list with the legacy list's name and contacts, and removes the legacy
        list.
        """

        response = self._client._send(
            _upgrade_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _upgrade_contact_list_v1_by_id._result(self._client, response)

    def delete_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a legacy contact list by ID."""

        response = self._client._send(
            _delete_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_v1_by_id._result(self._client, response)

    def query_contact_lists_v1(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ContactListV1]:
        """Returns legacy contact lists that match the query.

        Contact lists made with the v1 API, in their old format (the
        contacts inside the list). They can only be read, deleted or upgraded
        to the current format; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_lists_v1._get_kwargs(
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
        return SyncPage[ContactListV1](
            response,
            partial(_query_contact_lists_v1._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def delete_contact_lists_v1(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contact lists in legacy format."""

        response = self._client._send(
            _delete_contact_lists_v1._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_lists_v1._result(self._client, response)

    def query_contact_lists_count_v1(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of legacy contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_contact_lists_count_v1._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_lists_count_v1._result(self._client, response)

    def get_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Returns a contact in the contact list by its ID."""

        response = self._client._send(
            _get_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _get_contact_list_contact_by_id._result(self._client, response)

    def delete_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a contact in the contact list by its ID."""

        response = self._client._send(
            _delete_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_contact_by_id._result(self._client, response)

    @overload
    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact: ...

    @overload
    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact: ...

    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch | None = None,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Edits a contact in the contact list by its ID.

        Changes the fields given; `properties` are merged into the contact's.
        """

        if body is None:
            body = ContactPatch(
                phone=phone,
                name=name,
                email=email,
                properties=properties,
            )

        response = self._client._send(
            _update_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_contact_by_id._result(self._client, response)

    def query_contact_list_contacts(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Contact]:
        """Returns the contacts and contact list that match the query.

        The list's contacts that match the query; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_list_contacts._get_kwargs(
                    list_id=list_id,
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
        return SyncPage[Contact](
            response,
            partial(_query_contact_list_contacts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def create_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactInput | list[ContactInput],
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Contact]:
        """Creates one or more contacts in the contact list.

        Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
        must be a property of the list (404 otherwise). The reply is an array either way.
        """

        response = self._client._send(
            _create_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_contacts._result(self._client, response)

    def delete_contact_list_contacts(
        self,
        list_id: int,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contacts in the contact list."""

        response = self._client._send(
            _delete_contact_list_contacts._get_kwargs(
                list_id=list_id,
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_list_contacts._result(self._client, response)

    def query_contact_list_contacts_count(
        self,
        list_id: int,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of contacts from the contact list that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_contact_list_contacts_count._get_kwargs(
                list_id=list_id,
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_list_contacts_count._result(self._client, response)

    @overload
    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch | None = None,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Edits contacts in the contact list.

        Sets the given fields on every matching contact.
        """

        if body is None:
            body = ContactBulkPatch(
                name=name,
                email=email,
                properties=properties,
            )

        response = self._client._send(
            _update_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_contact_list_contacts._result(self._client, response)

    def get_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Returns a field in the contact list by its ID."""

        response = self._client._send(
            _get_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return _get_contact_list_property_by_id._result(self._client, response)

    def delete_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a field from the contact list by its ID.

        Also removes the field's values from every contact of the list.
        """

        response = self._client._send(
            _delete_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_property_by_id._result(self._client, response)

    @overload
    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    @overload
    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Edits the contact list field by its ID.

        Changes the fields given; renaming a property renames it in every contact of the list.
        """

        if body is None:
            body = ContactListPropertyPatch(
                name=name,
                description=description,
            )

        response = self._client._send(
            _update_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_property_by_id._result(self._client, response)

    def get_contact_list_properties(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ContactListProperty]:
        """Returns the fields in the contact list.

        The list's additional contact fields, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_contact_list_properties._get_kwargs(
                    list_id=list_id,
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[ContactListProperty](
            response,
            partial(_get_contact_list_properties._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    @overload
    def create_contact_list_property(
        self,
        list_id: int,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Creates an additional field for the contact list.

        Adds a field every contact of the list can carry in its `properties`; names are unique within a list
        (409).
        """

        if body is None:
            body = ContactListPropertyInput(
                name=name,
                description=description,
            )

        response = self._client._send(
            _create_contact_list_property._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_property._result(self._client, response)

    def get_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Returns a segment in the contact list by its ID."""

        response = self._client._send(
            _get_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return _get_contact_list_segment_by_id._result(self._client, response)

    def delete_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a segment from the contact list by its ID."""

        response = self._client._send(
            _delete_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_segment_by_id._result(self._client, response)

    @overload
    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    @overload
    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch | None = None,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Edits a contact list segment by its ID.

        Changes the fields given.
        """

        if body is None:
            body = ContactListSegmentPatch(
                name=name,
                query=query,
            )

        response = self._client._send(
            _update_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_segment_by_id._result(self._client, response)

    def get_contact_list_segments(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ContactListSegment]:
        """Returns the segments in the contact list.

        The list's segments, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_contact_list_segments._get_kwargs(
                    list_id=list_id,
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[ContactListSegment](
            response,
            partial(_get_contact_list_segments._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    @overload
    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        name: str,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput | None = None,
        name: str = NOT_GIVEN,
        query: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Creates a new segment for the contact list.

        A segment is a saved contact query; its `size` is the number of the list's contacts it matches now.
        """

        if body is None:
            body = ContactListSegmentInput(
                name=name,
                query=query,
            )

        response = self._client._send(
            _create_contact_list_segment._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_segment._result(self._client, response)

    def get_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Returns a contact list by its ID."""

        response = self._client._send(
            _get_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _get_contact_list_by_id._result(self._client, response)

    def delete_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a contact list by its ID.

        Deletes the list together with its contacts, properties and segments.
        """

        response = self._client._send(
            _delete_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_by_id._result(self._client, response)

    @overload
    def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    @overload
    def update_contact_list(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Edits the contact list.

        Changes the fields given.
        """

        if body is None:
            body = ContactListPatch(
                name=name,
                description=description,
            )

        response = self._client._send(
            _update_contact_list._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list._result(self._client, response)

    def query_contact_lists(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ContactList]:
        """Returns lists of contacts that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_lists._get_kwargs(
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
        return SyncPage[ContactList](
            response,
            partial(_query_contact_lists._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_contact_list(
        self,
        *,
        body: ContactListInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    @overload
    def create_contact_list(
        self,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    def create_contact_list(
        self,
        *,
        body: ContactListInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Creates a contact list."""

        if body is None:
            body = ContactListInput(
                name=name,
                description=description,
            )

        response = self._client._send(
            _create_contact_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list._result(self._client, response)

    def delete_contact_lists(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contact lists.

        Deletes every matching list together with its contacts, properties and segments.
        """

        response = self._client._send(
            _delete_contact_lists._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_lists._result(self._client, response)

    def query_contact_lists_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_contact_lists_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_lists_count._result(self._client, response)


class ContactsResourceWithRawResponse:
    """``client.contacts.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListV1]:
        """Returns contact lists in legacy format.

        Returns one legacy contact list, with its contacts, by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_v1_by_id._result, self._client, response),
        )

    def upgrade_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Upgrades a contact list from a legacy format by its ID to the current format.

        Creates a current contact list with the legacy list's name and contacts, and removes the legacy
        list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _upgrade_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_upgrade_contact_list_v1_by_id._result, self._client, response),
        )

    def delete_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a legacy contact list by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_v1_by_id._result, self._client, response),
        )

    def query_contact_lists_v1(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ContactListV1]]:
        """Returns legacy contact lists that match the query.

        Contact lists made with the v1 API, in their old format (the
        contacts inside the list). They can only be read, deleted or upgraded
        to the current format; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_lists_v1._get_kwargs(
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
                SyncPage[ContactListV1],
                response,
                partial(_query_contact_lists_v1._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def delete_contact_lists_v1(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contact lists in legacy format.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_lists_v1._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact_lists_v1._result, self._client, response)
        )

    def query_contact_lists_count_v1(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of legacy contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_contact_lists_count_v1._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_lists_count_v1._result, self._client, response),
        )

    def get_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]:
        """Returns a contact in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_contact_by_id._result, self._client, response),
        )

    def delete_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a contact in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_contact_by_id._result, self._client, response),
        )

    @overload
    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]: ...

    @overload
    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]: ...

    def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch | None = None,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]:
        """Edits a contact in the contact list by its ID.

        Changes the fields given; `properties` are merged into the contact's.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactPatch(
                phone=phone,
                name=name,
                email=email,
                properties=properties,
            )

        response = self._client._send(
            _update_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_contact_by_id._result, self._client, response),
        )

    def query_contact_list_contacts(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Contact]]:
        """Returns the contacts and contact list that match the query.

        The list's contacts that match the query; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_list_contacts._get_kwargs(
                    list_id=list_id,
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
                SyncPage[Contact],
                response,
                partial(_query_contact_list_contacts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def create_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactInput | list[ContactInput],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[Contact]]:
        """Creates one or more contacts in the contact list.

        Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
        must be a property of the list (404 otherwise). The reply is an array either way.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _create_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_contacts._result, self._client, response),
        )

    def delete_contact_list_contacts(
        self,
        list_id: int,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contacts in the contact list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_contacts._get_kwargs(
                list_id=list_id,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_contacts._result, self._client, response),
        )

    def query_contact_list_contacts_count(
        self,
        list_id: int,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of contacts from the contact list that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_contact_list_contacts_count._get_kwargs(
                list_id=list_id,
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_list_contacts_count._result, self._client, response),
        )

    @overload
    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch | None = None,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Edits contacts in the contact list.

        Sets the given fields on every matching contact.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactBulkPatch(
                name=name,
                email=email,
                properties=properties,
            )

        response = self._client._send(
            _update_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_contacts._result, self._client, response),
        )

    def get_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Returns a field in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_property_by_id._result, self._client, response),
        )

    def delete_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a field from the contact list by its ID.

        Also removes the field's values from every contact of the list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(
                _delete_contact_list_property_by_id._result, self._client, response
            ),
        )

    @overload
    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    @overload
    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Edits the contact list field by its ID.

        Changes the fields given; renaming a property renames it in every contact of the list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPropertyPatch(
                name=name,
                description=description,
            )

        response = self._client._send(
            _update_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(
                _update_contact_list_property_by_id._result, self._client, response
            ),
        )

    def get_contact_list_properties(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ContactListProperty]]:
        """Returns the fields in the contact list.

        The list's additional contact fields, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_contact_list_properties._get_kwargs(
                    list_id=list_id,
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
                SyncPage[ContactListProperty],
                response,
                partial(_get_contact_list_properties._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    @overload
    def create_contact_list_property(
        self,
        list_id: int,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Creates an additional field for the contact list.

        Adds a field every contact of the list can carry in its `properties`; names are unique within a list
        (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPropertyInput(
                name=name,
                description=description,
            )

        response = self._client._send(
            _create_contact_list_property._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_property._result, self._client, response),
        )

    def get_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Returns a segment in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_segment_by_id._result, self._client, response),
        )

    def delete_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a segment from the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_segment_by_id._result, self._client, response),
        )

    @overload
    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    @overload
    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch | None = None,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Edits a contact list segment by its ID.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListSegmentPatch(
                name=name,
                query=query,
            )

        response = self._client._send(
            _update_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_segment_by_id._result, self._client, response),
        )

    def get_contact_list_segments(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ContactListSegment]]:
        """Returns the segments in the contact list.

        The list's segments, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_contact_list_segments._get_kwargs(
                    list_id=list_id,
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
                SyncPage[ContactListSegment],
                response,
                partial(_get_contact_list_segments._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    @overload
    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        name: str,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput | None = None,
        name: str = NOT_GIVEN,
        query: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Creates a new segment for the contact list.

        A segment is a saved contact query; its `size` is the number of the list's contacts it matches now.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListSegmentInput(
                name=name,
                query=query,
            )

        response = self._client._send(
            _create_contact_list_segment._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_segment._result, self._client, response),
        )

    def get_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Returns a contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_contact_list_by_id._result, self._client, response)
        )

    def delete_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a contact list by its ID.

        Deletes the list together with its contacts, properties and segments.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_by_id._result, self._client, response),
        )

    @overload
    def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    @overload
    def update_contact_list(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Edits the contact list.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPatch(
                name=name,
                description=description,
            )

        response = self._client._send(
            _update_contact_list._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_contact_list._result, self._client, response)
        )

    def query_contact_lists(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ContactList]]:
        """Returns lists of contacts that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_contact_lists._get_kwargs(
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
                SyncPage[ContactList],
                response,
                partial(_query_contact_lists._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_contact_list(
        self,
        *,
        body: ContactListInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    @overload
    def create_contact_list(
        self,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    def create_contact_list(
        self,
        *,
        body: ContactListInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Creates a contact list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListInput(
                name=name,
                description=description,
            )

        response = self._client._send(
            _create_contact_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_contact_list._result, self._client, response)
        )

    def delete_contact_lists(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contact lists.

        Deletes every matching list together with its contacts, properties and segments.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_contact_lists._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact_lists._result, self._client, response)
        )

    def query_contact_lists_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_contact_lists_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_lists_count._result, self._client, response),
        )


class AsyncContactsResource:
    """``client.aio.contacts``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncContactsResourceWithRawResponse(self._client)

    async def get_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListV1:
        """Returns contact lists in legacy format.

        Returns one legacy contact list, with its contacts, by its ID.
        """

        response = await self._client._asend(
            _get_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _get_contact_list_v1_by_id._result(self._client, response)

    async def upgrade_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Upgrades a contact list from a legacy format by its ID to the current format.

        Creates a current contact list with the legacy list's name and contacts, and removes the legacy
        list.
        """

        response = await self._client._asend(
            _upgrade_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _upgrade_contact_list_v1_by_id._result(self._client, response)

    async def delete_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a legacy contact list by ID."""

        response = await self._client._asend(
            _delete_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_v1_by_id._result(self._client, response)

    async def query_contact_lists_v1(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ContactListV1]:
        """Returns legacy contact lists that match the query.

        Contact lists made with the v1 API, in their old format (the
        contacts inside the list). They can only be read, deleted or upgraded
        to the current format; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_lists_v1._get_kwargs(
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
        return AsyncPage[ContactListV1](
            response,
            partial(_query_contact_lists_v1._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def delete_contact_lists_v1(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contact lists in legacy format."""

        response = await self._client._asend(
            _delete_contact_lists_v1._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_lists_v1._result(self._client, response)

    async def query_contact_lists_count_v1(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of legacy contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_contact_lists_count_v1._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_lists_count_v1._result(self._client, response)

    async def get_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Returns a contact in the contact list by its ID."""

        response = await self._client._asend(
            _get_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _get_contact_list_contact_by_id._result(self._client, response)

    async def delete_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a contact in the contact list by its ID."""

        response = await self._client._asend(
            _delete_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_contact_by_id._result(self._client, response)

    @overload
    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact: ...

    @overload
    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact: ...

    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch | None = None,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Contact:
        """Edits a contact in the contact list by its ID.

        Changes the fields given; `properties` are merged into the contact's.
        """

        if body is None:
            body = ContactPatch(
                phone=phone,
                name=name,
                email=email,
                properties=properties,
            )

        response = await self._client._asend(
            _update_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_contact_by_id._result(self._client, response)

    async def query_contact_list_contacts(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Contact]:
        """Returns the contacts and contact list that match the query.

        The list's contacts that match the query; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_list_contacts._get_kwargs(
                    list_id=list_id,
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
        return AsyncPage[Contact](
            response,
            partial(_query_contact_list_contacts._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def create_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactInput | list[ContactInput],
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Contact]:
        """Creates one or more contacts in the contact list.

        Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
        must be a property of the list (404 otherwise). The reply is an array either way.
        """

        response = await self._client._asend(
            _create_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_contacts._result(self._client, response)

    async def delete_contact_list_contacts(
        self,
        list_id: int,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contacts in the contact list."""

        response = await self._client._asend(
            _delete_contact_list_contacts._get_kwargs(
                list_id=list_id,
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_list_contacts._result(self._client, response)

    async def query_contact_list_contacts_count(
        self,
        list_id: int,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of contacts from the contact list that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_contact_list_contacts_count._get_kwargs(
                list_id=list_id,
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_list_contacts_count._result(self._client, response)

    @overload
    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch | None = None,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Edits contacts in the contact list.

        Sets the given fields on every matching contact.
        """

        if body is None:
            body = ContactBulkPatch(
                name=name,
                email=email,
                properties=properties,
            )

        response = await self._client._asend(
            _update_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_contact_list_contacts._result(self._client, response)

    async def get_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Returns a field in the contact list by its ID."""

        response = await self._client._asend(
            _get_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return _get_contact_list_property_by_id._result(self._client, response)

    async def delete_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a field from the contact list by its ID.

        Also removes the field's values from every contact of the list.
        """

        response = await self._client._asend(
            _delete_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_property_by_id._result(self._client, response)

    @overload
    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    @overload
    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Edits the contact list field by its ID.

        Changes the fields given; renaming a property renames it in every contact of the list.
        """

        if body is None:
            body = ContactListPropertyPatch(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _update_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_property_by_id._result(self._client, response)

    async def get_contact_list_properties(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ContactListProperty]:
        """Returns the fields in the contact list.

        The list's additional contact fields, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_contact_list_properties._get_kwargs(
                    list_id=list_id,
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[ContactListProperty](
            response,
            partial(_get_contact_list_properties._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    @overload
    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty: ...

    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListProperty:
        """Creates an additional field for the contact list.

        Adds a field every contact of the list can carry in its `properties`; names are unique within a list
        (409).
        """

        if body is None:
            body = ContactListPropertyInput(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _create_contact_list_property._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_property._result(self._client, response)

    async def get_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Returns a segment in the contact list by its ID."""

        response = await self._client._asend(
            _get_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return _get_contact_list_segment_by_id._result(self._client, response)

    async def delete_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a segment from the contact list by its ID."""

        response = await self._client._asend(
            _delete_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_segment_by_id._result(self._client, response)

    @overload
    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    @overload
    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch | None = None,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Edits a contact list segment by its ID.

        Changes the fields given.
        """

        if body is None:
            body = ContactListSegmentPatch(
                name=name,
                query=query,
            )

        response = await self._client._asend(
            _update_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list_segment_by_id._result(self._client, response)

    async def get_contact_list_segments(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ContactListSegment]:
        """Returns the segments in the contact list.

        The list's segments, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_contact_list_segments._get_kwargs(
                    list_id=list_id,
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[ContactListSegment](
            response,
            partial(_get_contact_list_segments._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    @overload
    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        name: str,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment: ...

    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput | None = None,
        name: str = NOT_GIVEN,
        query: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactListSegment:
        """Creates a new segment for the contact list.

        A segment is a saved contact query; its `size` is the number of the list's contacts it matches now.
        """

        if body is None:
            body = ContactListSegmentInput(
                name=name,
                query=query,
            )

        response = await self._client._asend(
            _create_contact_list_segment._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list_segment._result(self._client, response)

    async def get_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Returns a contact list by its ID."""

        response = await self._client._asend(
            _get_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _get_contact_list_by_id._result(self._client, response)

    async def delete_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes a contact list by its ID.

        Deletes the list together with its contacts, properties and segments.
        """

        response = await self._client._asend(
            _delete_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return _delete_contact_list_by_id._result(self._client, response)

    @overload
    async def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    @overload
    async def update_contact_list(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    async def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Edits the contact list.

        Changes the fields given.
        """

        if body is None:
            body = ContactListPatch(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _update_contact_list._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_contact_list._result(self._client, response)

    async def query_contact_lists(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ContactList]:
        """Returns lists of contacts that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_lists._get_kwargs(
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
        return AsyncPage[ContactList](
            response,
            partial(_query_contact_lists._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_contact_list(
        self,
        *,
        body: ContactListInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    @overload
    async def create_contact_list(
        self,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList: ...

    async def create_contact_list(
        self,
        *,
        body: ContactListInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContactList:
        """Creates a contact list."""

        if body is None:
            body = ContactListInput(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _create_contact_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_contact_list._result(self._client, response)

    async def delete_contact_lists(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes contact lists.

        Deletes every matching list together with its contacts, properties and segments.
        """

        response = await self._client._asend(
            _delete_contact_lists._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_contact_lists._result(self._client, response)

    async def query_contact_lists_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_contact_lists_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_contact_lists_count._result(self._client, response)


class AsyncContactsResourceWithRawResponse:
    """``client.aio.contacts.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListV1]:
        """Returns contact lists in legacy format.

        Returns one legacy contact list, with its contacts, by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_v1_by_id._result, self._client, response),
        )

    async def upgrade_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Upgrades a contact list from a legacy format by its ID to the current format.

        Creates a current contact list with the legacy list's name and contacts, and removes the legacy
        list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _upgrade_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_upgrade_contact_list_v1_by_id._result, self._client, response),
        )

    async def delete_contact_list_v1_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a legacy contact list by ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_v1_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_v1_by_id._result, self._client, response),
        )

    async def query_contact_lists_v1(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ContactListV1]]:
        """Returns legacy contact lists that match the query.

        Contact lists made with the v1 API, in their old format (the
        contacts inside the list). They can only be read, deleted or upgraded
        to the current format; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_lists_v1._get_kwargs(
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
                AsyncPage[ContactListV1],
                response,
                partial(_query_contact_lists_v1._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def delete_contact_lists_v1(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contact lists in legacy format.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_lists_v1._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact_lists_v1._result, self._client, response)
        )

    async def query_contact_lists_count_v1(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of legacy contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_contact_lists_count_v1._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_lists_count_v1._result, self._client, response),
        )

    async def get_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]:
        """Returns a contact in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_contact_by_id._result, self._client, response),
        )

    async def delete_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a contact in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_contact_by_id._result, self._client, response),
        )

    @overload
    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]: ...

    @overload
    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]: ...

    async def update_contact_list_contact_by_id(
        self,
        list_id: int,
        contact_id: int,
        *,
        body: ContactPatch | None = None,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Contact]:
        """Edits a contact in the contact list by its ID.

        Changes the fields given; `properties` are merged into the contact's.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactPatch(
                phone=phone,
                name=name,
                email=email,
                properties=properties,
            )

        response = await self._client._asend(
            _update_contact_list_contact_by_id._get_kwargs(
                list_id=list_id,
                contact_id=contact_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_contact_by_id._result, self._client, response),
        )

    async def query_contact_list_contacts(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Contact]]:
        """Returns the contacts and contact list that match the query.

        The list's contacts that match the query; oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_list_contacts._get_kwargs(
                    list_id=list_id,
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
                AsyncPage[Contact],
                response,
                partial(_query_contact_list_contacts._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def create_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactInput | list[ContactInput],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[Contact]]:
        """Creates one or more contacts in the contact list.

        Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
        must be a property of the list (404 otherwise). The reply is an array either way.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _create_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_contacts._result, self._client, response),
        )

    async def delete_contact_list_contacts(
        self,
        list_id: int,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contacts in the contact list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_contacts._get_kwargs(
                list_id=list_id,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_contacts._result, self._client, response),
        )

    async def query_contact_list_contacts_count(
        self,
        list_id: int,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of contacts from the contact list that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_contact_list_contacts_count._get_kwargs(
                list_id=list_id,
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_list_contacts_count._result, self._client, response),
        )

    @overload
    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    async def update_contact_list_contacts(
        self,
        list_id: int,
        *,
        body: ContactBulkPatch | None = None,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Edits contacts in the contact list.

        Sets the given fields on every matching contact.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactBulkPatch(
                name=name,
                email=email,
                properties=properties,
            )

        response = await self._client._asend(
            _update_contact_list_contacts._get_kwargs(
                list_id=list_id,
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_contacts._result, self._client, response),
        )

    async def get_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Returns a field in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_property_by_id._result, self._client, response),
        )

    async def delete_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a field from the contact list by its ID.

        Also removes the field's values from every contact of the list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(
                _delete_contact_list_property_by_id._result, self._client, response
            ),
        )

    @overload
    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    @overload
    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    async def update_contact_list_property_by_id(
        self,
        list_id: int,
        property_id: int,
        *,
        body: ContactListPropertyPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Edits the contact list field by its ID.

        Changes the fields given; renaming a property renames it in every contact of the list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPropertyPatch(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _update_contact_list_property_by_id._get_kwargs(
                list_id=list_id,
                property_id=property_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(
                _update_contact_list_property_by_id._result, self._client, response
            ),
        )

    async def get_contact_list_properties(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ContactListProperty]]:
        """Returns the fields in the contact list.

        The list's additional contact fields, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_contact_list_properties._get_kwargs(
                    list_id=list_id,
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
                AsyncPage[ContactListProperty],
                response,
                partial(_get_contact_list_properties._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    @overload
    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]: ...

    async def create_contact_list_property(
        self,
        list_id: int,
        *,
        body: ContactListPropertyInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListProperty]:
        """Creates an additional field for the contact list.

        Adds a field every contact of the list can carry in its `properties`; names are unique within a list
        (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPropertyInput(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _create_contact_list_property._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_property._result, self._client, response),
        )

    async def get_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Returns a segment in the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_contact_list_segment_by_id._result, self._client, response),
        )

    async def delete_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a segment from the contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_segment_by_id._result, self._client, response),
        )

    @overload
    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    @overload
    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    async def update_contact_list_segment_by_id(
        self,
        list_id: int,
        segment_id: int,
        *,
        body: ContactListSegmentPatch | None = None,
        name: str | None = NOT_GIVEN,
        query: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Edits a contact list segment by its ID.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListSegmentPatch(
                name=name,
                query=query,
            )

        response = await self._client._asend(
            _update_contact_list_segment_by_id._get_kwargs(
                list_id=list_id,
                segment_id=segment_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_contact_list_segment_by_id._result, self._client, response),
        )

    async def get_contact_list_segments(
        self,
        list_id: int,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ContactListSegment]]:
        """Returns the segments in the contact list.

        The list's segments, oldest first.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_contact_list_segments._get_kwargs(
                    list_id=list_id,
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
                AsyncPage[ContactListSegment],
                response,
                partial(_get_contact_list_segments._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    @overload
    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        name: str,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]: ...

    async def create_contact_list_segment(
        self,
        list_id: int,
        *,
        body: ContactListSegmentInput | None = None,
        name: str = NOT_GIVEN,
        query: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactListSegment]:
        """Creates a new segment for the contact list.

        A segment is a saved contact query; its `size` is the number of the list's contacts it matches now.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListSegmentInput(
                name=name,
                query=query,
            )

        response = await self._client._asend(
            _create_contact_list_segment._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_create_contact_list_segment._result, self._client, response),
        )

    async def get_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Returns a contact list by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_contact_list_by_id._result, self._client, response)
        )

    async def delete_contact_list_by_id(
        self,
        list_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes a contact list by its ID.

        Deletes the list together with its contacts, properties and segments.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_list_by_id._get_kwargs(
                list_id=list_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_contact_list_by_id._result, self._client, response),
        )

    @overload
    async def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    @overload
    async def update_contact_list(
        self,
        list_id: int,
        *,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    async def update_contact_list(
        self,
        list_id: int,
        *,
        body: ContactListPatch | None = None,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Edits the contact list.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListPatch(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _update_contact_list._get_kwargs(
                list_id=list_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_contact_list._result, self._client, response)
        )

    async def query_contact_lists(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ContactList]]:
        """Returns lists of contacts that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_contact_lists._get_kwargs(
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
                AsyncPage[ContactList],
                response,
                partial(_query_contact_lists._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_contact_list(
        self,
        *,
        body: ContactListInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    @overload
    async def create_contact_list(
        self,
        *,
        name: str,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]: ...

    async def create_contact_list(
        self,
        *,
        body: ContactListInput | None = None,
        name: str = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ContactList]:
        """Creates a contact list.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ContactListInput(
                name=name,
                description=description,
            )

        response = await self._client._asend(
            _create_contact_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_contact_list._result, self._client, response)
        )

    async def delete_contact_lists(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes contact lists.

        Deletes every matching list together with its contacts, properties and segments.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_contact_lists._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_contact_lists._result, self._client, response)
        )

    async def query_contact_lists_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of contact lists that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_contact_lists_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_contact_lists_count._result, self._client, response),
        )


__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
]
