from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ... import errors as _errors
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


def _parse_201(response: httpx.Response) -> list[Contact]:
    _response_201 = response.json()
    if not isinstance(_response_201, list):
        raise TypeError("not a list")
    response_201 = []
    for _response_201_index, response_201_item_data in enumerate(_response_201):
        try:
            response_201_item = Contact.from_dict(response_201_item_data)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within(_response_201_index) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                _response_201_index, "Contact", _response_201
            ) from None
        response_201.append(response_201_item)

    return response_201


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
) -> Error | list[Contact] | None:
    if response.status_code == 201:
        return errors.read(client, response, _parse_201, "list[Contact]")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_201, "list[Contact]")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Contact]]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | list[Contact]]) -> list[Contact]:
    if 200 <= response.status_code <= 299:
        return cast(list[Contact], response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


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

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> list[Contact]:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Contact]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | list[ContactInput],
) -> list[Contact]:
    """Creates one or more contacts in the contact list.

     Adds one contact (an object) or up to 1000 at once (an array); every key of a contact's `properties`
    must be a property of the list (404 otherwise). The reply is an array either way.

    Args:
        list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        body (ContactInput | list[ContactInput]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Contact]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
) -> list[Contact]:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
