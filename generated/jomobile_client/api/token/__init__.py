"""token: the resource ``client.token``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.access_token_reply import AccessTokenReply
from ...models.authorization_code_exchange import AuthorizationCodeExchange
from ...models.authorization_code_reply import AuthorizationCodeReply
from ...models.credentials import Credentials
from ...models.error_reply import ErrorReply
from ...models.logout_reply import LogoutReply
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import authorize as _authorize
from . import create_access_token as _create_access_token
from . import logout as _logout

if TYPE_CHECKING:
    from ...client import Client


class TokenResource:
    """``client.token``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TokenResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return TokenResourceWithRawResponse(self._client)

    @overload
    def authorize(
        self,
        *,
        body: Credentials,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply: ...

    @overload
    def authorize(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply: ...

    def authorize(
        self,
        *,
        body: Credentials | None = None,
        username: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply:
        """Log in (step 1 of 2)

        Trades a username and password for an authorization code, which
        `/v1/accesstoken` exchanges for an access token. A code can be
        exchanged once, within 5 minutes.
        """

        if body is None:
            body = Credentials(
                username=username,
                password=password,
            )

        response = self._client._send(
            _authorize._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _authorize._result(self._client, response)

    @overload
    def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply: ...

    @overload
    def create_access_token(
        self,
        *,
        authorization_code: str,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply: ...

    def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange | None = None,
        authorization_code: str = NOT_GIVEN,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply:
        """Log in (step 2 of 2)

        Exchanges an authorization code from `/v1/authorize` for an access
        token and the time it expires. Send the token in the `X-Access-Token`
        header of every other call.
        """

        if body is None:
            body = AuthorizationCodeExchange(
                authorization_code=authorization_code,
                password=password,
            )

        response = self._client._send(
            _create_access_token._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_access_token._result(self._client, response)

    def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LogoutReply:
        """Logout (token destroy)

        Destroys the access token it is called with; calls with that token answer 401 afterwards.
        """

        response = self._client._send(_logout._get_kwargs(), extra_headers)
        return _logout._result(self._client, response)


class TokenResourceWithRawResponse:
    """``client.token.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    def authorize(
        self,
        *,
        body: Credentials,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]: ...

    @overload
    def authorize(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]: ...

    def authorize(
        self,
        *,
        body: Credentials | None = None,
        username: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]:
        """Log in (step 1 of 2)

        Trades a username and password for an authorization code, which
        `/v1/accesstoken` exchanges for an access token. A code can be
        exchanged once, within 5 minutes.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Credentials(
                username=username,
                password=password,
            )

        response = self._client._send(
            _authorize._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_authorize._result, self._client, response)
        )

    @overload
    def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]: ...

    @overload
    def create_access_token(
        self,
        *,
        authorization_code: str,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]: ...

    def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange | None = None,
        authorization_code: str = NOT_GIVEN,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]:
        """Log in (step 2 of 2)

        Exchanges an authorization code from `/v1/authorize` for an access
        token and the time it expires. Send the token in the `X-Access-Token`
        header of every other call.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = AuthorizationCodeExchange(
                authorization_code=authorization_code,
                password=password,
            )

        response = self._client._send(
            _create_access_token._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_access_token._result, self._client, response)
        )

    def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[LogoutReply]:
        """Logout (token destroy)

        Destroys the access token it is called with; calls with that token answer 401 afterwards.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(_logout._get_kwargs(), extra_headers)
        return RawResponse(response, partial(_logout._result, self._client, response))


class AsyncTokenResource:
    """``client.aio.token``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTokenResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncTokenResourceWithRawResponse(self._client)

    @overload
    async def authorize(
        self,
        *,
        body: Credentials,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply: ...

    @overload
    async def authorize(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply: ...

    async def authorize(
        self,
        *,
        body: Credentials | None = None,
        username: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuthorizationCodeReply:
        """Log in (step 1 of 2)

        Trades a username and password for an authorization code, which
        `/v1/accesstoken` exchanges for an access token. A code can be
        exchanged once, within 5 minutes.
        """

        if body is None:
            body = Credentials(
                username=username,
                password=password,
            )

        response = await self._client._asend(
            _authorize._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _authorize._result(self._client, response)

    @overload
    async def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply: ...

    @overload
    async def create_access_token(
        self,
        *,
        authorization_code: str,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply: ...

    async def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange | None = None,
        authorization_code: str = NOT_GIVEN,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AccessTokenReply:
        """Log in (step 2 of 2)

        Exchanges an authorization code from `/v1/authorize` for an access
        token and the time it expires. Send the token in the `X-Access-Token`
        header of every other call.
        """

        if body is None:
            body = AuthorizationCodeExchange(
                authorization_code=authorization_code,
                password=password,
            )

        response = await self._client._asend(
            _create_access_token._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _create_access_token._result(self._client, response)

    async def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LogoutReply:
        """Logout (token destroy)

        Destroys the access token it is called with; calls with that token answer 401 afterwards.
        """

        response = await self._client._asend(_logout._get_kwargs(), extra_headers)
        return _logout._result(self._client, response)


class AsyncTokenResourceWithRawResponse:
    """``client.aio.token.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @overload
    async def authorize(
        self,
        *,
        body: Credentials,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]: ...

    @overload
    async def authorize(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]: ...

    async def authorize(
        self,
        *,
        body: Credentials | None = None,
        username: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AuthorizationCodeReply]:
        """Log in (step 1 of 2)

        Trades a username and password for an authorization code, which
        `/v1/accesstoken` exchanges for an access token. A code can be
        exchanged once, within 5 minutes.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Credentials(
                username=username,
                password=password,
            )

        response = await self._client._asend(
            _authorize._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_authorize._result, self._client, response)
        )

    @overload
    async def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]: ...

    @overload
    async def create_access_token(
        self,
        *,
        authorization_code: str,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]: ...

    async def create_access_token(
        self,
        *,
        body: AuthorizationCodeExchange | None = None,
        authorization_code: str = NOT_GIVEN,
        password: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AccessTokenReply]:
        """Log in (step 2 of 2)

        Exchanges an authorization code from `/v1/authorize` for an access
        token and the time it expires. Send the token in the `X-Access-Token`
        header of every other call.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = AuthorizationCodeExchange(
                authorization_code=authorization_code,
                password=password,
            )

        response = await self._client._asend(
            _create_access_token._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_create_access_token._result, self._client, response)
        )

    async def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[LogoutReply]:
        """Logout (token destroy)

        Destroys the access token it is called with; calls with that token answer 401 afterwards.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(_logout._get_kwargs(), extra_headers)
        return RawResponse(response, partial(_logout._result, self._client, response))


__all__ = [
    "AsyncTokenResource",
    "AsyncTokenResourceWithRawResponse",
    "TokenResource",
    "TokenResourceWithRawResponse",
]
