from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_change import EmailChange
from ...models.error import Error
from ...models.user import User
from ...types import Response


def _get_kwargs(
    *,
    body: EmailChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/current/email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_202(response: httpx.Response) -> User:
    response_202 = User.from_dict(response.json())

    return response_202


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_409(response: httpx.Response) -> Error:
    response_409 = Error.from_dict(response.json())

    return response_409


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | User | None:
    if response.status_code == 202:
        return errors.read(client, response, _parse_202, "User")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 409:
        return errors.read(client, response, _parse_409, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_202, "User")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | User]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | User]) -> User:
    if 200 <= response.status_code <= 299:
        return cast(User, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailChange,
) -> Response[Error | User]:
    """Starts the procedure for changing the email address.

     The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
    confirmed.

    Args:
        body (EmailChange):  Example: {'email': 'new.address@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EmailChange,
) -> User:
    """Starts the procedure for changing the email address.

     The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
    confirmed.

    Args:
        body (EmailChange):  Example: {'email': 'new.address@example.com'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: EmailChange,
) -> Response[Error | User]:
    """Starts the procedure for changing the email address.

     The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
    confirmed.

    Args:
        body (EmailChange):  Example: {'email': 'new.address@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailChange,
) -> User:
    """Starts the procedure for changing the email address.

     The new address becomes `pending_email` and gets a confirmation link; `email` changes once it is
    confirmed.

    Args:
        body (EmailChange):  Example: {'email': 'new.address@example.com'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> User:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
