"""o_auth: the resource ``client.o_auth``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.authorize_with_inner_o_auth_response_type import (
    AuthorizeWithInnerOAuthResponseType,
)
from ...models.error import Error
from ...models.external_o_auth_code import ExternalOAuthCode
from ...models.external_o_auth_provider import ExternalOAuthProvider
from ...models.external_o_auth_registration import ExternalOAuthRegistration
from ...models.o_auth_account import OAuthAccount
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType
from ...models.session import Session
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import authorize_with_inner_o_auth as _authorize_with_inner_o_auth
from . import bind_with_external_o_auth as _bind_with_external_o_auth
from . import exchange_innner_o_auth_code as _exchange_innner_o_auth_code
from . import get_external_o_auth_providers as _get_external_o_auth_providers
from . import login_with_external_o_auth as _login_with_external_o_auth
from . import register_with_external_o_auth as _register_with_external_o_auth
from . import revoke_innner_o_auth_token as _revoke_innner_o_auth_token

if TYPE_CHECKING:
    from ...client import Client


class OAuthResource:
    """``client.o_auth``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OAuthResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return OAuthResourceWithRawResponse(self._client)

    def authorize_with_inner_o_auth(
        self,
        *,
        response_type: AuthorizeWithInnerOAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Opens an OAuth authorization dialog.

        The first step of BYTEHAND's authorization-code flow. The signed-in
        user (the credential of this request) grants the application
        `client_id` the rights in `scope`; BYTEHAND redirects to
        `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
        given `state`. The application exchanges the code with
        `exchangeInnnerOAuthCode`.
        """

        response = self._client._send(
            _authorize_with_inner_o_auth._get_kwargs(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=UNSET if scope is None else scope,
                state=UNSET if state is None else state,
            ),
            extra_headers,
        )
        return _authorize_with_inner_o_auth._result(self._client, response)

    @overload
    def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken: ...

    @overload
    def exchange_innner_o_auth_code(
        self,
        *,
        grant_type: OAuthTokenRequestGrantType,
        code: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken: ...

    def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest | None = None,
        grant_type: OAuthTokenRequestGrantType = NOT_GIVEN,
        code: str = NOT_GIVEN,
        client_id: str = NOT_GIVEN,
        client_secret: str = NOT_GIVEN,
        redirect_uri: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken:
        """Exchanges an OAuth authorization access code for an access token.

        The second step of the authorization-code flow: the application trades
        the `code` it received at its `redirect_uri` for an access token. A
        code works once. Send the token as the `access_token` query parameter.
        """

        if body is None:
            body = OAuthTokenRequest(
                grant_type=grant_type,
                code=code,
                client_id=client_id,
                client_secret=client_secret,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _exchange_innner_o_auth_code._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _exchange_innner_o_auth_code._result(self._client, response)

    def revoke_innner_o_auth_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revokes the current access token obtained via OAuth authorization.

        The access token of this request stops working at once.
        """

        response = self._client._send(
            _revoke_innner_o_auth_token._get_kwargs(), extra_headers
        )
        return _revoke_innner_o_auth_token._result(self._client, response)

    def get_external_o_auth_providers(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[ExternalOAuthProvider]:
        """Returns a list of providers for authorization through external OAuth services.

        The external services (Google, Yandex, ...) a user can sign up or sign in with.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_external_o_auth_providers._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = fetch(number)
        return SyncPage[ExternalOAuthProvider](
            response,
            partial(_get_external_o_auth_providers._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Authorizes a BYTEHAND user through an external OAuth service.

        Signs in the user bound to the external account that `code` stands for and answers a new session
        key.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _login_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _login_with_external_o_auth._result(self._client, response)

    @overload
    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        email: str,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration | None = None,
        code: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Registers a new BYTEHAND user via an external OAuth service.

        Creates a BYTEHAND account bound to the external account that the
        provider's authorization `code` stands for, and answers a session
        key for it.
        """

        if body is None:
            body = ExternalOAuthRegistration(
                code=code,
                email=email,
                redirect_uri=redirect_uri,
                name=name,
                time_zone_id=time_zone_id,
            )

        response = self._client._send(
            _register_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _register_with_external_o_auth._result(self._client, response)

    @overload
    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount: ...

    @overload
    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount: ...

    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount:
        """Binds a BYTEHAND user and an account in an external OAuth service.

        Binds the external account that `code` stands for to the current user, so it can sign in with it.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _bind_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _bind_with_external_o_auth._result(self._client, response)


class OAuthResourceWithRawResponse:
    """``client.o_auth.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def authorize_with_inner_o_auth(
        self,
        *,
        response_type: AuthorizeWithInnerOAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Opens an OAuth authorization dialog.

        The first step of BYTEHAND's authorization-code flow. The signed-in
        user (the credential of this request) grants the application
        `client_id` the rights in `scope`; BYTEHAND redirects to
        `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
        given `state`. The application exchanges the code with
        `exchangeInnnerOAuthCode`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _authorize_with_inner_o_auth._get_kwargs(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=UNSET if scope is None else scope,
                state=UNSET if state is None else state,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_authorize_with_inner_o_auth._result, self._client, response),
        )

    @overload
    def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]: ...

    @overload
    def exchange_innner_o_auth_code(
        self,
        *,
        grant_type: OAuthTokenRequestGrantType,
        code: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]: ...

    def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest | None = None,
        grant_type: OAuthTokenRequestGrantType = NOT_GIVEN,
        code: str = NOT_GIVEN,
        client_id: str = NOT_GIVEN,
        client_secret: str = NOT_GIVEN,
        redirect_uri: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]:
        """Exchanges an OAuth authorization access code for an access token.

        The second step of the authorization-code flow: the application trades
        the `code` it received at its `redirect_uri` for an access token. A
        code works once. Send the token as the `access_token` query parameter.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = OAuthTokenRequest(
                grant_type=grant_type,
                code=code,
                client_id=client_id,
                client_secret=client_secret,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _exchange_innner_o_auth_code._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_exchange_innner_o_auth_code._result, self._client, response),
        )

    def revoke_innner_o_auth_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Revokes the current access token obtained via OAuth authorization.

        The access token of this request stops working at once.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _revoke_innner_o_auth_token._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_revoke_innner_o_auth_token._result, self._client, response),
        )

    def get_external_o_auth_providers(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[SyncPage[ExternalOAuthProvider]]:
        """Returns a list of providers for authorization through external OAuth services.

        The external services (Google, Yandex, ...) a user can sign up or sign in with.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        def fetch(page_number: int) -> httpx.Response:
            return self._client._send(
                _get_external_o_auth_providers._get_kwargs(
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
                SyncPage[ExternalOAuthProvider],
                response,
                partial(_get_external_o_auth_providers._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Authorizes a BYTEHAND user through an external OAuth service.

        Signs in the user bound to the external account that `code` stands for and answers a new session
        key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _login_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_login_with_external_o_auth._result, self._client, response),
        )

    @overload
    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        email: str,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration | None = None,
        code: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Registers a new BYTEHAND user via an external OAuth service.

        Creates a BYTEHAND account bound to the external account that the
        provider's authorization `code` stands for, and answers a session
        key for it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthRegistration(
                code=code,
                email=email,
                redirect_uri=redirect_uri,
                name=name,
                time_zone_id=time_zone_id,
            )

        response = self._client._send(
            _register_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_register_with_external_o_auth._result, self._client, response),
        )

    @overload
    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]: ...

    @overload
    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]: ...

    def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]:
        """Binds a BYTEHAND user and an account in an external OAuth service.

        Binds the external account that `code` stands for to the current user, so it can sign in with it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = self._client._send(
            _bind_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_bind_with_external_o_auth._result, self._client, response),
        )


class AsyncOAuthResource:
    """``client.aio.o_auth``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOAuthResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncOAuthResourceWithRawResponse(self._client)

    async def authorize_with_inner_o_auth(
        self,
        *,
        response_type: AuthorizeWithInnerOAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Opens an OAuth authorization dialog.

        The first step of BYTEHAND's authorization-code flow. The signed-in
        user (the credential of this request) grants the application
        `client_id` the rights in `scope`; BYTEHAND redirects to
        `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
        given `state`. The application exchanges the code with
        `exchangeInnnerOAuthCode`.
        """

        response = await self._client._asend(
            _authorize_with_inner_o_auth._get_kwargs(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=UNSET if scope is None else scope,
                state=UNSET if state is None else state,
            ),
            extra_headers,
        )
        return _authorize_with_inner_o_auth._result(self._client, response)

    @overload
    async def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken: ...

    @overload
    async def exchange_innner_o_auth_code(
        self,
        *,
        grant_type: OAuthTokenRequestGrantType,
        code: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken: ...

    async def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest | None = None,
        grant_type: OAuthTokenRequestGrantType = NOT_GIVEN,
        code: str = NOT_GIVEN,
        client_id: str = NOT_GIVEN,
        client_secret: str = NOT_GIVEN,
        redirect_uri: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthToken:
        """Exchanges an OAuth authorization access code for an access token.

        The second step of the authorization-code flow: the application trades
        the `code` it received at its `redirect_uri` for an access token. A
        code works once. Send the token as the `access_token` query parameter.
        """

        if body is None:
            body = OAuthTokenRequest(
                grant_type=grant_type,
                code=code,
                client_id=client_id,
                client_secret=client_secret,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _exchange_innner_o_auth_code._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _exchange_innner_o_auth_code._result(self._client, response)

    async def revoke_innner_o_auth_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Revokes the current access token obtained via OAuth authorization.

        The access token of this request stops working at once.
        """

        response = await self._client._asend(
            _revoke_innner_o_auth_token._get_kwargs(), extra_headers
        )
        return _revoke_innner_o_auth_token._result(self._client, response)

    async def get_external_o_auth_providers(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPage[ExternalOAuthProvider]:
        """Returns a list of providers for authorization through external OAuth services.

        The external services (Google, Yandex, ...) a user can sign up or sign in with.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_external_o_auth_providers._get_kwargs(
                    page=page_number,
                    count=UNSET if count is None else count,
                ),
                extra_headers,
            )

        number = 1 if page is None else page
        size = 10 if count is None else count

        response = await fetch(number)
        return AsyncPage[ExternalOAuthProvider](
            response,
            partial(_get_external_o_auth_providers._page, self._client),
            fetch,
            number=number,
            size=size,
            first=1,
        )

    @overload
    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Authorizes a BYTEHAND user through an external OAuth service.

        Signs in the user bound to the external account that `code` stands for and answers a new session
        key.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _login_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _login_with_external_o_auth._result(self._client, response)

    @overload
    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    @overload
    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        email: str,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session: ...

    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration | None = None,
        code: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Session:
        """Registers a new BYTEHAND user via an external OAuth service.

        Creates a BYTEHAND account bound to the external account that the
        provider's authorization `code` stands for, and answers a session
        key for it.
        """

        if body is None:
            body = ExternalOAuthRegistration(
                code=code,
                email=email,
                redirect_uri=redirect_uri,
                name=name,
                time_zone_id=time_zone_id,
            )

        response = await self._client._asend(
            _register_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _register_with_external_o_auth._result(self._client, response)

    @overload
    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount: ...

    @overload
    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount: ...

    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OAuthAccount:
        """Binds a BYTEHAND user and an account in an external OAuth service.

        Binds the external account that `code` stands for to the current user, so it can sign in with it.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _bind_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return _bind_with_external_o_auth._result(self._client, response)


class AsyncOAuthResourceWithRawResponse:
    """``client.aio.o_auth.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def authorize_with_inner_o_auth(
        self,
        *,
        response_type: AuthorizeWithInnerOAuthResponseType,
        client_id: str,
        redirect_uri: str,
        scope: str | None = None,
        state: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Opens an OAuth authorization dialog.

        The first step of BYTEHAND's authorization-code flow. The signed-in
        user (the credential of this request) grants the application
        `client_id` the rights in `scope`; BYTEHAND redirects to
        `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
        given `state`. The application exchanges the code with
        `exchangeInnnerOAuthCode`.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _authorize_with_inner_o_auth._get_kwargs(
                response_type=response_type,
                client_id=client_id,
                redirect_uri=redirect_uri,
                scope=UNSET if scope is None else scope,
                state=UNSET if state is None else state,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_authorize_with_inner_o_auth._result, self._client, response),
        )

    @overload
    async def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]: ...

    @overload
    async def exchange_innner_o_auth_code(
        self,
        *,
        grant_type: OAuthTokenRequestGrantType,
        code: str,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]: ...

    async def exchange_innner_o_auth_code(
        self,
        *,
        body: OAuthTokenRequest | None = None,
        grant_type: OAuthTokenRequestGrantType = NOT_GIVEN,
        code: str = NOT_GIVEN,
        client_id: str = NOT_GIVEN,
        client_secret: str = NOT_GIVEN,
        redirect_uri: str = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthToken]:
        """Exchanges an OAuth authorization access code for an access token.

        The second step of the authorization-code flow: the application trades
        the `code` it received at its `redirect_uri` for an access token. A
        code works once. Send the token as the `access_token` query parameter.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = OAuthTokenRequest(
                grant_type=grant_type,
                code=code,
                client_id=client_id,
                client_secret=client_secret,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _exchange_innner_o_auth_code._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_exchange_innner_o_auth_code._result, self._client, response),
        )

    async def revoke_innner_o_auth_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[None]:
        """Revokes the current access token obtained via OAuth authorization.

        The access token of this request stops working at once.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _revoke_innner_o_auth_token._get_kwargs(), extra_headers
        )
        return RawResponse(
            response,
            partial(_revoke_innner_o_auth_token._result, self._client, response),
        )

    async def get_external_o_auth_providers(
        self,
        *,
        page: int | None = 1,
        count: int | None = 10,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[AsyncPage[ExternalOAuthProvider]]:
        """Returns a list of providers for authorization through external OAuth services.

        The external services (Google, Yandex, ...) a user can sign up or sign in with.

        Returns one page; iterating over it walks every page. The page number is ``page`` (the first is
        1), its size ``count``.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        async def fetch(page_number: int) -> httpx.Response:
            return await self._client._asend(
                _get_external_o_auth_providers._get_kwargs(
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
                AsyncPage[ExternalOAuthProvider],
                response,
                partial(_get_external_o_auth_providers._page, self._client),
                fetch,
                number=number,
                size=size,
                first=1,
            ),
        )

    @overload
    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    async def login_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Authorizes a BYTEHAND user through an external OAuth service.

        Signs in the user bound to the external account that `code` stands for and answers a new session
        key.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _login_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_login_with_external_o_auth._result, self._client, response),
        )

    @overload
    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    @overload
    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        email: str,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]: ...

    async def register_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthRegistration | None = None,
        code: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[Session]:
        """Registers a new BYTEHAND user via an external OAuth service.

        Creates a BYTEHAND account bound to the external account that the
        provider's authorization `code` stands for, and answers a session
        key for it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthRegistration(
                code=code,
                email=email,
                redirect_uri=redirect_uri,
                name=name,
                time_zone_id=time_zone_id,
            )

        response = await self._client._asend(
            _register_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_register_with_external_o_auth._result, self._client, response),
        )

    @overload
    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]: ...

    @overload
    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        code: str,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]: ...

    async def bind_with_external_o_auth(
        self,
        provider_id: str,
        *,
        body: ExternalOAuthCode | None = None,
        code: str = NOT_GIVEN,
        redirect_uri: str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[OAuthAccount]:
        """Binds a BYTEHAND user and an account in an external OAuth service.

        Binds the external account that `code` stands for to the current user, so it can sign in with it.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = ExternalOAuthCode(
                code=code,
                redirect_uri=redirect_uri,
            )

        response = await self._client._asend(
            _bind_with_external_o_auth._get_kwargs(
                provider_id=provider_id,
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response,
            partial(_bind_with_external_o_auth._result, self._client, response),
        )


__all__ = [
    "AsyncOAuthResource",
    "AsyncOAuthResourceWithRawResponse",
    "OAuthResource",
    "OAuthResourceWithRawResponse",
]
