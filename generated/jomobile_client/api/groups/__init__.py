"""groups: the resource ``client.groups``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_reply import ErrorReply
from ...models.group import Group
from ...models.group_contact import GroupContact
from ...models.group_ids import GroupIds
from ...models.group_ids_reply import GroupIdsReply
from ...models.group_list_reply import GroupListReply
from ...models.group_numbers_addition import GroupNumbersAddition
from ...models.group_numbers_change_reply import GroupNumbersChangeReply
from ...models.group_numbers_query import GroupNumbersQuery
from ...models.group_numbers_removal import GroupNumbersRemoval
from ...models.group_numbers_reply import GroupNumbersReply
from ...models.group_query import GroupQuery
from ...models.group_reply import GroupReply
from ...models.group_sending import GroupSending
from ...models.group_sending_reply import GroupSendingReply
from ...models.new_group import NewGroup
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import add_group_numbers as _add_group_numbers
from . import create_group as _create_group
from . import delete_group_numbers as _delete_group_numbers
from . import delete_groups as _delete_groups
from . import list_groups as _list_groups
from . import search_group_numbers as _search_group_numbers
from . import send_to_groups as _send_to_groups

if TYPE_CHECKING:
    from ...client import Client


class GroupsResource:
    """``client.groups``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return GroupsResourceWithRawResponse(self._client)

    @overload
    def list_groups(
        self,
        *,
        body: GroupQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Group]: ...

    @overload
    def list_groups(
        self,
        *,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Group]: ...

    def list_groups(
        self,
        *,
        body: GroupQuery | None = None,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Group]:
        """View the list of groups

        Your groups, oldest first. `id_group` picks one group (0 or absent:
        all of them); `limit` is the page size and `offset` the page
        (0 the first): `offset=2&limit=10` shows groups 21 to 30.

        Returns one page; iterating over it walks every page. The page number is ``offset`` (the first is
        0), its size ``limit``.
        """

        if body is None:
            body = GroupQuery(
                id_group=id_group,
                limit=limit,
                offset=offset,
            )

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _list_groups._get_kwargs(
                    body=_types.with_page(body, "offset", page_number),
                ),
                extra_headers,
            )

        number = 0 if body.offset is None else body.offset
        size = body.limit

        response = fetch(number)
        return SyncPage[Group](
            response,
            partial(_list_groups._page, self._client),
            fetch,
            number=number,
            size=size,
            first=0,
        )

    @overload
    def create_group(
        self,
        *,
        body: NewGroup,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply: ...

    @overload
    def create_group(
        self,
        *,
        name_group: str,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply: ...

    def create_group(
        self,
        *,
        body: NewGroup | None = None,
        name_group: str = NOT_GIVEN,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply:
        """Create a group

        Creates a group. The birthday fields are kept with it: with
        `on_birth` true, each number in the group whose `date_birth` is today
        gets `text_birth` from `originator_birth` at `time_birth`.
        """

        if body is None:
            body = NewGroup(
                name_group=name_group,
                time_birth=time_birth,
                originator_birth=originator_birth,
                text_birth=text_birth,
                on_birth=on_birth,
            )

        response = self._client._send(
            _create_group._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_group._result(self._client, response)

    @overload
    def delete_groups(
        self,
        *,
        body: GroupIds,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply: ...

    @overload
    def delete_groups(
        self,
        *,
        id_group: list[int],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply: ...

    def delete_groups(
        self,
        *,
        body: GroupIds | None = None,
        id_group: list[int] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply:
        """Delete groups

        Deletes the groups with the given ids and the numbers in them. Ids that are not (or no longer) yours
        are ignored, so repeating the call is safe.
        """

        if body is None:
            body = GroupIds(
                id_group=id_group,
            )

        response = self._client._send(
            _delete_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_groups._result(self._client, response)

    @overload
    def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    @overload
    def add_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[GroupContact],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[GroupContact] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply:
        """Add numbers to a group

        Adds numbers, with the contact's fields, to a group. A number that
        is already in the group has its fields replaced, so repeating the
        call is safe.
        """

        if body is None:
            body = GroupNumbersAddition(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _add_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _add_group_numbers._result(self._client, response)

    @overload
    def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply: ...

    @overload
    def search_group_numbers(
        self,
        *,
        id_group: int,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply: ...

    def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery | None = None,
        id_group: int = NOT_GIVEN,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply:
        """Search numbers in a group

        The numbers of a group with their fields; `numbers` narrows the result to those numbers (absent or
        empty, every number in the group).
        """

        if body is None:
            body = GroupNumbersQuery(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _search_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _search_group_numbers._result(self._client, response)

    @overload
    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    @overload
    def delete_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply:
        """Delete numbers from a group

        Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.
        """

        if body is None:
            body = GroupNumbersRemoval(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _delete_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_group_numbers._result(self._client, response)

    @overload
    def send_to_groups(
        self,
        *,
        body: GroupSending,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply: ...

    @overload
    def send_to_groups(
        self,
        *,
        sender_id: str,
        text: str,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply: ...

    def send_to_groups(
        self,
        *,
        body: GroupSending | None = None,
        sender_id: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply:
        """Send to groups

        Sends `text` to every number in the groups `id_group` (and to
        `phone`, if given), except numbers that are in a group of
        `id_group_excluded` or on your black list. A number in several groups
        gets the message once. The text's placeholders are filled in per
        number from its contact fields: `#number#`, `#first_name#` (`name`),
        `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
        field by its own name (`#name#`, `#surname#`, `#patronymic#`,
        `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
        contact does not have becomes empty.

        Sending starts on `dateStart` at `timeStart` (absent or past: now)
        and must be done by `timeStop` on the same day (a `timeStop` not
        after `timeStart` ends on the next day); a message that could not be
        delivered by then ends `EXPIRED`. A `dateStart` in the past is read
        as today, so a window copied from an old request (like the
        document's own example) sends today; a window of today that has
        already ended is refused. Delivery is reported for every message of
        a group sending.
        """

        if body is None:
            body = GroupSending(
                sender_id=sender_id,
                text=text,
                date_start=date_start,
                time_start=time_start,
                time_stop=time_stop,
                phone=phone,
                id_group=id_group,
                id_group_excluded=id_group_excluded,
            )

        response = self._client._send(
            _send_to_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_to_groups._result(self._client, response)


class GroupsResourceWithRawResponse:
    """``client.groups.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def list_groups(
        self,
        *,
        body: GroupQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Group]]: ...

    @overload
    def list_groups(
        self,
        *,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Group]]: ...

    def list_groups(
        self,
        *,
        body: GroupQuery | None = None,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[Group]]:
        """View the list of groups

        Your groups, oldest first. `id_group` picks one group (0 or absent:
        all of them); `limit` is the page size and `offset` the page
        (0 the first): `offset=2&limit=10` shows groups 21 to 30.

        Returns one page; iterating over it walks every page. The page number is ``offset`` (the first is
        0), its size ``limit``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupQuery(
                id_group=id_group,
                limit=limit,
                offset=offset,
            )

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _list_groups._get_kwargs(
                    body=_types.with_page(body, "offset", page_number),
                ),
                extra_headers,
            )

        number = 0 if body.offset is None else body.offset
        size = body.limit

        response = fetch(number)
        return RawResponse(
            response,
            partial(
                SyncPage[Group],
                response,
                partial(_list_groups._page, self._client),
                fetch,
                number=number,
                size=size,
                first=0,
            ),
        )

    @overload
    def create_group(
        self,
        *,
        body: NewGroup,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]: ...

    @overload
    def create_group(
        self,
        *,
        name_group: str,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]: ...

    def create_group(
        self,
        *,
        body: NewGroup | None = None,
        name_group: str = NOT_GIVEN,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]:
        """Create a group

        Creates a group. The birthday fields are kept with it: with
        `on_birth` true, each number in the group whose `date_birth` is today
        gets `text_birth` from `originator_birth` at `time_birth`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NewGroup(
                name_group=name_group,
                time_birth=time_birth,
                originator_birth=originator_birth,
                text_birth=text_birth,
                on_birth=on_birth,
            )

        response = self._client._send(
            _create_group._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_group._result, self._client, response)
        )

    @overload
    def delete_groups(
        self,
        *,
        body: GroupIds,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]: ...

    @overload
    def delete_groups(
        self,
        *,
        id_group: list[int],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]: ...

    def delete_groups(
        self,
        *,
        body: GroupIds | None = None,
        id_group: list[int] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]:
        """Delete groups

        Deletes the groups with the given ids and the numbers in them. Ids that are not (or no longer) yours
        are ignored, so repeating the call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupIds(
                id_group=id_group,
            )

        response = self._client._send(
            _delete_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_groups._result, self._client, response)
        )

    @overload
    def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    @overload
    def add_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[GroupContact],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[GroupContact] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]:
        """Add numbers to a group

        Adds numbers, with the contact's fields, to a group. A number that
        is already in the group has its fields replaced, so repeating the
        call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersAddition(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _add_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_add_group_numbers._result, self._client, response)
        )

    @overload
    def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]: ...

    @overload
    def search_group_numbers(
        self,
        *,
        id_group: int,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]: ...

    def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery | None = None,
        id_group: int = NOT_GIVEN,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]:
        """Search numbers in a group

        The numbers of a group with their fields; `numbers` narrows the result to those numbers (absent or
        empty, every number in the group).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersQuery(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _search_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_search_group_numbers._result, self._client, response)
        )

    @overload
    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    @overload
    def delete_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]:
        """Delete numbers from a group

        Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersRemoval(
                id_group=id_group,
                numbers=numbers,
            )

        response = self._client._send(
            _delete_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_group_numbers._result, self._client, response)
        )

    @overload
    def send_to_groups(
        self,
        *,
        body: GroupSending,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]: ...

    @overload
    def send_to_groups(
        self,
        *,
        sender_id: str,
        text: str,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]: ...

    def send_to_groups(
        self,
        *,
        body: GroupSending | None = None,
        sender_id: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]:
        """Send to groups

        Sends `text` to every number in the groups `id_group` (and to
        `phone`, if given), except numbers that are in a group of
        `id_group_excluded` or on your black list. A number in several groups
        gets the message once. The text's placeholders are filled in per
        number from its contact fields: `#number#`, `#first_name#` (`name`),
        `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
        field by its own name (`#name#`, `#surname#`, `#patronymic#`,
        `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
        contact does not have becomes empty.

        Sending starts on `dateStart` at `timeStart` (absent or past: now)
        and must be done by `timeStop` on the same day (a `timeStop` not
        after `timeStart` ends on the next day); a message that could not be
        delivered by then ends `EXPIRED`. A `dateStart` in the past is read
        as today, so a window copied from an old request (like the
        document's own example) sends today; a window of today that has
        already ended is refused. Delivery is reported for every message of
        a group sending.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupSending(
                sender_id=sender_id,
                text=text,
                date_start=date_start,
                time_start=time_start,
                time_stop=time_stop,
                phone=phone,
                id_group=id_group,
                id_group_excluded=id_group_excluded,
            )

        response = self._client._send(
            _send_to_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_to_groups._result, self._client, response)
        )


class AsyncGroupsResource:
    """``client.aio.groups``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncGroupsResourceWithRawResponse(self._client)

    @overload
    async def list_groups(
        self,
        *,
        body: GroupQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Group]: ...

    @overload
    async def list_groups(
        self,
        *,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Group]: ...

    async def list_groups(
        self,
        *,
        body: GroupQuery | None = None,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[Group]:
        """View the list of groups

        Your groups, oldest first. `id_group` picks one group (0 or absent:
        all of them); `limit` is the page size and `offset` the page
        (0 the first): `offset=2&limit=10` shows groups 21 to 30.

        Returns one page; iterating over it walks every page. The page number is ``offset`` (the first is
        0), its size ``limit``.
        """

        if body is None:
            body = GroupQuery(
                id_group=id_group,
                limit=limit,
                offset=offset,
            )

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _list_groups._get_kwargs(
                    body=_types.with_page(body, "offset", page_number),
                ),
                extra_headers,
            )

        number = 0 if body.offset is None else body.offset
        size = body.limit

        response = await fetch(number)
        return AsyncPage[Group](
            response,
            partial(_list_groups._page, self._client),
            fetch,
            number=number,
            size=size,
            first=0,
        )

    @overload
    async def create_group(
        self,
        *,
        body: NewGroup,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply: ...

    @overload
    async def create_group(
        self,
        *,
        name_group: str,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply: ...

    async def create_group(
        self,
        *,
        body: NewGroup | None = None,
        name_group: str = NOT_GIVEN,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupReply:
        """Create a group

        Creates a group. The birthday fields are kept with it: with
        `on_birth` true, each number in the group whose `date_birth` is today
        gets `text_birth` from `originator_birth` at `time_birth`.
        """

        if body is None:
            body = NewGroup(
                name_group=name_group,
                time_birth=time_birth,
                originator_birth=originator_birth,
                text_birth=text_birth,
                on_birth=on_birth,
            )

        response = await self._client._asend(
            _create_group._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_group._result(self._client, response)

    @overload
    async def delete_groups(
        self,
        *,
        body: GroupIds,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply: ...

    @overload
    async def delete_groups(
        self,
        *,
        id_group: list[int],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply: ...

    async def delete_groups(
        self,
        *,
        body: GroupIds | None = None,
        id_group: list[int] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupIdsReply:
        """Delete groups

        Deletes the groups with the given ids and the numbers in them. Ids that are not (or no longer) yours
        are ignored, so repeating the call is safe.
        """

        if body is None:
            body = GroupIds(
                id_group=id_group,
            )

        response = await self._client._asend(
            _delete_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_groups._result(self._client, response)

    @overload
    async def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    @overload
    async def add_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[GroupContact],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    async def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[GroupContact] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply:
        """Add numbers to a group

        Adds numbers, with the contact's fields, to a group. A number that
        is already in the group has its fields replaced, so repeating the
        call is safe.
        """

        if body is None:
            body = GroupNumbersAddition(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _add_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _add_group_numbers._result(self._client, response)

    @overload
    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply: ...

    @overload
    async def search_group_numbers(
        self,
        *,
        id_group: int,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply: ...

    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery | None = None,
        id_group: int = NOT_GIVEN,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersReply:
        """Search numbers in a group

        The numbers of a group with their fields; `numbers` narrows the result to those numbers (absent or
        empty, every number in the group).
        """

        if body is None:
            body = GroupNumbersQuery(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _search_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _search_group_numbers._result(self._client, response)

    @overload
    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    @overload
    async def delete_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply: ...

    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupNumbersChangeReply:
        """Delete numbers from a group

        Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.
        """

        if body is None:
            body = GroupNumbersRemoval(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _delete_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_group_numbers._result(self._client, response)

    @overload
    async def send_to_groups(
        self,
        *,
        body: GroupSending,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply: ...

    @overload
    async def send_to_groups(
        self,
        *,
        sender_id: str,
        text: str,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply: ...

    async def send_to_groups(
        self,
        *,
        body: GroupSending | None = None,
        sender_id: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GroupSendingReply:
        """Send to groups

        Sends `text` to every number in the groups `id_group` (and to
        `phone`, if given), except numbers that are in a group of
        `id_group_excluded` or on your black list. A number in several groups
        gets the message once. The text's placeholders are filled in per
        number from its contact fields: `#number#`, `#first_name#` (`name`),
        `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
        field by its own name (`#name#`, `#surname#`, `#patronymic#`,
        `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
        contact does not have becomes empty.

        Sending starts on `dateStart` at `timeStart` (absent or past: now)
        and must be done by `timeStop` on the same day (a `timeStop` not
        after `timeStart` ends on the next day); a message that could not be
        delivered by then ends `EXPIRED`. A `dateStart` in the past is read
        as today, so a window copied from an old request (like the
        document's own example) sends today; a window of today that has
        already ended is refused. Delivery is reported for every message of
        a group sending.
        """

        if body is None:
            body = GroupSending(
                sender_id=sender_id,
                text=text,
                date_start=date_start,
                time_start=time_start,
                time_stop=time_stop,
                phone=phone,
                id_group=id_group,
                id_group_excluded=id_group_excluded,
            )

        response = await self._client._asend(
            _send_to_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_to_groups._result(self._client, response)


class AsyncGroupsResourceWithRawResponse:
    """``client.aio.groups.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def list_groups(
        self,
        *,
        body: GroupQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Group]]: ...

    @overload
    async def list_groups(
        self,
        *,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Group]]: ...

    async def list_groups(
        self,
        *,
        body: GroupQuery | None = None,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[Group]]:
        """View the list of groups

        Your groups, oldest first. `id_group` picks one group (0 or absent:
        all of them); `limit` is the page size and `offset` the page
        (0 the first): `offset=2&limit=10` shows groups 21 to 30.

        Returns one page; iterating over it walks every page. The page number is ``offset`` (the first is
        0), its size ``limit``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupQuery(
                id_group=id_group,
                limit=limit,
                offset=offset,
            )

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _list_groups._get_kwargs(
                    body=_types.with_page(body, "offset", page_number),
                ),
                extra_headers,
            )

        number = 0 if body.offset is None else body.offset
        size = body.limit

        response = await fetch(number)
        return RawResponse(
            response,
            partial(
                AsyncPage[Group],
                response,
                partial(_list_groups._page, self._client),
                fetch,
                number=number,
                size=size,
                first=0,
            ),
        )

    @overload
    async def create_group(
        self,
        *,
        body: NewGroup,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]: ...

    @overload
    async def create_group(
        self,
        *,
        name_group: str,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]: ...

    async def create_group(
        self,
        *,
        body: NewGroup | None = None,
        name_group: str = NOT_GIVEN,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupReply]:
        """Create a group

        Creates a group. The birthday fields are kept with it: with
        `on_birth` true, each number in the group whose `date_birth` is today
        gets `text_birth` from `originator_birth` at `time_birth`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NewGroup(
                name_group=name_group,
                time_birth=time_birth,
                originator_birth=originator_birth,
                text_birth=text_birth,
                on_birth=on_birth,
            )

        response = await self._client._asend(
            _create_group._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_group._result, self._client, response)
        )

    @overload
    async def delete_groups(
        self,
        *,
        body: GroupIds,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]: ...

    @overload
    async def delete_groups(
        self,
        *,
        id_group: list[int],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]: ...

    async def delete_groups(
        self,
        *,
        body: GroupIds | None = None,
        id_group: list[int] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupIdsReply]:
        """Delete groups

        Deletes the groups with the given ids and the numbers in them. Ids that are not (or no longer) yours
        are ignored, so repeating the call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupIds(
                id_group=id_group,
            )

        response = await self._client._asend(
            _delete_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_groups._result, self._client, response)
        )

    @overload
    async def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    @overload
    async def add_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[GroupContact],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    async def add_group_numbers(
        self,
        *,
        body: GroupNumbersAddition | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[GroupContact] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]:
        """Add numbers to a group

        Adds numbers, with the contact's fields, to a group. A number that
        is already in the group has its fields replaced, so repeating the
        call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersAddition(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _add_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_add_group_numbers._result, self._client, response)
        )

    @overload
    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]: ...

    @overload
    async def search_group_numbers(
        self,
        *,
        id_group: int,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]: ...

    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersQuery | None = None,
        id_group: int = NOT_GIVEN,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersReply]:
        """Search numbers in a group

        The numbers of a group with their fields; `numbers` narrows the result to those numbers (absent or
        empty, every number in the group).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersQuery(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _search_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_search_group_numbers._result, self._client, response)
        )

    @overload
    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    @overload
    async def delete_group_numbers(
        self,
        *,
        id_group: int,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]: ...

    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRemoval | None = None,
        id_group: int = NOT_GIVEN,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupNumbersChangeReply]:
        """Delete numbers from a group

        Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupNumbersRemoval(
                id_group=id_group,
                numbers=numbers,
            )

        response = await self._client._asend(
            _delete_group_numbers._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_group_numbers._result, self._client, response)
        )

    @overload
    async def send_to_groups(
        self,
        *,
        body: GroupSending,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]: ...

    @overload
    async def send_to_groups(
        self,
        *,
        sender_id: str,
        text: str,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]: ...

    async def send_to_groups(
        self,
        *,
        body: GroupSending | None = None,
        sender_id: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[GroupSendingReply]:
        """Send to groups

        Sends `text` to every number in the groups `id_group` (and to
        `phone`, if given), except numbers that are in a group of
        `id_group_excluded` or on your black list. A number in several groups
        gets the message once. The text's placeholders are filled in per
        number from its contact fields: `#number#`, `#first_name#` (`name`),
        `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
        field by its own name (`#name#`, `#surname#`, `#patronymic#`,
        `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
        contact does not have becomes empty.

        Sending starts on `dateStart` at `timeStart` (absent or past: now)
        and must be done by `timeStop` on the same day (a `timeStop` not
        after `timeStart` ends on the next day); a message that could not be
        delivered by then ends `EXPIRED`. A `dateStart` in the past is read
        as today, so a window copied from an old request (like the
        document's own example) sends today; a window of today that has
        already ended is refused. Delivery is reported for every message of
        a group sending.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = GroupSending(
                sender_id=sender_id,
                text=text,
                date_start=date_start,
                time_start=time_start,
                time_stop=time_stop,
                phone=phone,
                id_group=id_group,
                id_group_excluded=id_group_excluded,
            )

        response = await self._client._asend(
            _send_to_groups._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_to_groups._result, self._client, response)
        )


__all__ = [
    "AsyncGroupsResource",
    "AsyncGroupsResourceWithRawResponse",
    "GroupsResource",
    "GroupsResourceWithRawResponse",
]
