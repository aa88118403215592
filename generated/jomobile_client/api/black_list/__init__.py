"""black_list: the resource ``client.black_list``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_reply import ErrorReply
from ...models.number_list import NumberList
from ...models.number_list_reply import NumberListReply
from ...models.number_query import NumberQuery
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import add_to_black_list as _add_to_black_list
from . import delete_from_black_list as _delete_from_black_list
from . import search_black_list as _search_black_list

if TYPE_CHECKING:
    from ...client import Client


class BlackListResource:
    """``client.black_list``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BlackListResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return BlackListResourceWithRawResponse(self._client)

    @overload
    def add_to_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    def add_to_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    def add_to_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Add numbers to the black list

        Adds numbers to your personal black list. Adding a number twice changes nothing.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = self._client._send(
            _add_to_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _add_to_black_list._result(self._client, response)

    @overload
    def search_black_list(
        self,
        *,
        body: NumberQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    def search_black_list(
        self,
        *,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    def search_black_list(
        self,
        *,
        body: NumberQuery | None = None,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Search the black list

        Which of `numbers` are on your black list (absent or empty, the whole list).
        """

        if body is None:
            body = NumberQuery(
                numbers=numbers,
            )

        response = self._client._send(
            _search_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _search_black_list._result(self._client, response)

    @overload
    def delete_from_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    def delete_from_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    def delete_from_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Delete numbers from the black list

        Takes numbers off your black list; numbers that are not on it are ignored.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = self._client._send(
            _delete_from_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_from_black_list._result(self._client, response)


class BlackListResourceWithRawResponse:
    """``client.black_list.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def add_to_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    def add_to_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    def add_to_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Add numbers to the black list

        Adds numbers to your personal black list. Adding a number twice changes nothing.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = self._client._send(
            _add_to_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_add_to_black_list._result, self._client, response)
        )

    @overload
    def search_black_list(
        self,
        *,
        body: NumberQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    def search_black_list(
        self,
        *,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    def search_black_list(
        self,
        *,
        body: NumberQuery | None = None,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Search the black list

        Which of `numbers` are on your black list (absent or empty, the whole list).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberQuery(
                numbers=numbers,
            )

        response = self._client._send(
            _search_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_search_black_list._result, self._client, response)
        )

    @overload
    def delete_from_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    def delete_from_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    def delete_from_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Delete numbers from the black list

        Takes numbers off your black list; numbers that are not on it are ignored.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = self._client._send(
            _delete_from_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_from_black_list._result, self._client, response)
        )


class AsyncBlackListResource:
    """``client.aio.black_list``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBlackListResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncBlackListResourceWithRawResponse(self._client)

    @overload
    async def add_to_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    async def add_to_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    async def add_to_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Add numbers to the black list

        Adds numbers to your personal black list. Adding a number twice changes nothing.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = await self._client._asend(
            _add_to_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _add_to_black_list._result(self._client, response)

    @overload
    async def search_black_list(
        self,
        *,
        body: NumberQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    async def search_black_list(
        self,
        *,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    async def search_black_list(
        self,
        *,
        body: NumberQuery | None = None,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Search the black list

        Which of `numbers` are on your black list (absent or empty, the whole list).
        """

        if body is None:
            body = NumberQuery(
                numbers=numbers,
            )

        response = await self._client._asend(
            _search_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _search_black_list._result(self._client, response)

    @overload
    async def delete_from_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    @overload
    async def delete_from_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply: ...

    async def delete_from_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NumberListReply:
        """Delete numbers from the black list

        Takes numbers off your black list; numbers that are not on it are ignored.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = await self._client._asend(
            _delete_from_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _delete_from_black_list._result(self._client, response)


class AsyncBlackListResourceWithRawResponse:
    """``client.aio.black_list.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def add_to_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    async def add_to_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    async def add_to_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Add numbers to the black list

        Adds numbers to your personal black list. Adding a number twice changes nothing.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = await self._client._asend(
            _add_to_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_add_to_black_list._result, self._client, response)
        )

    @overload
    async def search_black_list(
        self,
        *,
        body: NumberQuery,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    async def search_black_list(
        self,
        *,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    async def search_black_list(
        self,
        *,
        body: NumberQuery | None = None,
        numbers: bool | list[str] | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Search the black list

        Which of `numbers` are on your black list (absent or empty, the whole list).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberQuery(
                numbers=numbers,
            )

        response = await self._client._asend(
            _search_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_search_black_list._result, self._client, response)
        )

    @overload
    async def delete_from_black_list(
        self,
        *,
        body: NumberList,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    @overload
    async def delete_from_black_list(
        self,
        *,
        numbers: list[str],
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]: ...

    async def delete_from_black_list(
        self,
        *,
        body: NumberList | None = None,
        numbers: list[str] = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[NumberListReply]:
        """Delete numbers from the black list

        Takes numbers off your black list; numbers that are not on it are ignored.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = NumberList(
                numbers=numbers,
            )

        response = await self._client._asend(
            _delete_from_black_list._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_from_black_list._result, self._client, response)
        )


__all__ = [
    "AsyncBlackListResource",
    "AsyncBlackListResourceWithRawResponse",
    "BlackListResource",
    "BlackListResourceWithRawResponse",
]
