from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.refactored_messages_reply import RefactoredMessagesReply
from ...types import UNSET, Response


def _get_kwargs(
    *,
    number: str,
    sender_id: str,
    text: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["senderID"] = sender_id

    params["text"] = text

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/replacement",
        "params": params,
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> RefactoredMessagesReply:
    response_200 = RefactoredMessagesReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> ErrorReply:
    response_401 = ErrorReply.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | RefactoredMessagesReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "RefactoredMessagesReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "RefactoredMessagesReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | RefactoredMessagesReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ErrorReply | RefactoredMessagesReply],
) -> RefactoredMessagesReply:
    if 200 <= response.status_code <= 299:
        return cast(RefactoredMessagesReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    sender_id: str,
    text: str,
) -> Response[ErrorReply | RefactoredMessagesReply]:
    """Refactoring SMS credentials (GET)

     The same dry run as the POST, for one message given in the query
    string: how it would go out, without sending it.

    Args:
        number (str): A phone number of 5 to 15 digits, written any way (spaces, dashes, dots,
            brackets and a leading `+` are dropped). Example: +380 66 218-52-99.
        sender_id (str): A sender ID; surrounding spaces are dropped and it is cut to 11
            characters (15 digits for a number).
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per
            part, UCS-2 67) and each part is charged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RefactoredMessagesReply]
    """

    kwargs = _get_kwargs(
        number=number,
        sender_id=sender_id,
        text=text,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    sender_id: str,
    text: str,
) -> RefactoredMessagesReply:
    """Refactoring SMS credentials (GET)

     The same dry run as the POST, for one message given in the query
    string: how it would go out, without sending it.

    Args:
        number (str): A phone number of 5 to 15 digits, written any way (spaces, dashes, dots,
            brackets and a leading `+` are dropped). Example: +380 66 218-52-99.
        sender_id (str): A sender ID; surrounding spaces are dropped and it is cut to 11
            characters (15 digits for a number).
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per
            part, UCS-2 67) and each part is charged.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RefactoredMessagesReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            number=number,
            sender_id=sender_id,
            text=text,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    sender_id: str,
    text: str,
) -> Response[ErrorReply | RefactoredMessagesReply]:
    """Refactoring SMS credentials (GET)

     The same dry run as the POST, for one message given in the query
    string: how it would go out, without sending it.

    Args:
        number (str): A phone number of 5 to 15 digits, written any way (spaces, dashes, dots,
            brackets and a leading `+` are dropped). Example: +380 66 218-52-99.
        sender_id (str): A sender ID; surrounding spaces are dropped and it is cut to 11
            characters (15 digits for a number).
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per
            part, UCS-2 67) and each part is charged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RefactoredMessagesReply]
    """

    kwargs = _get_kwargs(
        number=number,
        sender_id=sender_id,
        text=text,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str,
    sender_id: str,
    text: str,
) -> RefactoredMessagesReply:
    """Refactoring SMS credentials (GET)

     The same dry run as the POST, for one message given in the query
    string: how it would go out, without sending it.

    Args:
        number (str): A phone number of 5 to 15 digits, written any way (spaces, dashes, dots,
            brackets and a leading `+` are dropped). Example: +380 66 218-52-99.
        sender_id (str): A sender ID; surrounding spaces are dropped and it is cut to 11
            characters (15 digits for a number).
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per
            part, UCS-2 67) and each part is charged.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RefactoredMessagesReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            number=number,
            sender_id=sender_id,
            text=text,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> RefactoredMessagesReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
