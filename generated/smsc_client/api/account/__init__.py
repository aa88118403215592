"""account: the resource ``client.account``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.balance_form import BalanceForm
from ...models.charset import Charset
from ...models.fmt import Fmt
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import get_balance as _get_balance
from . import get_balance_post as _get_balance_post

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

    def get_balance(
        self,
        *,
        cur: int | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """The account's balance (GET)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |
        """

        response = self._client._send(
            _get_balance._get_kwargs(
                cur=UNSET if cur is None else cur,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _get_balance._result(self._client, response)

    @overload
    def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    def get_balance_post(
        self,
        *,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """The account's balance (POST)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |
        """

        if body is None:
            body = BalanceForm(
                cur=cur,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _get_balance_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return _get_balance_post._result(self._client, response)


class AccountResourceWithRawResponse:
    """``client.account.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_balance(
        self,
        *,
        cur: int | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """The account's balance (GET)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _get_balance._get_kwargs(
                cur=UNSET if cur is None else cur,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_balance._result, self._client, response)
        )

    @overload
    def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    def get_balance_post(
        self,
        *,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """The account's balance (POST)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = BalanceForm(
                cur=cur,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _get_balance_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_balance_post._result, self._client, response)
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

    async def get_balance(
        self,
        *,
        cur: int | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """The account's balance (GET)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |
        """

        response = await self._client._asend(
            _get_balance._get_kwargs(
                cur=UNSET if cur is None else cur,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _get_balance._result(self._client, response)

    @overload
    async def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    async def get_balance_post(
        self,
        *,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """The account's balance (POST)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |
        """

        if body is None:
            body = BalanceForm(
                cur=cur,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _get_balance_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return _get_balance_post._result(self._client, response)


class AsyncAccountResourceWithRawResponse:
    """``client.aio.account.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def get_balance(
        self,
        *,
        cur: int | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """The account's balance (GET)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _get_balance._get_kwargs(
                cur=UNSET if cur is None else cur,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_balance._result, self._client, response)
        )

    @overload
    async def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    async def get_balance_post(
        self,
        *,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    async def get_balance_post(
        self,
        *,
        body: BalanceForm | None = None,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
        """The account's balance (POST)

        The account's balance, in the account's currency.

        Errors of balance.php:

        | code | meaning |
        |---|---|
        | 1 | error in the parameters |
        | 2 | wrong login or password |
        | 4 | IP address temporarily blocked |
        | 9 | more than ten balance requests a minute |

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = BalanceForm(
                cur=cur,
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _get_balance_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_get_balance_post._result, self._client, response)
        )


__all__ = [
    "AccountResource",
    "AccountResourceWithRawResponse",
    "AsyncAccountResource",
    "AsyncAccountResourceWithRawResponse",
]
