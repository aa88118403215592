from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_entity import ContactEntity
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/byon/contacts/v1/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> ContactEntity:
    response_200 = ContactEntity.from_dict(response.json())

    return response_200


def _parse_500(response: httpx.Response) -> ErrorResponse:
    response_500 = ErrorResponse.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ContactEntity | ErrorResponse | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "ContactEntity")
    if response.status_code == 204:
        return errors.empty(client, response, "ContactEntity")
    if response.status_code == 400:
        return None
    if response.status_code == 401:
        return None
    if response.status_code == 403:
        return None
    if response.status_code == 404:
        return None
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "ErrorResponse")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "ContactEntity")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ContactEntity | ErrorResponse]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | ContactEntity | ErrorResponse]) -> ContactEntity:
    if 200 <= response.status_code <= 299:
        return cast(ContactEntity, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ContactEntity | ErrorResponse]:
    """Delete a contact

     Deletes the contact for the provided contactId and answers with what was deleted.

    Args:
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactEntity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactEntity:
    """Delete a contact

     Deletes the contact for the provided contactId and answers with what was deleted.

    Args:
        contact_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            contact_id=contact_id,
            client=client,
        )
    )


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ContactEntity | ErrorResponse]:
    """Delete a contact

     Deletes the contact for the provided contactId and answers with what was deleted.

    Args:
        contact_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactEntity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactEntity:
    """Delete a contact

     Deletes the contact for the provided contactId and answers with what was deleted.

    Args:
        contact_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactEntity:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
