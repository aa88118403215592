from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.group_numbers_change_reply import GroupNumbersChangeReply
from ...models.group_numbers_removal import GroupNumbersRemoval
from ...types import Response


def _get_kwargs(
    *,
    body: GroupNumbersRemoval,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/group-number-delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> GroupNumbersChangeReply:
    response_200 = GroupNumbersChangeReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> ErrorReply:
    response_401 = ErrorReply.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | GroupNumbersChangeReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "GroupNumbersChangeReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "GroupNumbersChangeReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | GroupNumbersChangeReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ErrorReply | GroupNumbersChangeReply],
) -> GroupNumbersChangeReply:
    if 200 <= response.status_code <= 299:
        return cast(GroupNumbersChangeReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupNumbersRemoval,
) -> Response[ErrorReply | GroupNumbersChangeReply]:
    """Delete numbers from a group

     Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

    Args:
        body (GroupNumbersRemoval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GroupNumbersChangeReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupNumbersRemoval,
) -> GroupNumbersChangeReply:
    """Delete numbers from a group

     Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

    Args:
        body (GroupNumbersRemoval):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupNumbersChangeReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupNumbersRemoval,
) -> Response[ErrorReply | GroupNumbersChangeReply]:
    """Delete numbers from a group

     Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

    Args:
        body (GroupNumbersRemoval):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GroupNumbersChangeReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupNumbersRemoval,
) -> GroupNumbersChangeReply:
    """Delete numbers from a group

     Removes numbers from a group; numbers that are not in it are ignored, so repeating the call is safe.

    Args:
        body (GroupNumbersRemoval):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupNumbersChangeReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupNumbersChangeReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
