"""account: the resource ``client.account``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.error_reply import ErrorReply
from ...models.profile_reply import ProfileReply
from ...models.registration import Registration
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_me as _get_me
from . import register_customer as _register_customer

if TYPE_CHECKING:
    from ...client import Client


class AccountResource:
    """``client.account``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AccountResourceWithRawResponse(self._client)

    def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply:
        """About me

        Your profile and balance.
        """

        response = self._client._send(_get_me._get_kwargs(), extra_headers)
        return _get_me._result(self._client, response)

    @overload
    def register_customer(
        self,
        *,
        body: Registration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply: ...

    @overload
    def register_customer(
        self,
        *,
        login: str,
        password: str,
        name: str,
        phone: str,
        email: str,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply: ...

    def register_customer(
        self,
        *,
        body: Registration | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply:
        """Register a customer

        Registers a new customer account. `login`, `password`, `name`,
        `phone` and `email` are required; `company_name` and `skype` are
        optional. The new account starts with a balance of 0.
        """

        if body is None:
            body = Registration(
                login=login,
                password=password,
                name=name,
                phone=phone,
                email=email,
                skype=skype,
                company_name=company_name,
            )

        response = self._client._send(
            _register_customer._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _register_customer._result(self._client, response)


class AccountResourceWithRawResponse:
    """``client.account.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]:
        """About me

        Your profile and balance.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(_get_me._get_kwargs(), extra_headers)
        return RawResponse(response, partial(_get_me._result, self._client, response))

    @overload
    def register_customer(
        self,
        *,
        body: Registration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]: ...

    @overload
    def register_customer(
        self,
        *,
        login: str,
        password: str,
        name: str,
        phone: str,
        email: str,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]: ...

    def register_customer(
        self,
        *,
        body: Registration | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]:
        """Register a customer

        Registers a new customer account. `login`, `password`, `name`,
        `phone` and `email` are required; `company_name` and `skype` are
        optional. The new account starts with a balance of 0.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Registration(
                login=login,
                password=password,
                name=name,
                phone=phone,
                email=email,
                skype=skype,
                company_name=company_name,
            )

        response = self._client._send(
            _register_customer._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_customer._result, self._client, response)
        )


class AsyncAccountResource:
    """``client.aio.account``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncAccountResourceWithRawResponse(self._client)

    async def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply:
        """About me

        Your profile and balance.
        """

        response = await self._client._asend(_get_me._get_kwargs(), extra_headers)
        return _get_me._result(self._client, response)

    @overload
    async def register_customer(
        self,
        *,
        body: Registration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply: ...

    @overload
    async def register_customer(
        self,
        *,
        login: str,
        password: str,
        name: str,
        phone: str,
        email: str,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply: ...

    async def register_customer(
        self,
        *,
        body: Registration | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProfileReply:
        """Register a customer

        Registers a new customer account. `login`, `password`, `name`,
        `phone` and `email` are required; `company_name` and `skype` are
        optional. The new account starts with a balance of 0.
        """

        if body is None:
            body = Registration(
                login=login,
                password=password,
                name=name,
                phone=phone,
                email=email,
                skype=skype,
                company_name=company_name,
            )

        response = await self._client._asend(
            _register_customer._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return _register_customer._result(self._client, response)


class AsyncAccountResourceWithRawResponse:
    """``client.aio.account.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_me(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]:
        """About me

        Your profile and balance.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(_get_me._get_kwargs(), extra_headers)
        return RawResponse(response, partial(_get_me._result, self._client, response))

    @overload
    async def register_customer(
        self,
        *,
        body: Registration,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]: ...

    @overload
    async def register_customer(
        self,
        *,
        login: str,
        password: str,
        name: str,
        phone: str,
        email: str,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]: ...

    async def register_customer(
        self,
        *,
        body: Registration | None = None,
        login: str = NOT_GIVEN,
        password: str = NOT_GIVEN,
        name: str = NOT_GIVEN,
        phone: str = NOT_GIVEN,
        email: str = NOT_GIVEN,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[ProfileReply]:
        """Register a customer

        Registers a new customer account. `login`, `password`, `name`,
        `phone` and `email` are required; `company_name` and `skype` are
        optional. The new account starts with a balance of 0.

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = Registration(
                login=login,
                password=password,
                name=name,
                phone=phone,
                email=email,
                skype=skype,
                company_name=company_name,
            )

        response = await self._client._asend(
            _register_customer._get_kwargs(
                body=body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_register_customer._result, self._client, response)
        )


__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
]
