from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.session import Session
from ...models.user_registration import UserRegistration
from ...types import Response


def _get_kwargs(
    *,
    body: UserRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(response: httpx.Response) -> Session:
    response_201 = Session.from_dict(response.json())

    return response_201


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_409(response: httpx.Response) -> Error:
    response_409 = Error.from_dict(response.json())

    return response_409


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Session | None:
    if response.status_code == 201:
        return errors.read(client, response, _parse_201, "Session")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if response.status_code == 409:
        return errors.read(client, response, _parse_409, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_201, "Session")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Session]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | Session]) -> Session:
    if 200 <= response.status_code <= 299:
        return cast(Session, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistration,
) -> Response[Error | Session]:
    """Creates a new BYTEHAND account.

     Creates an account and answers it with a session key, so the new user
    can go on at once. A `referrer_id` makes the account a referral of
    that user (see `queryReferrals`).

    Args:
        body (UserRegistration):  Example: {'email': 'new.user@example.com', 'password': 'correct-
            horse-battery', 'name': 'New User'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistration,
) -> Session:
    """Creates a new BYTEHAND account.

     Creates an account and answers it with a session key, so the new user
    can go on at once. A `referrer_id` makes the account a referral of
    that user (see `queryReferrals`).

    Args:
        body (UserRegistration):  Example: {'email': 'new.user@example.com', 'password': 'correct-
            horse-battery', 'name': 'New User'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: UserRegistration,
) -> Response[Error | Session]:
    """Creates a new BYTEHAND account.

     Creates an account and answers it with a session key, so the new user
    can go on at once. A `referrer_id` makes the account a referral of
    that user (see `queryReferrals`).

    Args:
        body (UserRegistration):  Example: {'email': 'new.user@example.com', 'password': 'correct-
            horse-battery', 'name': 'New User'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserRegistration,
) -> Session:
    """Creates a new BYTEHAND account.

     Creates an account and answers it with a session key, so the new user
    can go on at once. A `referrer_id` makes the account a referral of
    that user (see `queryReferrals`).

    Args:
        body (UserRegistration):  Example: {'email': 'new.user@example.com', 'password': 'correct-
            horse-battery', 'name': 'New User'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> Session:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
