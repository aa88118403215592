from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_array_response import ContactArrayResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    friendly_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["friendlyName"] = friendly_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/byon/contacts/v1",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[ContactArrayResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContactArrayResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[ContactArrayResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[ContactArrayResponse]]:
    """List all contacts

     Returns all contacts created with your API key; the `contactId` of
    each is what editing or deleting the contact takes. You can specify
    friendlyName to filter the results.

    Args:
        friendly_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[ContactArrayResponse]]
    """

    kwargs = _get_kwargs(
        friendly_name=friendly_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
) -> Any | ErrorResponse | list[ContactArrayResponse] | None:
    """List all contacts

     Returns all contacts created with your API key; the `contactId` of
    each is what editing or deleting the contact takes. You can specify
    friendlyName to filter the results.

    Args:
        friendly_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[ContactArrayResponse]
    """

    return sync_detailed(
        client=client,
        friendly_name=friendly_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[ContactArrayResponse]]:
    """List all contacts

     Returns all contacts created with your API key; the `contactId` of
    each is what editing or deleting the contact takes. You can specify
    friendlyName to filter the results.

    Args:
        friendly_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[ContactArrayResponse]]
    """

    kwargs = _get_kwargs(
        friendly_name=friendly_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
) -> Any | ErrorResponse | list[ContactArrayResponse] | None:
    """List all contacts

     Returns all contacts created with your API key; the `contactId` of
    each is what editing or deleting the contact takes. You can specify
    friendlyName to filter the results.

    Args:
        friendly_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[ContactArrayResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            friendly_name=friendly_name,
        )
    ).parsed
