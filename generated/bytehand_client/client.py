import asyncio
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

from . import errors

if TYPE_CHECKING:
    from .api.applications import ApplicationsResource, AsyncApplicationsResource
    from .api.billing_plans import AsyncBillingPlansResource, BillingPlansResource
    from .api.contacts import AsyncContactsResource, ContactsResource
    from .api.history import AsyncHistoryResource, HistoryResource
    from .api.news import AsyncNewsResource, NewsResource
    from .api.o_auth import AsyncOAuthResource, OAuthResource
    from .api.other import AsyncOtherResource, OtherResource
    from .api.payments import AsyncPaymentsResource, PaymentsResource
    from .api.sms_campaigns import AsyncSmsCampaignsResource, SmsCampaignsResource
    from .api.sms_messages import AsyncSmsMessagesResource, SmsMessagesResource
    from .api.sms_senders import AsyncSmsSendersResource, SmsSendersResource
    from .api.sms_templates import AsyncSmsTemplatesResource, SmsTemplatesResource
    from .api.users import AsyncUsersResource, UsersResource


DEFAULT_HEADERS = {"Accept": "application/json"}
"""Sent with every request unless ``headers=`` says otherwise: most operations' success reply is JSON, and an
operation documented in other media types (or none) names its own ``Accept`` per request."""


