"""sms_campaigns: the resource ``client.sms_campaigns``, and one module per operation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.bulk_result import BulkResult
from ...models.campaign_country_statistics import CampaignCountryStatistics
from ...models.campaign_parts_statistics import CampaignPartsStatistics
from ...models.campaign_state_statistics import CampaignStateStatistics
from ...models.error import Error
from ...models.send_result import SendResult
from ...models.sms_campaign import SmsCampaign
from ...models.sms_campaign_input import SmsCampaignInput
from ...models.sms_update import SmsUpdate
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import delete_sms_campaign_by_id as _delete_sms_campaign_by_id
from . import delete_sms_campaigns as _delete_sms_campaigns
from . import get_sms_campaign_by_id as _get_sms_campaign_by_id
from . import get_sms_campaign_countries as _get_sms_campaign_countries
from . import get_sms_campaign_parts as _get_sms_campaign_parts
from . import get_sms_campaign_states as _get_sms_campaign_states
from . import query_sms_campaign_count as _query_sms_campaign_count
from . import query_sms_campaigns as _query_sms_campaigns
from . import send_sms_campaign as _send_sms_campaign
from . import update_sms_campaign_by_id as _update_sms_campaign_by_id
from . import update_sms_campaigns as _update_sms_campaigns

if TYPE_CHECKING:
    from ...client import Client


class SmsCampaignsResource:
    """``client.sms_campaigns``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SmsCampaignsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SmsCampaignsResourceWithRawResponse(self._client)

    def get_sms_campaign_countries(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignCountryStatistics]:
        """Returns country statistics for SMS campaigns by its ID."""

        response = self._client._send(
            _get_sms_campaign_countries._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_countries._result(self._client, response)

    def get_sms_campaign_parts(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignPartsStatistics]:
        """Returns statistics on the number of message parts for SMS campaigns by its ID."""

        response = self._client._send(
            _get_sms_campaign_parts._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_parts._result(self._client, response)

    def get_sms_campaign_states(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignStateStatistics]:
        """Returns statistics on message statuses and errors for SMS campaigns by its ID."""

        response = self._client._send(
            _get_sms_campaign_states._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_states._result(self._client, response)

    def get_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign:
        """Returns SMS CampaignById.

        Returns an SMS campaign by its ID.
        """

        response = self._client._send(
            _get_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_by_id._result(self._client, response)

    def delete_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS campaign by its ID.

        Deletes the campaign together with its messages.
        """

        response = self._client._send(
            _delete_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _delete_sms_campaign_by_id._result(self._client, response)

    @overload
    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign: ...

    @overload
    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign: ...

    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign:
        """Stops or starts sending SMS campaigns by campaign ID.

        Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_campaign_by_id._result(self._client, response)

    def query_sms_campaigns(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[SmsCampaign]:
        """Returns SMS campaigns that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_campaigns._get_kwargs(
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
        return SyncPage[SmsCampaign](
            response,
            partial(_query_sms_campaigns._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult: ...

    @overload
    def send_sms_campaign(
        self,
        *,
        name: str,
        text: str,
        contact_list_id: int,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult: ...

    def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        contact_list_id: int = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult:
        """Sends Campaign SMS

        Sends `text` to every contact of a contact list (or of one of its
        segments): one message per contact, all charged at once like
        `sendSms`. `{name}`, `{phone}`, `{email}` and `{<property>}` in the
        text are replaced with the contact's values.
        """

        if body is None:
            body = SmsCampaignInput(
                name=name,
                text=text,
                contact_list_id=contact_list_id,
                sender=sender,
                segment_id=segment_id,
                send_after=send_after,
            )

        response = self._client._send(
            _send_sms_campaign._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms_campaign._result(self._client, response)

    def delete_sms_campaigns(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS Campaigns.

        Deletes every matching campaign together with its messages.
        """

        response = self._client._send(
            _delete_sms_campaigns._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_campaigns._result(self._client, response)

    def query_sms_campaign_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS messages matching the query.

        The number of SMS campaigns that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = self._client._send(
            _query_sms_campaign_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_campaign_count._result(self._client, response)

    @overload
    def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    def update_sms_campaigns(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Stops or starts sending SMS campaigns.

        Stops (or restarts) the unsent messages of every matching campaign; finished campaigns are left
        alone and not counted.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_campaigns._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_sms_campaigns._result(self._client, response)


class SmsCampaignsResourceWithRawResponse:
    """``client.sms_campaigns.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_sms_campaign_countries(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignCountryStatistics]]:
        """Returns country statistics for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_campaign_countries._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_sms_campaign_countries._result, self._client, response),
        )

    def get_sms_campaign_parts(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignPartsStatistics]]:
        """Returns statistics on the number of message parts for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_campaign_parts._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_parts._result, self._client, response)
        )

    def get_sms_campaign_states(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignStateStatistics]]:
        """Returns statistics on message statuses and errors for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_campaign_states._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_states._result, self._client, response)
        )

    def get_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]:
        """Returns SMS CampaignById.

        Returns an SMS campaign by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_by_id._result, self._client, response)
        )

    def delete_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS campaign by its ID.

        Deletes the campaign together with its messages.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_sms_campaign_by_id._result, self._client, response),
        )

    @overload
    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]: ...

    @overload
    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]: ...

    def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]:
        """Stops or starts sending SMS campaigns by campaign ID.

        Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_sms_campaign_by_id._result, self._client, response),
        )

    def query_sms_campaigns(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[SmsCampaign]]:
        """Returns SMS campaigns that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _query_sms_campaigns._get_kwargs(
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
                SyncPage[SmsCampaign],
                response,
                partial(_query_sms_campaigns._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]: ...

    @overload
    def send_sms_campaign(
        self,
        *,
        name: str,
        text: str,
        contact_list_id: int,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]: ...

    def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        contact_list_id: int = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]:
        """Sends Campaign SMS

        Sends `text` to every contact of a contact list (or of one of its
        segments): one message per contact, all charged at once like
        `sendSms`. `{name}`, `{phone}`, `{email}` and `{<property>}` in the
        text are replaced with the contact's values.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsCampaignInput(
                name=name,
                text=text,
                contact_list_id=contact_list_id,
                sender=sender,
                segment_id=segment_id,
                send_after=send_after,
            )

        response = self._client._send(
            _send_sms_campaign._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_sms_campaign._result, self._client, response)
        )

    def delete_sms_campaigns(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS Campaigns.

        Deletes every matching campaign together with its messages.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _delete_sms_campaigns._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_campaigns._result, self._client, response)
        )

    def query_sms_campaign_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS messages matching the query.

        The number of SMS campaigns that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _query_sms_campaign_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_campaign_count._result, self._client, response)
        )

    @overload
    def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    def update_sms_campaigns(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Stops or starts sending SMS campaigns.

        Stops (or restarts) the unsent messages of every matching campaign; finished campaigns are left
        alone and not counted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = self._client._send(
            _update_sms_campaigns._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms_campaigns._result, self._client, response)
        )


