from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    property_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contact_lists/{list_id}/properties/{property_id}".format(
            list_id=quote(str(list_id), safe=""),
            property_id=quote(str(property_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deletes a field from the contact list by its ID.

     Also removes the field's values from every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        property_id=property_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Deletes a field from the contact list by its ID.

     Also removes the field's values from every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        list_id=list_id,
        property_id=property_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deletes a field from the contact list by its ID.

     Also removes the field's values from every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        property_id=property_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Deletes a field from the contact list by its ID.

     Also removes the field's values from every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            property_id=property_id,
            client=client,
        )
    ).parsed
