from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    list_id: int,
    *,
    query: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contact_lists/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> BulkResult:
    response_200 = BulkResult.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkResult | Error | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "BulkResult")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "BulkResult")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkResult | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[BulkResult | Error]) -> BulkResult:
    if 200 <= response.status_code <= 299:
        return cast(BulkResult, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> Response[BulkResult | Error]:
    """Deletes contacts in the contact list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        query (str): A search over contacts: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `phone`, `name`, `email`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~ivan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        query=query,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> BulkResult:
    """Deletes contacts in the contact list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        query (str): A search over contacts: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `phone`, `name`, `email`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~ivan.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            list_id=list_id,
            client=client,
            query=query,
        )
    )


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> Response[BulkResult | Error]:
    """Deletes contacts in the contact list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        query (str): A search over contacts: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `phone`, `name`, `email`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~ivan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        query=query,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str,
) -> BulkResult:
    """Deletes contacts in the contact list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        query (str): A search over contacts: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `phone`, `name`, `email`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~ivan.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            query=query,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkResult:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
