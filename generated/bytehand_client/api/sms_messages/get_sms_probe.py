from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_probe import SmsProbe
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    receiver: str,
    text: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["receiver"] = receiver

    params["text"] = text

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/messages/probe",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> SmsProbe:
    response_200 = SmsProbe.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SmsProbe | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "SmsProbe")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "SmsProbe")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsProbe]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | SmsProbe]) -> SmsProbe:
    if 200 <= response.status_code <= 299:
        return cast(SmsProbe, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    receiver: str,
    text: str | Unset = UNSET,
) -> Response[Error | SmsProbe]:
    """Gets information about the phone number and text of the SMS message.

     Checks a receiver number (and, when given, a text) without sending
    anything: whether the number is valid, its E.164 form and country,
    and how many parts the text takes in which encoding.

    Args:
        receiver (str):
        text (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsProbe]
    """

    kwargs = _get_kwargs(
        receiver=receiver,
        text=text,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    receiver: str,
    text: str | Unset = UNSET,
) -> SmsProbe:
    """Gets information about the phone number and text of the SMS message.

     Checks a receiver number (and, when given, a text) without sending
    anything: whether the number is valid, its E.164 form and country,
    and how many parts the text takes in which encoding.

    Args:
        receiver (str):
        text (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsProbe: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            receiver=receiver,
            text=text,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    receiver: str,
    text: str | Unset = UNSET,
) -> Response[Error | SmsProbe]:
    """Gets information about the phone number and text of the SMS message.

     Checks a receiver number (and, when given, a text) without sending
    anything: whether the number is valid, its E.164 form and country,
    and how many parts the text takes in which encoding.

    Args:
        receiver (str):
        text (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsProbe]
    """

    kwargs = _get_kwargs(
        receiver=receiver,
        text=text,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    receiver: str,
    text: str | Unset = UNSET,
) -> SmsProbe:
    """Gets information about the phone number and text of the SMS message.

     Checks a receiver number (and, when given, a text) without sending
    anything: whether the number is valid, its E.164 form and country,
    and how many parts the text takes in which encoding.

    Args:
        receiver (str):
        text (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsProbe: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            receiver=receiver,
            text=text,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> SmsProbe:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
