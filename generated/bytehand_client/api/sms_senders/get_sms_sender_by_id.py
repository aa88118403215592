from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_sender import SmsSender
from ...types import Response


def _get_kwargs(
    sms_sender_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/senders/{sms_sender_id}".format(
            sms_sender_id=quote(str(sms_sender_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> SmsSender:
    response_200 = SmsSender.from_dict(response.json())

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
) -> Error | SmsSender | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "SmsSender")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "SmsSender")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsSender]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | SmsSender]) -> SmsSender:
    if 200 <= response.status_code <= 299:
        return cast(SmsSender, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    sms_sender_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SmsSender]:
    """Returns the SMS sender's signature by ID.

    Args:
        sms_sender_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsSender]
    """

    kwargs = _get_kwargs(
        sms_sender_id=sms_sender_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    sms_sender_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> SmsSender:
    """Returns the SMS sender's signature by ID.

    Args:
        sms_sender_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSender: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            sms_sender_id=sms_sender_id,
            client=client,
        )
    )


async def asyncio_detailed(
    sms_sender_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SmsSender]:
    """Returns the SMS sender's signature by ID.

    Args:
        sms_sender_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsSender]
    """

    kwargs = _get_kwargs(
        sms_sender_id=sms_sender_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_sender_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> SmsSender:
    """Returns the SMS sender's signature by ID.

    Args:
        sms_sender_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSender: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            sms_sender_id=sms_sender_id,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsSender:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