class Connections:
    """The httpx clients of a Client and of every copy ``with_options`` makes of it, so they share one pool.

    An async connection belongs to the event loop that opened it, so each loop gets its own
    ``httpx.AsyncClient``, built from the same settings: a client used in one ``asyncio.run()`` and then in
    another works. The clients of loops that have closed since are let go.
    """

    def __init__(self) -> None:
        self.sync: httpx.Client | None = None
        self.by_loop: dict[asyncio.AbstractEventLoop | None, httpx.AsyncClient] = {}
        self.given_async: httpx.AsyncClient | None = None
        """An ``httpx.AsyncClient`` set by hand (``set_async_httpx_client``), used whatever the loop."""

    def async_client(self, build: Callable[[], httpx.AsyncClient]) -> httpx.AsyncClient:
        """The async client of the running event loop, built with ``build()`` the first time."""
        if self.given_async is not None:
            return self.given_async
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        found = self.by_loop.get(loop)
        if found is None:
            # One built outside any loop (get_async_httpx_client() called at set-up) serves the first loop.
            found = self.by_loop.pop(None, None) if loop is not None else None
            for closed in [
                other
                for other in self.by_loop
                if other is not None and other.is_closed()
            ]:
                del self.by_loop[closed]
            self.by_loop[loop] = found = found or build()
        return found

    def pop_async(self) -> httpx.AsyncClient | None:
        """Take the running loop's async client out (to close it); a later call builds a new one."""
        if self.given_async is not None:
            given, self.given_async = self.given_async, None
            return given
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        return self.by_loop.pop(loop, None)


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Every operation is a method of a resource, one per tag: ``client.<resource>.<method>(...)``, with
    ``client.aio.<resource>.<method>(...)`` its awaitable twin and ``.with_raw_response`` on either for the
    HTTP response itself. The module functions (``api/<resource>/<method>.py``) take this client as well.

    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    unexpected_reply: errors.ReplyErrorFactory = field(
        default=errors.UnexpectedReply, kw_only=True
    )
    """The exception a reply that does not fit raises (see ``errors``); a client layer sets its own class."""
    _connections: Connections = field(
        factory=Connections, init=False, repr=False, eq=False
    )
    _request_options: dict[str, Any] = field(factory=dict, init=False, repr=False)
    """What ``with_options`` set: passed to every request (``timeout``, ``extensions``)."""

    _o_auth_resource: "OAuthResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _users_resource: "UsersResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _sms_messages_resource: "SmsMessagesResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _sms_campaigns_resource: "SmsCampaignsResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _sms_senders_resource: "SmsSendersResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _sms_templates_resource: "SmsTemplatesResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _other_resource: "OtherResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _contacts_resource: "ContactsResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _history_resource: "HistoryResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _payments_resource: "PaymentsResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _billing_plans_resource: "BillingPlansResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _news_resource: "NewsResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _applications_resource: "ApplicationsResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _aio: "AsyncResources | None" = field(
        default=None, init=False, repr=False, eq=False
    )

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._connections.sync is not None:
            self._connections.sync.headers.update(headers)
        for async_client in self._connections.by_loop.values():
            async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._connections.sync is not None:
            self._connections.sync.cookies.update(cookies)
        for async_client in self._connections.by_loop.values():
            async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._connections.sync is not None:
            self._connections.sync.timeout = timeout
        for async_client in self._connections.by_loop.values():
            async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
    ) -> Self:
        """A client that differs from this one only in ``timeout`` or ``retries``, sharing its connections.

        The copy shares this client's connection pool, credentials and hooks; this client is left as it was.
        ``timeout`` (seconds or an ``httpx.Timeout``) applies to each request the copy sends. ``retries`` (0: none)
        travels in each request's ``extensions`` as ``"retries"``, for the transport that retries (the one
        ``sms_clients``' ``connect()`` installs); a bare client does not retry.
        """
        options = dict(self._request_options)
        if timeout is not None:
            options["timeout"] = (
                timeout
                if isinstance(timeout, httpx.Timeout)
                else httpx.Timeout(timeout)
            )
        if retries is not None:
            if retries < 0:
                raise ValueError("retries must be 0 or more")
            options["extensions"] = {
                **options.get("extensions", {}),
                "retries": retries,
            }
        copy = evolve(self)
        copy._connections = self._connections
        copy._request_options = options
        return copy

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._connections.sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._connections.sync is None:
            self._connections.sync = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={**DEFAULT_HEADERS, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._connections.sync

    def close(self) -> None:
        """Close the sync connections (a later call opens new ones)."""
        sync, self._connections.sync = self._connections.sync, None
        if sync is not None:
            sync.close()

    def __enter__(self) -> Self:
        """Enter a context manager that closes the sync connections when it ends"""
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        """Close the sync connections (see ``close``)"""
        self.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        It is then used whatever event loop runs the call.
        """
        self._connections.given_async = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, constructing a new one the first time in each loop"""
        return self._connections.async_client(self._build_async_httpx_client)

    def _build_async_httpx_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self._base_url,
            cookies=self._cookies,
            headers={**DEFAULT_HEADERS, **self._headers},
            timeout=self._timeout,
            verify=self._verify_ssl,
            follow_redirects=self._follow_redirects,
            **self._httpx_args,
        )

    async def aclose(self) -> None:
        """Close the running event loop's async connections (a later call opens new ones)."""
        async_client = self._connections.pop_async()
        if async_client is not None:
            await async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter an async context manager that closes the async connections when it ends"""
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        """Close the async connections (see ``aclose``)"""
        await self.aclose()

    def _send(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        """Send one operation's request (what its ``_get_kwargs`` built) with this client's options."""
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        return self.get_httpx_client().request(**kwargs, **self._request_options)

    async def _asend(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        """``_send`` on the running event loop's async connections."""
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        return await self.get_async_httpx_client().request(
            **kwargs, **self._request_options
        )

    @property
    def o_auth(self) -> "OAuthResource":
        """authorize_with_inner_o_auth, exchange_innner_o_auth_code, revoke_innner_o_auth_token,
        get_external_o_auth_providers, login_with_external_o_auth, register_with_external_o_auth,
        bind_with_external_o_auth"""
        if self._o_auth_resource is None:
            from .api.o_auth import OAuthResource

            self._o_auth_resource = OAuthResource(self)
        return self._o_auth_resource

    @property
    def users(self) -> "UsersResource":
        """login_user, register_user, reset_user_password, reset_user_password_complete, get_users_time_zones,
        get_users_time_zone_by_id, get_current_user, update_current_user, get_current_user_billing_plan,
        get_current_user_contract, initiate_current_user_contract, update_current_user_contract,
        get_current_user_credentials, create_current_user_credential, get_current_user_this_credential,
        get_current_user_credential_geo, get_current_user_credential_by_id, delete_current_user_credential,
        get_current_user_accounts, delete_current_user_account, get_current_user_statistics,
        reset_current_user_api_key_v1, reset_current_user_smpp_password, set_current_user_routing,
        update_current_user_email, update_current_user_password"""
        if self._users_resource is None:
            from .api.users import UsersResource

            self._users_resource = UsersResource(self)
        return self._users_resource

    @property
    def sms_messages(self) -> "SmsMessagesResource":
        """get_sms_probe, get_sms_by_id, delete_sms_by_id, update_sms_by_id, query_sms, send_sms, delete_sms,
        query_sms_count, update_sms"""
        if self._sms_messages_resource is None:
            from .api.sms_messages import SmsMessagesResource

            self._sms_messages_resource = SmsMessagesResource(self)
        return self._sms_messages_resource

    @property
    def sms_campaigns(self) -> "SmsCampaignsResource":
        """get_sms_campaign_countries, get_sms_campaign_parts, get_sms_campaign_states, get_sms_campaign_by_id,
        delete_sms_campaign_by_id, update_sms_campaign_by_id, query_sms_campaigns, send_sms_campaign,
        delete_sms_campaigns, query_sms_campaign_count, update_sms_campaigns"""
        if self._sms_campaigns_resource is None:
            from .api.sms_campaigns import SmsCampaignsResource

            self._sms_campaigns_resource = SmsCampaignsResource(self)
        return self._sms_campaigns_resource

    @property
    def sms_senders(self) -> "SmsSendersResource":
        """get_sms_sender_by_id, delete_sms_sender_by_id, query_sms_senders, put_sms_sender,
        delete_sms_senders, query_sms_senders_count"""
        if self._sms_senders_resource is None:
            from .api.sms_senders import SmsSendersResource

            self._sms_senders_resource = SmsSendersResource(self)
        return self._sms_senders_resource

    @property
    def sms_templates(self) -> "SmsTemplatesResource":
        """query_sms_template_categories, get_sms_template_by_id, delete_sms_template_by_id,
        update_sms_template_by_id, query_sms_templates, create_sms_template, delete_sms_templates,
        query_sms_templates_count"""
        if self._sms_templates_resource is None:
            from .api.sms_templates import SmsTemplatesResource

            self._sms_templates_resource = SmsTemplatesResource(self)
        return self._sms_templates_resource

    @property
    def other(self) -> "OtherResource":
        """query_sms_routes, query_sms_routes_count, query_sms_route_intervals,
        query_sms_route_intervals_count, get_companies_suggestions, get_legal_entities, send_support_ticket"""
        if self._other_resource is None:
            from .api.other import OtherResource

            self._other_resource = OtherResource(self)
        return self._other_resource

    @property
    def contacts(self) -> "ContactsResource":
        """get_contact_list_v1_by_id, upgrade_contact_list_v1_by_id, delete_contact_list_v1_by_id,
        query_contact_lists_v1, delete_contact_lists_v1, query_contact_lists_count_v1,
        get_contact_list_contact_by_id, delete_contact_list_contact_by_id,
        update_contact_list_contact_by_id, query_contact_list_contacts, create_contact_list_contacts,
        delete_contact_list_contacts, query_contact_list_contacts_count, update_contact_list_contacts,
        get_contact_list_property_by_id, delete_contact_list_property_by_id,
        update_contact_list_property_by_id, get_contact_list_properties, create_contact_list_property,
        get_contact_list_segment_by_id, delete_contact_list_segment_by_id,
        update_contact_list_segment_by_id, get_contact_list_segments, create_contact_list_segment,
        get_contact_list_by_id, delete_contact_list_by_id, update_contact_list, query_contact_lists,
        create_contact_list, delete_contact_lists, query_contact_lists_count"""
        if self._contacts_resource is None:
            from .api.contacts import ContactsResource

            self._contacts_resource = ContactsResource(self)
        return self._contacts_resource

    @property
    def history(self) -> "HistoryResource":
        """query_history"""
        if self._history_resource is None:
            from .api.history import HistoryResource

            self._history_resource = HistoryResource(self)
        return self._history_resource

    @property
    def payments(self) -> "PaymentsResource":
        """get_provided_services_acts, activate_bonus, activate_startup_bonus, get_possible_deposit_requests,
        create_deposit_request, get_invoice_by_id, delete_invoice, get_invoices, create_invoice,
        create_payback, create_recurring_payment, delete_recurring_payment, get_referral_statistics_by_id,
        get_referral_by_id, query_referrals, query_referral_count, query_transactions,
        query_transaction_count"""
        if self._payments_resource is None:
            from .api.payments import PaymentsResource

            self._payments_resource = PaymentsResource(self)
        return self._payments_resource

    @property
    def billing_plans(self) -> "BillingPlansResource":
        """get_billing_plans"""
        if self._billing_plans_resource is None:
            from .api.billing_plans import BillingPlansResource

            self._billing_plans_resource = BillingPlansResource(self)
        return self._billing_plans_resource

    @property
    def news(self) -> "NewsResource":
        """query_news, query_news_count, get_news_by_id"""
        if self._news_resource is None:
            from .api.news import NewsResource

            self._news_resource = NewsResource(self)
        return self._news_resource

    @property
    def applications(self) -> "ApplicationsResource":
        """query_applications, query_applications_count, get_application_by_id"""
        if self._applications_resource is None:
            from .api.applications import ApplicationsResource

            self._applications_resource = ApplicationsResource(self)
        return self._applications_resource

    @property
    def aio(self) -> "AsyncResources":
        """The same resources with awaitable methods, on this client's settings and credentials."""
        if self._aio is None:
            self._aio = AsyncResources(self)
        return self._aio


