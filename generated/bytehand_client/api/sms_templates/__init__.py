"""sms_templates: the resource ``client.sms_templates``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.sms_template import SmsTemplate
from ...models.sms_template_category import SmsTemplateCategory
from ...models.sms_template_input import SmsTemplateInput
from ...models.sms_template_patch import SmsTemplatePatch
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import create_sms_template as _create_sms_template
from . import delete_sms_template_by_id as _delete_sms_template_by_id
from . import delete_sms_templates as _delete_sms_templates
from . import get_sms_template_by_id as _get_sms_template_by_id
from . import query_sms_template_categories as _query_sms_template_categories
from . import query_sms_templates as _query_sms_templates
from . import query_sms_templates_count as _query_sms_templates_count
from . import update_sms_template_by_id as _update_sms_template_by_id

if TYPE_CHECKING:
    from ...client import Client


class SmsTemplatesResource:
    """``client.sms_templates``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsTemplatesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsTemplatesResourceWithRawResponse(self._client)

    def query_sms_template_categories(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsTemplateCategory]:
        """Returns SMS template categories.

        The fixed categories a template can belong to.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_template_categories._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[SmsTemplateCategory](
            response,
            partial(_query_sms_template_categories._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    def get_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Returns the SMS template by its ID."""

        response = self._client._send(
            _get_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return _get_sms_template_by_id._result(self._client, response)

    def delete_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS template by its ID."""

        response = self._client._send(
            _delete_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return _delete_sms_template_by_id._result(self._client, response)

    @overload
    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    @overload
    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch | None = None,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Edits an SMS template by its ID.

        Changes the fields given.
        """

        if body is None:
            body = SmsTemplatePatch(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = self._client._send(
            _update_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_template_by_id._result(self._client, response)

    def query_sms_templates(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsTemplate]:
        """Returns SMS templates that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_templates._get_kwargs(
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
        return SyncPage[SmsTemplate](
            response,
            partial(_query_sms_templates._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def create_sms_template(
        self,
        *,
        body: SmsTemplateInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    @overload
    def create_sms_template(
        self,
        *,
        name: str,
        text: str,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    def create_sms_template(
        self,
        *,
        body: SmsTemplateInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Creates an SMS template."""

        if body is None:
            body = SmsTemplateInput(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = self._client._send(
            _create_sms_template._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_sms_template._result(self._client, response)

    def delete_sms_templates(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS message templates."""

        response = self._client._send(
            _delete_sms_templates._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_templates._result(self._client, response)

    def query_sms_templates_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS templates that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_templates_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_templates_count._result(self._client, response)


class SmsTemplatesResourceWithRawResponse:
    """``client.sms_templates.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def query_sms_template_categories(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsTemplateCategory]]:
        """Returns SMS template categories.

        The fixed categories a template can belong to.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_template_categories._get_kwargs(
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
                SyncPage[SmsTemplateCategory],
                response,
                partial(_query_sms_template_categories._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    def get_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Returns the SMS template by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_template_by_id._result, self._client, response)
        )

    def delete_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS template by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_sms_template_by_id._result, self._client, response),
        )

    @overload
    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    @overload
    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch | None = None,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Edits an SMS template by its ID.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsTemplatePatch(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = self._client._send(
            _update_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_sms_template_by_id._result, self._client, response),
        )

    def query_sms_templates(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsTemplate]]:
        """Returns SMS templates that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_templates._get_kwargs(
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
                SyncPage[SmsTemplate],
                response,
                partial(_query_sms_templates._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def create_sms_template(
        self,
        *,
        body: SmsTemplateInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    @overload
    def create_sms_template(
        self,
        *,
        name: str,
        text: str,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    def create_sms_template(
        self,
        *,
        body: SmsTemplateInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Creates an SMS template.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsTemplateInput(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = self._client._send(
            _create_sms_template._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_sms_template._result, self._client, response)
        )

    def delete_sms_templates(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS message templates.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_templates._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_templates._result, self._client, response)
        )

    def query_sms_templates_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS templates that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_templates_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_sms_templates_count._result, self._client, response),
        )


class AsyncSmsTemplatesResource:
    """``client.aio.sms_templates``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsTemplatesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsTemplatesResourceWithRawResponse(self._client)

    async def query_sms_template_categories(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsTemplateCategory]:
        """Returns SMS template categories.

        The fixed categories a template can belong to.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_template_categories._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[SmsTemplateCategory](
            response,
            partial(_query_sms_template_categories._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    async def get_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Returns the SMS template by its ID."""

        response = await self._client._asend(
            _get_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return _get_sms_template_by_id._result(self._client, response)

    async def delete_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS template by its ID."""

        response = await self._client._asend(
            _delete_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return _delete_sms_template_by_id._result(self._client, response)

    @overload
    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    @overload
    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch | None = None,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Edits an SMS template by its ID.

        Changes the fields given.
        """

        if body is None:
            body = SmsTemplatePatch(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = await self._client._asend(
            _update_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_template_by_id._result(self._client, response)

    async def query_sms_templates(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsTemplate]:
        """Returns SMS templates that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_templates._get_kwargs(
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
        return AsyncPage[SmsTemplate](
            response,
            partial(_query_sms_templates._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def create_sms_template(
        self,
        *,
        body: SmsTemplateInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    @overload
    async def create_sms_template(
        self,
        *,
        name: str,
        text: str,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate: ...

    async def create_sms_template(
        self,
        *,
        body: SmsTemplateInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsTemplate:
        """Creates an SMS template."""

        if body is None:
            body = SmsTemplateInput(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = await self._client._asend(
            _create_sms_template._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_sms_template._result(self._client, response)

    async def delete_sms_templates(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS message templates."""

        response = await self._client._asend(
            _delete_sms_templates._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_templates._result(self._client, response)

    async def query_sms_templates_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS templates that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_templates_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_templates_count._result(self._client, response)


class AsyncSmsTemplatesResourceWithRawResponse:
    """``client.aio.sms_templates.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def query_sms_template_categories(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsTemplateCategory]]:
        """Returns SMS template categories.

        The fixed categories a template can belong to.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_template_categories._get_kwargs(
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
                AsyncPage[SmsTemplateCategory],
                response,
                partial(_query_sms_template_categories._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    async def get_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Returns the SMS template by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_template_by_id._result, self._client, response)
        )

    async def delete_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS template by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_sms_template_by_id._result, self._client, response),
        )

    @overload
    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    @overload
    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    async def update_sms_template_by_id(
        self,
        sms_template_id: int,
        *,
        body: SmsTemplatePatch | None = None,
        name: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Edits an SMS template by its ID.

        Changes the fields given.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsTemplatePatch(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = await self._client._asend(
            _update_sms_template_by_id._get_kwargs(
                sms_template_id=sms_template_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_sms_template_by_id._result, self._client, response),
        )

    async def query_sms_templates(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsTemplate]]:
        """Returns SMS templates that match the query.

        Oldest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_templates._get_kwargs(
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
                AsyncPage[SmsTemplate],
                response,
                partial(_query_sms_templates._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def create_sms_template(
        self,
        *,
        body: SmsTemplateInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    @overload
    async def create_sms_template(
        self,
        *,
        name: str,
        text: str,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]: ...

    async def create_sms_template(
        self,
        *,
        body: SmsTemplateInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        category_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsTemplate]:
        """Creates an SMS template.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsTemplateInput(
                name=name,
                text=text,
                category_id=category_id,
            )

        response = await self._client._asend(
            _create_sms_template._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_sms_template._result, self._client, response)
        )

    async def delete_sms_templates(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS message templates.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_templates._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_templates._result, self._client, response)
        )

    async def query_sms_templates_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS templates that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_templates_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_query_sms_templates_count._result, self._client, response),
        )


__all__ = [
    "AsyncSmsTemplatesResource",
    "AsyncSmsTemplatesResourceWithRawResponse",
    "SmsTemplatesResource",
    "SmsTemplatesResourceWithRawResponse",
]
