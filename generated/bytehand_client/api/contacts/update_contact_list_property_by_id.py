from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_property import ContactListProperty
from ...models.contact_list_property_patch import ContactListPropertyPatch
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    property_id: int,
    *,
    body: ContactListPropertyPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contact_lists/{list_id}/properties/{property_id}".format(
            list_id=quote(str(list_id), safe=""),
            property_id=quote(str(property_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> ContactListProperty:
    response_200 = ContactListProperty.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_409(response: httpx.Response) -> Error:
    response_409 = Error.from_dict(response.json())

    return response_409


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListProperty | Error | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "ContactListProperty")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if response.status_code == 409:
        return errors.read(client, response, _parse_409, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "ContactListProperty")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListProperty | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ContactListProperty | Error]) -> ContactListProperty:
    if 200 <= response.status_code <= 299:
        return cast(ContactListProperty, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPropertyPatch,
) -> Response[ContactListProperty | Error]:
    """Edits the contact list field by its ID.

     Changes the fields given; renaming a property renames it in every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPropertyPatch): The fields to change. Example: {'description': "The
            client's city"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListProperty | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        property_id=property_id,
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPropertyPatch,
) -> ContactListProperty:
    """Edits the contact list field by its ID.

     Changes the fields given; renaming a property renames it in every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPropertyPatch): The fields to change. Example: {'description': "The
            client's city"}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListProperty: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            list_id=list_id,
            property_id=property_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPropertyPatch,
) -> Response[ContactListProperty | Error]:
    """Edits the contact list field by its ID.

     Changes the fields given; renaming a property renames it in every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPropertyPatch): The fields to change. Example: {'description': "The
            client's city"}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListProperty | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        property_id=property_id,
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    property_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPropertyPatch,
) -> ContactListProperty:
    """Edits the contact list field by its ID.

     Changes the fields given; renaming a property renames it in every contact of the list.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        property_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPropertyPatch): The fields to change. Example: {'description': "The
            client's city"}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListProperty: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            list_id=list_id,
            property_id=property_id,
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListProperty:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