class AsyncResources:
    """``client.aio``: every resource of a Client with awaitable methods, on the same settings and credentials.

    ``async with client.aio:`` closes the event loop's connections when it ends.
    """

    __slots__ = (
        "_applications",
        "_billing_plans",
        "_client",
        "_contacts",
        "_history",
        "_news",
        "_o_auth",
        "_other",
        "_payments",
        "_sms_campaigns",
        "_sms_messages",
        "_sms_senders",
        "_sms_templates",
        "_users",
    )

    def __init__(self, client: Client) -> None:
        self._client = client
        self._o_auth: AsyncOAuthResource | None = None
        self._users: AsyncUsersResource | None = None
        self._sms_messages: AsyncSmsMessagesResource | None = None
        self._sms_campaigns: AsyncSmsCampaignsResource | None = None
        self._sms_senders: AsyncSmsSendersResource | None = None
        self._sms_templates: AsyncSmsTemplatesResource | None = None
        self._other: AsyncOtherResource | None = None
        self._contacts: AsyncContactsResource | None = None
        self._history: AsyncHistoryResource | None = None
        self._payments: AsyncPaymentsResource | None = None
        self._billing_plans: AsyncBillingPlansResource | None = None
        self._news: AsyncNewsResource | None = None
        self._applications: AsyncApplicationsResource | None = None

    @property
    def client(self) -> Client:
        """The client whose async side this is."""
        return self._client

    async def aclose(self) -> None:
        """Close the running event loop's async connections."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self._client.aclose()

    @property
    def o_auth(self) -> "AsyncOAuthResource":
        """authorize_with_inner_o_auth, exchange_innner_o_auth_code, revoke_innner_o_auth_token,
        get_external_o_auth_providers, login_with_external_o_auth, register_with_external_o_auth,
        bind_with_external_o_auth"""
        if self._o_auth is None:
            from .api.o_auth import AsyncOAuthResource

            self._o_auth = AsyncOAuthResource(self._client)
        return self._o_auth

    @property
    def users(self) -> "AsyncUsersResource":
        """login_user, register_user, reset_user_password, reset_user_password_complete, get_users_time_zones,
        get_users_time_zone_by_id, get_current_user, update_current_user, get_current_user_billing_plan,
        get_current_user_contract, initiate_current_user_contract, update_current_user_contract,
        get_current_user_credentials, create_current_user_credential, get_current_user_this_credential,
        get_current_user_credential_geo, get_current_user_credential_by_id, delete_current_user_credential,
        get_current_user_accounts, delete_current_user_account, get_current_user_statistics,
        reset_current_user_api_key_v1, reset_current_user_smpp_password, set_current_user_routing,
        update_current_user_email, update_current_user_password"""
        if self._users is None:
            from .api.users import AsyncUsersResource

            self._users = AsyncUsersResource(self._client)
        return self._users

    @property
    def sms_messages(self) -> "AsyncSmsMessagesResource":
        """get_sms_probe, get_sms_by_id, delete_sms_by_id, update_sms_by_id, query_sms, send_sms, delete_sms,
        query_sms_count, update_sms"""
        if self._sms_messages is None:
            from .api.sms_messages import AsyncSmsMessagesResource

            self._sms_messages = AsyncSmsMessagesResource(self._client)
        return self._sms_messages

    @property
    def sms_campaigns(self) -> "AsyncSmsCampaignsResource":
        """get_sms_campaign_countries, get_sms_campaign_parts, get_sms_campaign_states, get_sms_campaign_by_id,
        delete_sms_campaign_by_id, update_sms_campaign_by_id, query_sms_campaigns, send_sms_campaign,
        delete_sms_campaigns, query_sms_campaign_count, update_sms_campaigns"""
        if self._sms_campaigns is None:
            from .api.sms_campaigns import AsyncSmsCampaignsResource

            self._sms_campaigns = AsyncSmsCampaignsResource(self._client)
        return self._sms_campaigns

    @property
    def sms_senders(self) -> "AsyncSmsSendersResource":
        """get_sms_sender_by_id, delete_sms_sender_by_id, query_sms_senders, put_sms_sender,
        delete_sms_senders, query_sms_senders_count"""
        if self._sms_senders is None:
            from .api.sms_senders import AsyncSmsSendersResource

            self._sms_senders = AsyncSmsSendersResource(self._client)
        return self._sms_senders

    @property
    def sms_templates(self) -> "AsyncSmsTemplatesResource":
        """query_sms_template_categories, get_sms_template_by_id, delete_sms_template_by_id,
        update_sms_template_by_id, query_sms_templates, create_sms_template, delete_sms_templates,
        query_sms_templates_count"""
        if self._sms_templates is None:
            from .api.sms_templates import AsyncSmsTemplatesResource

            self._sms_templates = AsyncSmsTemplatesResource(self._client)
        return self._sms_templates

    @property
    def other(self) -> "AsyncOtherResource":
        """query_sms_routes, query_sms_routes_count, query_sms_route_intervals,
        query_sms_route_intervals_count, get_companies_suggestions, get_legal_entities, send_support_ticket"""
        if self._other is None:
            from .api.other import AsyncOtherResource

            self._other = AsyncOtherResource(self._client)
        return self._other

    @property
    def contacts(self) -> "AsyncContactsResource":
        """get_contact_list_v1_by_id, upgrade_contact_list_v1_by_id, delete_contact_list_v1_by_id,
        query_contact_lists_v1, delete_contact_lists_v1, query_contact_lists_count_v1,
        get_contact_list_contact_by_id, delete_contact_list_contact_by_id,
        update_contact_list_contact_by_id, query_contact_list_contacts, create_contact_list_contacts,
        delete_contact_list_contacts, query_contact_list_contacts_count, update_contact_list_contacts,
        get_contact_list_property_by_id, delete_contact_list_property_by_id,
        update_contact_list_property_by_id, get_contact_list_properties, create_contact_list_property,
        get_contact_list_segment_by_id, delete_contact_list_segment_by_id,
        update_contact_list_segment_by_id, get_contact_list_segments, create_contact_list_segment,
        get_contact_list_by_id, delete_contact_list_by_id, update_contact_list, query_contact_lists,
        create_contact_list, delete_contact_lists, query_contact_lists_count"""
        if self._contacts is None:
            from .api.contacts import AsyncContactsResource

            self._contacts = AsyncContactsResource(self._client)
        return self._contacts

    @property
    def history(self) -> "AsyncHistoryResource":
        """query_history"""
        if self._history is None:
            from .api.history import AsyncHistoryResource

            self._history = AsyncHistoryResource(self._client)
        return self._history

    @property
    def payments(self) -> "AsyncPaymentsResource":
        """get_provided_services_acts, activate_bonus, activate_startup_bonus, get_possible_deposit_requests,
        create_deposit_request, get_invoice_by_id, delete_invoice, get_invoices, create_invoice,
        create_payback, create_recurring_payment, delete_recurring_payment, get_referral_statistics_by_id,
        get_referral_by_id, query_referrals, query_referral_count, query_transactions,
        query_transaction_count"""
        if self._payments is None:
            from .api.payments import AsyncPaymentsResource

            self._payments = AsyncPaymentsResource(self._client)
        return self._payments

    @property
    def billing_plans(self) -> "AsyncBillingPlansResource":
        """get_billing_plans"""
        if self._billing_plans is None:
            from .api.billing_plans import AsyncBillingPlansResource

            self._billing_plans = AsyncBillingPlansResource(self._client)
        return self._billing_plans

    @property
    def news(self) -> "AsyncNewsResource":
        """query_news, query_news_count, get_news_by_id"""
        if self._news is None:
            from .api.news import AsyncNewsResource

            self._news = AsyncNewsResource(self._client)
        return self._news

    @property
    def applications(self) -> "AsyncApplicationsResource":
        """query_applications, query_applications_count, get_application_by_id"""
        if self._applications is None:
            from .api.applications import AsyncApplicationsResource

            self._applications = AsyncApplicationsResource(self._client)
        return self._applications


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    unexpected_reply: errors.ReplyErrorFactory = field(
        default=errors.UnexpectedReply, kw_only=True
    )
    """The exception a reply that does not fit raises (see ``errors``); a client layer sets its own class."""
    _connections: Connections = field(
        factory=Connections, init=False, repr=False, eq=False
    )
    _request_options: dict[str, Any] = field(factory=dict, init=False, repr=False)
    """What ``with_options`` set: passed to every request (``timeout``, ``extensions``)."""

    token: str
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._connections.sync is not None:
            self._connections.sync.headers.update(headers)
        for async_client in self._connections.by_loop.values():
            async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._connections.sync is not None:
            self._connections.sync.cookies.update(cookies)
        for async_client in self._connections.by_loop.values():
            async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._connections.sync is not None:
            self._connections.sync.timeout = timeout
        for async_client in self._connections.by_loop.values():
            async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
    ) -> Self:
        """A client that differs from this one only in ``timeout`` or ``retries``, sharing its connections.

        The copy shares this client's connection pool, credentials and hooks; this client is left as it was.
        ``timeout`` (seconds or an ``httpx.Timeout``) applies to each request the copy sends. ``retries`` (0: none)
        travels in each request's ``extensions`` as ``"retries"``, for the transport that retries (the one
        ``sms_clients``' ``connect()`` installs); a bare client does not retry.
        """
        options = dict(self._request_options)
        if timeout is not None:
            options["timeout"] = (
                timeout
                if isinstance(timeout, httpx.Timeout)
                else httpx.Timeout(timeout)
            )
        if retries is not None:
            if retries < 0:
                raise ValueError("retries must be 0 or more")
            options["extensions"] = {
                **options.get("extensions", {}),
                "retries": retries,
            }
        copy = evolve(self)
        copy._connections = self._connections
        copy._request_options = options
        return copy

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._connections.sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._connections.sync is None:
            self._headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._connections.sync = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={**DEFAULT_HEADERS, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._connections.sync

    def close(self) -> None:
        """Close the sync connections (a later call opens new ones)."""
        sync, self._connections.sync = self._connections.sync, None
        if sync is not None:
            sync.close()

    def __enter__(self) -> Self:
        """Enter a context manager that closes the sync connections when it ends"""
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        """Close the sync connections (see ``close``)"""
        self.close()

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        It is then used whatever event loop runs the call.
        """
        self._connections.given_async = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, constructing a new one the first time in each loop"""
        return self._connections.async_client(self._build_async_httpx_client)

    def _build_async_httpx_client(self) -> httpx.AsyncClient:
        self._headers[self.auth_header_name] = (
            f"{self.prefix} {self.token}" if self.prefix else self.token
        )
        return httpx.AsyncClient(
            base_url=self._base_url,
            cookies=self._cookies,
            headers={**DEFAULT_HEADERS, **self._headers},
            timeout=self._timeout,
            verify=self._verify_ssl,
            follow_redirects=self._follow_redirects,
            **self._httpx_args,
        )

    async def aclose(self) -> None:
        """Close the running event loop's async connections (a later call opens new ones)."""
        async_client = self._connections.pop_async()
        if async_client is not None:
            await async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter an async context manager that closes the async connections when it ends"""
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        """Close the async connections (see ``aclose``)"""
        await self.aclose()

    def _send(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        """Send one operation's request (what its ``_get_kwargs`` built) with this client's options."""
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        return self.get_httpx_client().request(**kwargs, **self._request_options)

    async def _asend(
        self, kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None = None
    ) -> httpx.Response:
        """``_send`` on the running event loop's async connections."""
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        return await self.get_async_httpx_client().request(
            **kwargs, **self._request_options
        )
