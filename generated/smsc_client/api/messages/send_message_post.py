from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_form import SendForm
from ...types import Response


def _get_kwargs(
    *,
    body: SendForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/send.php",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    body: SendForm,
) -> Response[str]:
    """Send an SMS, or price it (POST)

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
        body (SendForm): The send.php parameters as a form; the credentials travel as fields too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendForm,
) -> str:
    """Send an SMS, or price it (POST)

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
        body (SendForm): The send.php parameters as a form; the credentials travel as fields too.

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
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendForm,
) -> Response[str]:
    """Send an SMS, or price it (POST)

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
        body (SendForm): The send.php parameters as a form; the credentials travel as fields too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendForm,
) -> str:
    """Send an SMS, or price it (POST)

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
        body (SendForm): The send.php parameters as a form; the credentials travel as fields too.

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
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
