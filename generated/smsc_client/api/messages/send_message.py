from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charset import Charset
from ...models.cost import Cost
from ...models.fmt import Fmt
from ...models.translit import Translit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phones: str,
    mes: str,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cost: Cost | Unset = UNSET,
    time: str | Unset = UNSET,
    translit: Translit | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phones"] = phones

    params["mes"] = mes

    params["sender"] = sender

    params["id"] = id

    json_cost: int | Unset = UNSET
    if not isinstance(cost, Unset):
        json_cost = cost.value

    params["cost"] = json_cost

    params["time"] = time

    json_translit: int | Unset = UNSET
    if not isinstance(translit, Unset):
        json_translit = translit.value

    params["translit"] = json_translit

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
        "url": "/sys/send.php",
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
    phones: str,
    mes: str,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cost: Cost | Unset = UNSET,
    time: str | Unset = UNSET,
    translit: Translit | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """Send an SMS, or price it (GET)

     Sends `mes` to every number in `phones`. With `cost=1` the message is
    only priced, not sent; `cost=2` and `cost=3` send it and add its cost
    (and, with 3, the new balance) to the reply. Sending is not idempotent
    even with GET: every call sends again.

    Errors of send.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | not enough money on the account (the reply carries the message id) |
    | 4 | IP address temporarily blocked |
    | 5 | wrong date format in `time` |
    | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
    | 7 | wrong phone number format (the reply carries the message id) |
    | 8 | the message cannot be delivered to the number (the reply carries the message id) |
    | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
    minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
    concurrent requests under one login |

    Args:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is
            allowed), up to 1000 (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): Your own message id; 0 means "none, assign one".
        cost (Cost | Unset): 0 sends; 1 only prices the message; 2 sends and adds the cost to the
            reply; 3 also adds the new balance.
        time (str | Unset): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | Unset): 0 sends the text as written; 1 transliterates Cyrillic into
            Latin letters; 2 writes Cyrillic with look-alike Latin letters and digits.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        phones=phones,
        mes=mes,
        sender=sender,
        id=id,
        cost=cost,
        time=time,
        translit=translit,
        fmt=fmt,
        charset=charset,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phones: str,
    mes: str,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cost: Cost | Unset = UNSET,
    time: str | Unset = UNSET,
    translit: Translit | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> str:
    """Send an SMS, or price it (GET)

     Sends `mes` to every number in `phones`. With `cost=1` the message is
    only priced, not sent; `cost=2` and `cost=3` send it and add its cost
    (and, with 3, the new balance) to the reply. Sending is not idempotent
    even with GET: every call sends again.

    Errors of send.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | not enough money on the account (the reply carries the message id) |
    | 4 | IP address temporarily blocked |
    | 5 | wrong date format in `time` |
    | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
    | 7 | wrong phone number format (the reply carries the message id) |
    | 8 | the message cannot be delivered to the number (the reply carries the message id) |
    | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
    minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
    concurrent requests under one login |

    Args:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is
            allowed), up to 1000 (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): Your own message id; 0 means "none, assign one".
        cost (Cost | Unset): 0 sends; 1 only prices the message; 2 sends and adds the cost to the
            reply; 3 also adds the new balance.
        time (str | Unset): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | Unset): 0 sends the text as written; 1 transliterates Cyrillic into
            Latin letters; 2 writes Cyrillic with look-alike Latin letters and digits.
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
            phones=phones,
            mes=mes,
            sender=sender,
            id=id,
            cost=cost,
            time=time,
            translit=translit,
            fmt=fmt,
            charset=charset,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phones: str,
    mes: str,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cost: Cost | Unset = UNSET,
    time: str | Unset = UNSET,
    translit: Translit | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """Send an SMS, or price it (GET)

     Sends `mes` to every number in `phones`. With `cost=1` the message is
    only priced, not sent; `cost=2` and `cost=3` send it and add its cost
    (and, with 3, the new balance) to the reply. Sending is not idempotent
    even with GET: every call sends again.

    Errors of send.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | not enough money on the account (the reply carries the message id) |
    | 4 | IP address temporarily blocked |
    | 5 | wrong date format in `time` |
    | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
    | 7 | wrong phone number format (the reply carries the message id) |
    | 8 | the message cannot be delivered to the number (the reply carries the message id) |
    | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
    minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
    concurrent requests under one login |

    Args:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is
            allowed), up to 1000 (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): Your own message id; 0 means "none, assign one".
        cost (Cost | Unset): 0 sends; 1 only prices the message; 2 sends and adds the cost to the
            reply; 3 also adds the new balance.
        time (str | Unset): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | Unset): 0 sends the text as written; 1 transliterates Cyrillic into
            Latin letters; 2 writes Cyrillic with look-alike Latin letters and digits.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        phones=phones,
        mes=mes,
        sender=sender,
        id=id,
        cost=cost,
        time=time,
        translit=translit,
        fmt=fmt,
        charset=charset,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phones: str,
    mes: str,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cost: Cost | Unset = UNSET,
    time: str | Unset = UNSET,
    translit: Translit | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> str:
    """Send an SMS, or price it (GET)

     Sends `mes` to every number in `phones`. With `cost=1` the message is
    only priced, not sent; `cost=2` and `cost=3` send it and add its cost
    (and, with 3, the new balance) to the reply. Sending is not idempotent
    even with GET: every call sends again.

    Errors of send.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | not enough money on the account (the reply carries the message id) |
    | 4 | IP address temporarily blocked |
    | 5 | wrong date format in `time` |
    | 6 | message forbidden, by its text or its sender name (the reply carries the message id) |
    | 7 | wrong phone number format (the reply carries the message id) |
    | 8 | the message cannot be delivered to the number (the reply carries the message id) |
    | 9 | duplicate or too frequent requests: the same message to the same numbers more than once a
    minute, the same price request (`cost=1`) more than five times a minute, or fifteen or more
    concurrent requests under one login |

    Args:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is
            allowed), up to 1000 (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): Your own message id; 0 means "none, assign one".
        cost (Cost | Unset): 0 sends; 1 only prices the message; 2 sends and adds the cost to the
            reply; 3 also adds the new balance.
        time (str | Unset): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | Unset): 0 sends the text as written; 1 transliterates Cyrillic into
            Latin letters; 2 writes Cyrillic with look-alike Latin letters and digits.
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
            phones=phones,
            mes=mes,
            sender=sender,
            id=id,
            cost=cost,
            time=time,
            translit=translit,
            fmt=fmt,
            charset=charset,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
