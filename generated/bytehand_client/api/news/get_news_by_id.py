from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.news import News
from ...types import Response


def _get_kwargs(
    news_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/news/{news_id}".format(
            news_id=quote(str(news_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> News:
    response_200 = News.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | News | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "News")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "News")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | News]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | News]) -> News:
    if 200 <= response.status_code <= 299:
        return cast(News, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    news_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | News]:
    """Returns a news item by its ID.

    Args:
        news_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | News]
    """

    kwargs = _get_kwargs(
        news_id=news_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    news_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> News:
    """Returns a news item by its ID.

    Args:
        news_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        News: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            news_id=news_id,
            client=client,
        )
    )


async def asyncio_detailed(
    news_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | News]:
    """Returns a news item by its ID.

    Args:
        news_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | News]
    """

    kwargs = _get_kwargs(
        news_id=news_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    news_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> News:
    """Returns a news item by its ID.

    Args:
        news_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        News: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            news_id=news_id,
            client=client,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> News:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
