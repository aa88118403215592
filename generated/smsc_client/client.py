import asyncio
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx
from attrs import define, evolve, field

from . import errors

if TYPE_CHECKING:
    from .api.account import AccountResource, AsyncAccountResource
    from .api.messages import AsyncMessagesResource, MessagesResource
    from .api.sender_names import AsyncSenderNamesResource, SenderNamesResource


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

    _messages_resource: "MessagesResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _account_resource: "AccountResource | None" = field(
        default=None, init=False, repr=False, eq=False
    )
    _sender_names_resource: "SenderNamesResource | None" = field(
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
    def messages(self) -> "MessagesResource":
        """send_message, send_message_post, get_message_status, get_message_status_post"""
        if self._messages_resource is None:
            from .api.messages import MessagesResource

            self._messages_resource = MessagesResource(self)
        return self._messages_resource

    @property
    def account(self) -> "AccountResource":
        """get_balance, get_balance_post"""
        if self._account_resource is None:
            from .api.account import AccountResource

            self._account_resource = AccountResource(self)
        return self._account_resource

    @property
    def sender_names(self) -> "SenderNamesResource":
        """manage_senders, manage_senders_post"""
        if self._sender_names_resource is None:
            from .api.sender_names import SenderNamesResource

            self._sender_names_resource = SenderNamesResource(self)
        return self._sender_names_resource

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

    __slots__ = ("_account", "_client", "_messages", "_sender_names")

    def __init__(self, client: Client) -> None:
        self._client = client
        self._messages: AsyncMessagesResource | None = None
        self._account: AsyncAccountResource | None = None
        self._sender_names: AsyncSenderNamesResource | None = None

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
    def messages(self) -> "AsyncMessagesResource":
        """send_message, send_message_post, get_message_status, get_message_status_post"""
        if self._messages is None:
            from .api.messages import AsyncMessagesResource

            self._messages = AsyncMessagesResource(self._client)
        return self._messages

    @property
    def account(self) -> "AsyncAccountResource":
        """get_balance, get_balance_post"""
        if self._account is None:
            from .api.account import AsyncAccountResource

            self._account = AsyncAccountResource(self._client)
        return self._account

    @property
    def sender_names(self) -> "AsyncSenderNamesResource":
        """manage_senders, manage_senders_post"""
        if self._sender_names is None:
            from .api.sender_names import AsyncSenderNamesResource

            self._sender_names = AsyncSenderNamesResource(self._client)
        return self._sender_names


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
