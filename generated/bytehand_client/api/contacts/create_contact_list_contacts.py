from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    *,
    body: ContactInput | list[ContactInput],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact_lists/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    if isinstance(body, ContactInput):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for body_type_1_item_data in body:
            body_type_1_item = body_type_1_item_data.to_dict()
            _kwargs["json"].append(body_type_1_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Contact] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Contact.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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
) -> Response[Error | list[Contact]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> Response[Error | list[Contact]]:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> Error | list[Contact] | None:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> Response[Error | list[Contact]]:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Contact]]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> Error | list[Contact] | None:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Contact]
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
