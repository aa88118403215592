from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.continents_reply import ContinentsReply
from ...models.error_reply import ErrorReply
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/country-by-continent",
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> ContinentsReply:
    response_200 = ContinentsReply.from_dict(response.json())

    return response_200


def _parse_401(response: httpx.Response) -> ErrorReply:
    response_401 = ErrorReply.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContinentsReply | ErrorReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "ContinentsReply")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "ContinentsReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContinentsReply | ErrorReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ContinentsReply | ErrorReply]) -> ContinentsReply:
    if 200 <= response.status_code <= 299:
        return cast(ContinentsReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContinentsReply | ErrorReply]:
    """Countries by continent

     Every country the API sends to, grouped by continent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinentsReply | ErrorReply]
    """

    kwargs = _get_kwargs()

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ContinentsReply:
    """Countries by continent

     Every country the API sends to, grouped by continent.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContinentsReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContinentsReply | ErrorReply]:
    """Countries by continent

     Every country the API sends to, grouped by continent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinentsReply | ErrorReply]
    """

    kwargs = _get_kwargs()

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ContinentsReply:
    """Countries by continent

     Every country the API sends to, grouped by continent.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContinentsReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> ContinentsReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
