from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.sent_sms_reply import SentSmsReply
from ...models.sms_message import SmsMessage
from ...types import Response


def _get_kwargs(
    *,
    body: list[SmsMessage],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> SentSmsReply:
    response_200 = SentSmsReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> ErrorReply:
    response_401 = ErrorReply.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | SentSmsReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "SentSmsReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "SentSmsReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | SentSmsReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ErrorReply | SentSmsReply]) -> SentSmsReply:
    if 200 <= response.status_code <= 299:
        return cast(SentSmsReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[SmsMessage],
) -> Response[ErrorReply | SentSmsReply]:
    """Send SMS

     Sends one or more messages. The body is a list of messages; a
    message's `number` is one phone number or a list of them, and a list
    sends one message per number. At most 100 messages go in one request
    (the document: "Not more then 100 messages by one package"), counted
    after the lists are spread: one message to 100 numbers is a full
    package. A message to a number on your black list is not sent; its
    entry in the reply says `BLACKLISTED` and has no `id`. The reply has
    one entry per resulting message, in order (each number of a list in
    its place).

    Args:
        body (list[SmsMessage]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | SentSmsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[SmsMessage],
) -> SentSmsReply:
    """Send SMS

     Sends one or more messages. The body is a list of messages; a
    message's `number` is one phone number or a list of them, and a list
    sends one message per number. At most 100 messages go in one request
    (the document: "Not more then 100 messages by one package"), counted
    after the lists are spread: one message to 100 numbers is a full
    package. A message to a number on your black list is not sent; its
    entry in the reply says `BLACKLISTED` and has no `id`. The reply has
    one entry per resulting message, in order (each number of a list in
    its place).

    Args:
        body (list[SmsMessage]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SentSmsReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: list[SmsMessage],
) -> Response[ErrorReply | SentSmsReply]:
    """Send SMS

     Sends one or more messages. The body is a list of messages; a
    message's `number` is one phone number or a list of them, and a list
    sends one message per number. At most 100 messages go in one request
    (the document: "Not more then 100 messages by one package"), counted
    after the lists are spread: one message to 100 numbers is a full
    package. A message to a number on your black list is not sent; its
    entry in the reply says `BLACKLISTED` and has no `id`. The reply has
    one entry per resulting message, in order (each number of a list in
    its place).

    Args:
        body (list[SmsMessage]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | SentSmsReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[SmsMessage],
) -> SentSmsReply:
    """Send SMS

     Sends one or more messages. The body is a list of messages; a
    message's `number` is one phone number or a list of them, and a list
    sends one message per number. At most 100 messages go in one request
    (the document: "Not more then 100 messages by one package"), counted
    after the lists are spread: one message to 100 numbers is a full
    package. A message to a number on your black list is not sent; its
    entry in the reply says `BLACKLISTED` and has no `id`. The reply has
    one entry per resulting message, in order (each number of a list in
    its place).

    Args:
        body (list[SmsMessage]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SentSmsReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> SentSmsReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
