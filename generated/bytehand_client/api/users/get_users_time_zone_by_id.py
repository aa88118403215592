from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.time_zone import TimeZone
from ...types import Response


def _get_kwargs(
    time_zone_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/time_zones/{time_zone_id}".format(
            time_zone_id=quote(str(time_zone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> TimeZone:
    response_200 = TimeZone.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TimeZone | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "TimeZone")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "TimeZone")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TimeZone]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | TimeZone]) -> TimeZone:
    if 200 <= response.status_code <= 299:
        return cast(TimeZone, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    time_zone_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TimeZone]:
    """Returns the time zone with the given ID.

    Args:
        time_zone_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TimeZone]
    """

    kwargs = _get_kwargs(
        time_zone_id=time_zone_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    time_zone_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TimeZone:
    """Returns the time zone with the given ID.

    Args:
        time_zone_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeZone: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            time_zone_id=time_zone_id,
            client=client,
        )
    )


async def asyncio_detailed(
    time_zone_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TimeZone]:
    """Returns the time zone with the given ID.

    Args:
        time_zone_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TimeZone]
    """

    kwargs = _get_kwargs(
        time_zone_id=time_zone_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    time_zone_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TimeZone:
    """Returns the time zone with the given ID.

    Args:
        time_zone_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeZone: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            time_zone_id=time_zone_id,
            client=client,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> TimeZone:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
