from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.payback import Payback
from ...models.payback_input import PaybackInput
from ...types import Response


def _get_kwargs(
    *,
    body: PaybackInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payments/paybacks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Payback | None:
    if response.status_code == 201:
        response_201 = Payback.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Payback]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaybackInput,
) -> Response[Error | Payback]:
    """Creates a withdrawal request.

     Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
    `details`; the request is `PENDING` until the money has gone out, then `PAID`.

    Args:
        body (PaybackInput):  Example: {'amount': 100, 'details': 'IBAN RU00 0000 0000 0000
            0000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payback]
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
    body: PaybackInput,
) -> Error | Payback | None:
    """Creates a withdrawal request.

     Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
    `details`; the request is `PENDING` until the money has gone out, then `PAID`.

    Args:
        body (PaybackInput):  Example: {'amount': 100, 'details': 'IBAN RU00 0000 0000 0000
            0000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payback
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaybackInput,
) -> Response[Error | Payback]:
    """Creates a withdrawal request.

     Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
    `details`; the request is `PENDING` until the money has gone out, then `PAID`.

    Args:
        body (PaybackInput):  Example: {'amount': 100, 'details': 'IBAN RU00 0000 0000 0000
            0000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payback]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaybackInput,
) -> Error | Payback | None:
    """Creates a withdrawal request.

     Reserves `amount` from the balance at once (403 when the balance is smaller) and pays it out to
    `details`; the request is `PENDING` until the money has gone out, then `PAID`.

    Args:
        body (PaybackInput):  Example: {'amount': 100, 'details': 'IBAN RU00 0000 0000 0000
            0000'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payback
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