class AsyncSmsCampaignsResource:
    """``client.aio.sms_campaigns``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSmsCampaignsResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSmsCampaignsResourceWithRawResponse(self._client)

    async def get_sms_campaign_countries(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignCountryStatistics]:
        """Returns country statistics for SMS campaigns by its ID."""

        response = await self._client._asend(
            _get_sms_campaign_countries._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_countries._result(self._client, response)

    async def get_sms_campaign_parts(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignPartsStatistics]:
        """Returns statistics on the number of message parts for SMS campaigns by its ID."""

        response = await self._client._asend(
            _get_sms_campaign_parts._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_parts._result(self._client, response)

    async def get_sms_campaign_states(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[CampaignStateStatistics]:
        """Returns statistics on message statuses and errors for SMS campaigns by its ID."""

        response = await self._client._asend(
            _get_sms_campaign_states._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_states._result(self._client, response)

    async def get_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign:
        """Returns SMS CampaignById.

        Returns an SMS campaign by its ID.
        """

        response = await self._client._asend(
            _get_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _get_sms_campaign_by_id._result(self._client, response)

    async def delete_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Deletes an SMS campaign by its ID.

        Deletes the campaign together with its messages.
        """

        response = await self._client._asend(
            _delete_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return _delete_sms_campaign_by_id._result(self._client, response)

    @overload
    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign: ...

    @overload
    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign: ...

    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SmsCampaign:
        """Stops or starts sending SMS campaigns by campaign ID.

        Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
                body=body,
            ),
            extra_headers,
        )
        return _update_sms_campaign_by_id._result(self._client, response)

    async def query_sms_campaigns(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[SmsCampaign]:
        """Returns SMS campaigns that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_campaigns._get_kwargs(
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
        return AsyncPage[SmsCampaign](
            response,
            partial(_query_sms_campaigns._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult: ...

    @overload
    async def send_sms_campaign(
        self,
        *,
        name: str,
        text: str,
        contact_list_id: int,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult: ...

    async def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        contact_list_id: int = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SendResult:
        """Sends Campaign SMS

        Sends `text` to every contact of a contact list (or of one of its
        segments): one message per contact, all charged at once like
        `sendSms`. `{name}`, `{phone}`, `{email}` and `{<property>}` in the
        text are replaced with the contact's values.
        """

        if body is None:
            body = SmsCampaignInput(
                name=name,
                text=text,
                contact_list_id=contact_list_id,
                sender=sender,
                segment_id=segment_id,
                send_after=send_after,
            )

        response = await self._client._asend(
            _send_sms_campaign._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _send_sms_campaign._result(self._client, response)

    async def delete_sms_campaigns(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Deletes SMS Campaigns.

        Deletes every matching campaign together with its messages.
        """

        response = await self._client._asend(
            _delete_sms_campaigns._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return _delete_sms_campaigns._result(self._client, response)

    async def query_sms_campaign_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> int:
        """Returns the number of SMS messages matching the query.

        The number of SMS campaigns that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.
        """

        response = await self._client._asend(
            _query_sms_campaign_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return _query_sms_campaign_count._result(self._client, response)

    @overload
    async def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    @overload
    async def update_sms_campaigns(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult: ...

    async def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult:
        """Stops or starts sending SMS campaigns.

        Stops (or restarts) the unsent messages of every matching campaign; finished campaigns are left
        alone and not counted.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_campaigns._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return _update_sms_campaigns._result(self._client, response)


class AsyncSmsCampaignsResourceWithRawResponse:
    """``client.aio.sms_campaigns.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_sms_campaign_countries(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignCountryStatistics]]:
        """Returns country statistics for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_campaign_countries._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_get_sms_campaign_countries._result, self._client, response),
        )

    async def get_sms_campaign_parts(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignPartsStatistics]]:
        """Returns statistics on the number of message parts for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_campaign_parts._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_parts._result, self._client, response)
        )

    async def get_sms_campaign_states(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[list[CampaignStateStatistics]]:
        """Returns statistics on message statuses and errors for SMS campaigns by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_campaign_states._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_states._result, self._client, response)
        )

    async def get_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]:
        """Returns SMS CampaignById.

        Returns an SMS campaign by its ID.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_sms_campaign_by_id._result, self._client, response)
        )

    async def delete_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Deletes an SMS campaign by its ID.

        Deletes the campaign together with its messages.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_delete_sms_campaign_by_id._result, self._client, response),
        )

    @overload
    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]: ...

    @overload
    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        stopped: bool,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]: ...

    async def update_sms_campaign_by_id(
        self,
        sms_campaign_id: str,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SmsCampaign]:
        """Stops or starts sending SMS campaigns by campaign ID.

        Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_campaign_by_id._get_kwargs(
                sms_campaign_id=sms_campaign_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_update_sms_campaign_by_id._result, self._client, response),
        )

    async def query_sms_campaigns(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = "*",
        plain: bool | None = False,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[SmsCampaign]]:
        """Returns SMS campaigns that match the query.

        Newest first unless `sort` says otherwise.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _query_sms_campaigns._get_kwargs(
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
                AsyncPage[SmsCampaign],
                response,
                partial(_query_sms_campaigns._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]: ...

    @overload
    async def send_sms_campaign(
        self,
        *,
        name: str,
        text: str,
        contact_list_id: int,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]: ...

    async def send_sms_campaign(
        self,
        *,
        body: SmsCampaignInput | None = None,
        name: str = NOT_GIVEN,
        text: str = NOT_GIVEN,
        contact_list_id: int = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SendResult]:
        """Sends Campaign SMS

        Sends `text` to every contact of a contact list (or of one of its
        segments): one message per contact, all charged at once like
        `sendSms`. `{name}`, `{phone}`, `{email}` and `{<property>}` in the
        text are replaced with the contact's values.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsCampaignInput(
                name=name,
                text=text,
                contact_list_id=contact_list_id,
                sender=sender,
                segment_id=segment_id,
                send_after=send_after,
            )

        response = await self._client._asend(
            _send_sms_campaign._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_send_sms_campaign._result, self._client, response)
        )

    async def delete_sms_campaigns(
        self,
        *,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Deletes SMS Campaigns.

        Deletes every matching campaign together with its messages.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _delete_sms_campaigns._get_kwargs(
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_delete_sms_campaigns._result, self._client, response)
        )

    async def query_sms_campaign_count(
        self,
        *,
        query: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[int]:
        """Returns the number of SMS messages matching the query.

        The number of SMS campaigns that match the query.

        Returns the number in the reply's ``X-Total-Count`` header.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _query_sms_campaign_count._get_kwargs(
                query=UNSET if query is None else query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_query_sms_campaign_count._result, self._client, response)
        )

    @overload
    async def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    @overload
    async def update_sms_campaigns(
        self,
        *,
        stopped: bool,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]: ...

    async def update_sms_campaigns(
        self,
        *,
        body: SmsUpdate | None = None,
        stopped: bool = NOT_GIVEN,
        query: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[BulkResult]:
        """Stops or starts sending SMS campaigns.

        Stops (or restarts) the unsent messages of every matching campaign; finished campaigns are left
        alone and not counted.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SmsUpdate(
                stopped=stopped,
            )

        response = await self._client._asend(
            _update_sms_campaigns._get_kwargs(
                body=body,
                query=query,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_update_sms_campaigns._result, self._client, response)
        )


__all__ = [
    "AsyncSmsCampaignsResource",
    "AsyncSmsCampaignsResourceWithRawResponse",
    "SmsCampaignsResource",
    "SmsCampaignsResourceWithRawResponse",
]
