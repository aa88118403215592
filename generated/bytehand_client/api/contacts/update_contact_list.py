from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.contact_list_patch import ContactListPatch
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    *,
    body: ContactListPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contact_lists/{list_id}".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> ContactList:
    response_200 = ContactList.from_dict(response.json())

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList | Error | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "ContactList")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "ContactList")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactList | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ContactList | Error]) -> ContactList:
    if 200 <= response.status_code <= 299:
        return cast(ContactList, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPatch,
) -> Response[ContactList | Error]:
    """Edits the contact list.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPatch): The fields to change. Example: {'description': 'Clients of the
            Moscow store'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPatch,
) -> ContactList:
    """Edits the contact list.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPatch): The fields to change. Example: {'description': 'Clients of the
            Moscow store'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPatch,
) -> Response[ContactList | Error]:
    """Edits the contact list.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPatch): The fields to change. Example: {'description': 'Clients of the
            Moscow store'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListPatch,
) -> ContactList:
    """Edits the contact list.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListPatch): The fields to change. Example: {'description': 'Clients of the
            Moscow store'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactList:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
