from typing import Any, cast

import httpx

from ... import errors
from ... import errors as _errors
from ... import types as _types
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_template import SmsTemplate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    count: int | Unset = 10,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = "*",
    plain: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["query"] = query

    params["sort"] = sort

    params["fields"] = fields

    params["plain"] = plain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/templates",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> list[SmsTemplate]:
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError("not a list")
    response_200 = []
    for _response_200_index, response_200_item_data in enumerate(_response_200):
        try:
            response_200_item = SmsTemplate.from_dict(response_200_item_data)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within(_response_200_index) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                _response_200_index, "SmsTemplate", _response_200
            ) from None
        response_200.append(response_200_item)

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SmsTemplate] | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "list[SmsTemplate]")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "list[SmsTemplate]")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[SmsTemplate]]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | list[SmsTemplate]]) -> list[SmsTemplate]:
    if 200 <= response.status_code <= 299:
        return cast(list[SmsTemplate], response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    count: int | Unset = 10,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = "*",
    plain: bool | Unset = False,
) -> Response[Error | list[SmsTemplate]]:
    """Returns SMS templates that match the query.

     Oldest first unless `sort` says otherwise.

    Args:
        page (int | Unset):  Default: 1.
        count (int | Unset):  Default: 10.
        query (str | Unset): A search over SMS templates: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `name`, `text`, `category_id`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~promo.
        sort (str | Unset):
        fields (str | Unset):  Default: '*'.
        plain (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SmsTemplate]]
    """

    kwargs = _get_kwargs(
        page=page,
        count=count,
        query=query,
        sort=sort,
        fields=fields,
        plain=plain,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    count: int | Unset = 10,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = "*",
    plain: bool | Unset = False,
) -> list[SmsTemplate]:
    """Returns SMS templates that match the query.

     Oldest first unless `sort` says otherwise.

    Args:
        page (int | Unset):  Default: 1.
        count (int | Unset):  Default: 10.
        query (str | Unset): A search over SMS templates: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `name`, `text`, `category_id`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~promo.
        sort (str | Unset):
        fields (str | Unset):  Default: '*'.
        plain (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SmsTemplate]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            page=page,
            count=count,
            query=query,
            sort=sort,
            fields=fields,
            plain=plain,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    count: int | Unset = 10,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = "*",
    plain: bool | Unset = False,
) -> Response[Error | list[SmsTemplate]]:
    """Returns SMS templates that match the query.

     Oldest first unless `sort` says otherwise.

    Args:
        page (int | Unset):  Default: 1.
        count (int | Unset):  Default: 10.
        query (str | Unset): A search over SMS templates: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `name`, `text`, `category_id`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~promo.
        sort (str | Unset):
        fields (str | Unset):  Default: '*'.
        plain (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SmsTemplate]]
    """

    kwargs = _get_kwargs(
        page=page,
        count=count,
        query=query,
        sort=sort,
        fields=fields,
        plain=plain,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    count: int | Unset = 10,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    fields: str | Unset = "*",
    plain: bool | Unset = False,
) -> list[SmsTemplate]:
    """Returns SMS templates that match the query.

     Oldest first unless `sort` says otherwise.

    Args:
        page (int | Unset):  Default: 1.
        count (int | Unset):  Default: 10.
        query (str | Unset): A search over SMS templates: conditions `field op value` joined by
            `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `name`, `text`, `category_id`, `created_at`, `updated_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: name=~promo.
        sort (str | Unset):
        fields (str | Unset):  Default: '*'.
        plain (bool | Unset):  Default: False.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SmsTemplate]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            page=page,
            count=count,
            query=query,
            sort=sort,
            fields=fields,
            plain=plain,
        )
    )


def _page(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> tuple[list[SmsTemplate], int | None]:
    """The items of one page and the total, when the reply gives it (errors raise)."""
    reply = _success(_build_response(client=client, response=response))
    return reply, _types.header_number(response, "X-Total-Count")
