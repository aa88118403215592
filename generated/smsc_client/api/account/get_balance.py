from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charset import Charset
from ...models.fmt import Fmt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cur: int | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cur"] = cur

    json_fmt: int | Unset = UNSET
    if not isinstance(fmt, Unset):
        json_fmt = fmt.value

    params["fmt"] = json_fmt

    json_charset: str | Unset = UNSET
    if not isinstance(charset, Unset):
        json_charset = charset.value

    params["charset"] = json_charset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sys/balance.php",
        "params": params,
    }

    headers: dict[str, Any] = {}
    headers.setdefault("Accept", "text/plain, application/xml, application/json")
    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> str:
    response_200 = response.text
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "str")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "str")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[str]) -> str:
    if 200 <= response.status_code <= 299:
        return cast(str, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur: int | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """The account's balance (GET)

     The account's balance, in the account's currency.

    Errors of balance.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 4 | IP address temporarily blocked |
    | 9 | more than ten balance requests a minute |

    Args:
        cur (int | Unset):
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        cur=cur,
        fmt=fmt,
        charset=charset,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cur: int | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
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

    Args:
        cur (int | Unset):
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            cur=cur,
            fmt=fmt,
            charset=charset,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cur: int | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """The account's balance (GET)

     The account's balance, in the account's currency.

    Errors of balance.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 4 | IP address temporarily blocked |
    | 9 | more than ten balance requests a minute |

    Args:
        cur (int | Unset):
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        cur=cur,
        fmt=fmt,
        charset=charset,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cur: int | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
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

    Args:
        cur (int | Unset):
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            cur=cur,
            fmt=fmt,
            charset=charset,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
