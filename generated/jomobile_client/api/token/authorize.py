from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorization_code_reply import AuthorizationCodeReply
from ...models.credentials import Credentials
from ...models.error_reply import ErrorReply
from ...types import Response


def _get_kwargs(
    *,
    body: Credentials,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/authorize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> AuthorizationCodeReply:
    response_200 = AuthorizationCodeReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizationCodeReply | ErrorReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "AuthorizationCodeReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "AuthorizationCodeReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthorizationCodeReply | ErrorReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[AuthorizationCodeReply | ErrorReply],
) -> AuthorizationCodeReply:
    if 200 <= response.status_code <= 299:
        return cast(AuthorizationCodeReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Credentials,
) -> Response[AuthorizationCodeReply | ErrorReply]:
    """Log in (step 1 of 2)

     Trades a username and password for an authorization code, which
    `/v1/accesstoken` exchanges for an access token. A code can be
    exchanged once, within 5 minutes.

    Args:
        body (Credentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationCodeReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Credentials,
) -> AuthorizationCodeReply:
    """Log in (step 1 of 2)

     Trades a username and password for an authorization code, which
    `/v1/accesstoken` exchanges for an access token. A code can be
    exchanged once, within 5 minutes.

    Args:
        body (Credentials):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationCodeReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: Credentials,
) -> Response[AuthorizationCodeReply | ErrorReply]:
    """Log in (step 1 of 2)

     Trades a username and password for an authorization code, which
    `/v1/accesstoken` exchanges for an access token. A code can be
    exchanged once, within 5 minutes.

    Args:
        body (Credentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationCodeReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Credentials,
) -> AuthorizationCodeReply:
    """Log in (step 1 of 2)

     Trades a username and password for an authorization code, which
    `/v1/accesstoken` exchanges for an access token. A code can be
    exchanged once, within 5 minutes.

    Args:
        body (Credentials):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationCodeReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizationCodeReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
