from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_segment import ContactListSegment
from ...models.contact_list_segment_patch import ContactListSegmentPatch
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    list_id: int,
    segment_id: int,
    *,
    body: ContactListSegmentPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/contact_lists/{list_id}/segments/{segment_id}".format(
            list_id=quote(str(list_id), safe=""),
            segment_id=quote(str(segment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListSegment | Error | None:
    if response.status_code == 200:
        response_200 = ContactListSegment.from_dict(response.json())

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
) -> Response[ContactListSegment | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    segment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListSegmentPatch,
) -> Response[ContactListSegment | Error]:
    """Edits a contact list segment by its ID.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListSegmentPatch): The fields to change. Example: {'name': 'All Ivans'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListSegment | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        segment_id=segment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    segment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListSegmentPatch,
) -> ContactListSegment | Error | None:
    """Edits a contact list segment by its ID.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListSegmentPatch): The fields to change. Example: {'name': 'All Ivans'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListSegment | Error
    """

    return sync_detailed(
        list_id=list_id,
        segment_id=segment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    segment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListSegmentPatch,
) -> Response[ContactListSegment | Error]:
    """Edits a contact list segment by its ID.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListSegmentPatch): The fields to change. Example: {'name': 'All Ivans'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListSegment | Error]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        segment_id=segment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    segment_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactListSegmentPatch,
) -> ContactListSegment | Error | None:
    """Edits a contact list segment by its ID.

     Changes the fields given.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactListSegmentPatch): The fields to change. Example: {'name': 'All Ivans'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListSegment | Error
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            segment_id=segment_id,
            client=client,
            body=body,
        )
    ).parsed
