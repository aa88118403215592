"""Contains some shared types for properties, and what resource methods return besides models.

``RawResponse`` is what ``.with_raw_response`` methods return; ``SyncPage`` and ``AsyncPage`` are what
methods of operations marked ``x-page`` in the spec return: one page of a list that iterates over every page.
"""

import copy
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    MutableMapping,
)
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    """The default of an argument left out: it is not sent. Never found in what a call returns."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


UNSET: Unset = Unset()

NOT_GIVEN: Any = UNSET
"""``UNSET`` typed ``Any``: the default of an optional argument typed ``T | None`` (a model field, a keyword).

Left out, the value is not sent; ``None`` given explicitly sends ``null`` where the spec allows it.
"""

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


ResultT = TypeVar("ResultT")
ItemT = TypeVar("ItemT")
ModelT = TypeVar("ModelT")


class RawResponse(Generic[ResultT]):
    """The HTTP response of a call made through ``.with_raw_response``; ``parse()`` gives what the call returns.

    An error answer has raised already (as the call itself raises); ``parse()`` reads the reply by the
    tolerant-reply rule, once, and raises the client's one error for a reply that does not fit.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    _UNREAD: Any = object()

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[], ResultT]
    ) -> None:
        self.http_response = http_response
        """The ``httpx.Response`` itself."""
        self._parse = parse
        self._parsed: Any = RawResponse._UNREAD

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> ResultT:
        """What the method returns without ``.with_raw_response``: the success model, a page or a count."""
        if self._parsed is RawResponse._UNREAD:
            self._parsed = self._parse()
        parsed: ResultT = self._parsed
        return parsed


def header_number(response: httpx.Response, header: str) -> int | None:
    """The whole number in ``header``, or None when it is missing or not a number (a page's total is a hint)."""
    text = response.headers.get(header, "").strip()
    return int(text) if text.isdigit() and text.isascii() else None


def with_page(body: ModelT, field: str, number: int) -> ModelT:
    """A copy of a request body with the page number ``field`` set (for pages numbered in the body)."""
    paged = copy.copy(body)
    setattr(paged, field, number)
    return paged


class _Page(Generic[ItemT]):
    """What sync and async pages share: the items, the numbering, and whether another page follows."""

    def __init__(
        self,
        http_response: httpx.Response,
        read: Callable[[httpx.Response], tuple[list[ItemT], int | None]],
        *,
        number: int,
        size: int | None,
        first: int,
    ) -> None:
        self.http_response = http_response
        """The ``httpx.Response`` this page was read from."""
        self.data, self.total = read(http_response)
        """``data``: this page's items. ``total``: how many items the whole list holds, when the reply says."""
        self.number = number
        """This page's number (the first is 0 or 1, as the API counts)."""
        self.size = size
        """How many items a full page holds; None when one page holds everything asked for."""
        self._read = read
        self._first = first

    def __repr__(self) -> str:
        total = "" if self.total is None else f", total={self.total}"
        return f"<{type(self).__name__} number={self.number} items={len(self.data)}{total}>"

    def has_next_page(self) -> bool:
        """Whether another page follows: by the total when the reply gives one, else this page being full."""
        if self.size is None or len(self.data) < self.size:
            return False
        if self.total is not None:
            return (self.number - self._first + 1) * self.size < self.total
        return True

    def _next_number(self) -> int:
        if not self.has_next_page():
            raise RuntimeError(
                "this is the last page; check has_next_page() before next_page()"
            )
        return self.number + 1


class SyncPage(_Page[ItemT]):
    """One page of a list. Iterating over it yields every item of this page and of the pages after it,
    fetched one request at a time as the iteration reaches them; ``data`` is this page alone.
    """

    def __init__(
        self,
        http_response: httpx.Response,
        read: Callable[[httpx.Response], tuple[list[ItemT], int | None]],
        fetch: Callable[[int], httpx.Response],
        *,
        number: int,
        size: int | None,
        first: int,
    ) -> None:
        super().__init__(http_response, read, number=number, size=size, first=first)
        self._fetch = fetch

    def next_page(self) -> "SyncPage[ItemT]":
        """The page after this one (one request); RuntimeError when ``has_next_page()`` is False."""
        number = self._next_number()
        return SyncPage(
            self._fetch(number),
            self._read,
            self._fetch,
            number=number,
            size=self.size,
            first=self._first,
        )

    def iter_pages(self) -> Iterator["SyncPage[ItemT]"]:
        """This page and every page after it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_Page[ItemT]):
    """One page of a list, for ``client.aio``: ``async for`` yields every item of this page and the ones after."""

    def __init__(
        self,
        http_response: httpx.Response,
        read: Callable[[httpx.Response], tuple[list[ItemT], int | None]],
        fetch: Callable[[int], Awaitable[httpx.Response]],
        *,
        number: int,
        size: int | None,
        first: int,
    ) -> None:
        super().__init__(http_response, read, number=number, size=size, first=first)
        self._fetch = fetch

    async def next_page(self) -> "AsyncPage[ItemT]":
        """The page after this one (one request); RuntimeError when ``has_next_page()`` is False."""
        number = self._next_number()
        return AsyncPage(
            await self._fetch(number),
            self._read,
            self._fetch,
            number=number,
            size=self.size,
            first=self._first,
        )

    async def iter_pages(self) -> AsyncIterator["AsyncPage[ItemT]"]:
        """This page and every page after it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncPage",
    "File",
    "FileTypes",
    "RawResponse",
    "RequestFiles",
    "Response",
    "SyncPage",
    "Unset",
]
