from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deposit_input import DepositInput
from ...models.deposit_request import DepositRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: DepositInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/deposits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepositRequest | Error | None:
    if response.status_code == 201:
        response_201 = DepositRequest.from_dict(response.json())

        return response_201

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
) -> Response[DepositRequest | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DepositInput,
) -> Response[DepositRequest | Error]:
    """Starts a deposit operation.

     Answers the payment page to send the user to. The request is
    `PENDING` until the payment arrives; the balance grows then (the
    emulator completes every deposit one emulated minute later).

    Args:
        body (DepositInput):  Example: {'method': 'card', 'amount': 500}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositRequest | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DepositInput,
) -> DepositRequest | Error | None:
    """Starts a deposit operation.

     Answers the payment page to send the user to. The request is
    `PENDING` until the payment arrives; the balance grows then (the
    emulator completes every deposit one emulated minute later).

    Args:
        body (DepositInput):  Example: {'method': 'card', 'amount': 500}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositRequest | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DepositInput,
) -> Response[DepositRequest | Error]:
    """Starts a deposit operation.

     Answers the payment page to send the user to. The request is
    `PENDING` until the payment arrives; the balance grows then (the
    emulator completes every deposit one emulated minute later).

    Args:
        body (DepositInput):  Example: {'method': 'card', 'amount': 500}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepositRequest | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DepositInput,
) -> DepositRequest | Error | None:
    """Starts a deposit operation.

     Answers the payment page to send the user to. The request is
    `PENDING` until the payment arrives; the balance grows then (the
    emulator completes every deposit one emulated minute later).

    Args:
        body (DepositInput):  Example: {'method': 'card', 'amount': 500}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepositRequest | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
