from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/sms/routes/intervals",
        "params": params,
    }

    headers: dict[str, Any] = {}
    headers.setdefault("Accept", "*/*")
    _kwargs["headers"] = headers
    return _kwargs


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        return None
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if 200 <= response.status_code <= 299:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | Error]) -> None:
    if 200 <= response.status_code <= 299:
        return
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Returns the number of route intervals for SMS messages that match the query.

    Args:
        query (str | Unset): A search over route intervals: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `route_id`, `country`, `operator`, `number_from`, `number_to`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: country==RU.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> None:
    """Returns the number of route intervals for SMS messages that match the query.

    Args:
        query (str | Unset): A search over route intervals: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `route_id`, `country`, `operator`, `number_from`, `number_to`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: country==RU.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            query=query,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Returns the number of route intervals for SMS messages that match the query.

    Args:
        query (str | Unset): A search over route intervals: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `route_id`, `country`, `operator`, `number_from`, `number_to`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: country==RU.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        query=query,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
) -> None:
    """Returns the number of route intervals for SMS messages that match the query.

    Args:
        query (str | Unset): A search over route intervals: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `route_id`, `country`, `operator`, `number_from`, `number_to`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: country==RU.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            query=query,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> int:
    """The number the reply's ``X-Total-Count`` header answers (errors raise)."""
    _success(_build_response(client=client, response=response))
    return errors.header_count(client, response, "X-Total-Count")
