from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.plain_message import PlainMessage
from ...models.refactored_messages_reply import RefactoredMessagesReply
from ...types import Response


def _get_kwargs(
    *,
    body: list[PlainMessage],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/replacement",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: list[PlainMessage],
) -> Response[ErrorReply | RefactoredMessagesReply]:
    """Refactoring SMS credentials

     Shows how messages would go out, without sending them: the number
    in the form the API stores it (digits only), the sender ID trimmed,
    and the text with typographic characters (curly quotes, dashes,
    ellipses, non-breaking spaces) replaced by their plain GSM-7
    equivalents, with its encoding and number of parts.

    Args:
        body (list[PlainMessage]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RefactoredMessagesReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlainMessage],
) -> RefactoredMessagesReply:
    """Refactoring SMS credentials

     Shows how messages would go out, without sending them: the number
    in the form the API stores it (digits only), the sender ID trimmed,
    and the text with typographic characters (curly quotes, dashes,
    ellipses, non-breaking spaces) replaced by their plain GSM-7
    equivalents, with its encoding and number of parts.

    Args:
        body (list[PlainMessage]):

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
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlainMessage],
) -> Response[ErrorReply | RefactoredMessagesReply]:
    """Refactoring SMS credentials

     Shows how messages would go out, without sending them: the number
    in the form the API stores it (digits only), the sender ID trimmed,
    and the text with typographic characters (curly quotes, dashes,
    ellipses, non-breaking spaces) replaced by their plain GSM-7
    equivalents, with its encoding and number of parts.

    Args:
        body (list[PlainMessage]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RefactoredMessagesReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[PlainMessage],
) -> RefactoredMessagesReply:
    """Refactoring SMS credentials

     Shows how messages would go out, without sending them: the number
    in the form the API stores it (digits only), the sender ID trimmed,
    and the text with typographic characters (curly quotes, dashes,
    ellipses, non-breaking spaces) replaced by their plain GSM-7
    equivalents, with its encoding and number of parts.

    Args:
        body (list[PlainMessage]):

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
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> RefactoredMessagesReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
