from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.referral import Referral
from ...types import Response


def _get_kwargs(
    referral_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/referrals/{referral_id}".format(
            referral_id=quote(str(referral_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Referral | None:
    if response.status_code == 200:
        response_200 = Referral.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Referral]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    referral_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Referral]:
    """Returns the referral user by their ID.

    Args:
        referral_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Referral]
    """

    kwargs = _get_kwargs(
        referral_id=referral_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    referral_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Referral | None:
    """Returns the referral user by their ID.

    Args:
        referral_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Referral
    """

    return sync_detailed(
        referral_id=referral_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    referral_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Referral]:
    """Returns the referral user by their ID.

    Args:
        referral_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Referral]
    """

    kwargs = _get_kwargs(
        referral_id=referral_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    referral_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Referral | None:
    """Returns the referral user by their ID.

    Args:
        referral_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Referral
    """

    return (
        await asyncio_detailed(
            referral_id=referral_id,
            client=client,
        )
    ).parsed
