from typing import Any, cast

import httpx

from ... import errors
from ... import errors as _errors
from ...client import AuthenticatedClient, Client
from ...models.daily_statistics import DailyStatistics
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/current/statistics",
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> list[DailyStatistics]:
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError("not a list")
    response_200 = []
    for _response_200_index, response_200_item_data in enumerate(_response_200):
        try:
            response_200_item = DailyStatistics.from_dict(response_200_item_data)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within(_response_200_index) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                _response_200_index, "DailyStatistics", _response_200
            ) from None
        response_200.append(response_200_item)

    return response_200


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DailyStatistics] | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "list[DailyStatistics]")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "list[DailyStatistics]")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[DailyStatistics]]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Error | list[DailyStatistics]],
) -> list[DailyStatistics]:
    if 200 <= response.status_code <= 299:
        return cast(list[DailyStatistics], response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[DailyStatistics]]:
    """Returns activity statistics for the last 90 days.

     One entry per day for the last 90 days (today last), counting the messages created that day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DailyStatistics]]
    """

    kwargs = _get_kwargs()

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[DailyStatistics]:
    """Returns activity statistics for the last 90 days.

     One entry per day for the last 90 days (today last), counting the messages created that day.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DailyStatistics]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[DailyStatistics]]:
    """Returns activity statistics for the last 90 days.

     One entry per day for the last 90 days (today last), counting the messages created that day.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DailyStatistics]]
    """

    kwargs = _get_kwargs()

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[DailyStatistics]:
    """Returns activity statistics for the last 90 days.

     One entry per day for the last 90 days (today last), counting the messages created that day.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DailyStatistics]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DailyStatistics]:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
