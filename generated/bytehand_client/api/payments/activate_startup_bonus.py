from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bonus import Bonus
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/bonuses/startup",
    }

    return _kwargs


def _parse_201(response: httpx.Response) -> Bonus:
    response_201 = Bonus.from_dict(response.json())

    return response_201


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_409(response: httpx.Response) -> Error:
    response_409 = Error.from_dict(response.json())

    return response_409


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bonus | Error | None:
    if response.status_code == 201:
        return errors.read(client, response, _parse_201, "Bonus")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 409:
        return errors.read(client, response, _parse_409, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_201, "Bonus")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Bonus | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Bonus | Error]) -> Bonus:
    if 200 <= response.status_code <= 299:
        return cast(Bonus, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Bonus | Error]:
    """Activates the initial bonus for testing the service.

     Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bonus | Error]
    """

    kwargs = _get_kwargs()

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Bonus:
    """Activates the initial bonus for testing the service.

     Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bonus: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Bonus | Error]:
    """Activates the initial bonus for testing the service.

     Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bonus | Error]
    """

    kwargs = _get_kwargs()

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Bonus:
    """Activates the initial bonus for testing the service.

     Credits the one-time startup bonus (10.00 RUB); 409 once it has been activated.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bonus: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> Bonus:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
