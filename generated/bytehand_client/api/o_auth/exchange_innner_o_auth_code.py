from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token import OAuthToken
from ...models.o_auth_token_request import OAuthTokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> OAuthToken:
    response_200 = OAuthToken.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> OAuthError:
    response_400 = OAuthError.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> OAuthError:
    response_401 = OAuthError.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | OAuthToken | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "OAuthToken")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "OAuthError")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "OAuthError")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "OAuthToken")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | OAuthToken]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[OAuthError | OAuthToken]) -> OAuthToken:
    if 200 <= response.status_code <= 299:
        return cast(OAuthToken, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthToken]:
    """Exchanges an OAuth authorization access code for an access token.

     The second step of the authorization-code flow: the application trades
    the `code` it received at its `redirect_uri` for an access token. A
    code works once. Send the token as the `access_token` query parameter.

    Args:
        body (OAuthTokenRequest):  Example: {'grant_type': 'authorization_code', 'code':
            '9Qm2kXv7-example', 'client_id': 'bytehand-demo-app', 'client_secret': 'your-client-
            secret', 'redirect_uri': 'http://127.0.0.1/callback'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthToken:
    """Exchanges an OAuth authorization access code for an access token.

     The second step of the authorization-code flow: the application trades
    the `code` it received at its `redirect_uri` for an access token. A
    code works once. Send the token as the `access_token` query parameter.

    Args:
        body (OAuthTokenRequest):  Example: {'grant_type': 'authorization_code', 'code':
            '9Qm2kXv7-example', 'client_id': 'bytehand-demo-app', 'client_secret': 'your-client-
            secret', 'redirect_uri': 'http://127.0.0.1/callback'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthToken: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: OAuthTokenRequest,
) -> Response[OAuthError | OAuthToken]:
    """Exchanges an OAuth authorization access code for an access token.

     The second step of the authorization-code flow: the application trades
    the `code` it received at its `redirect_uri` for an access token. A
    code works once. Send the token as the `access_token` query parameter.

    Args:
        body (OAuthTokenRequest):  Example: {'grant_type': 'authorization_code', 'code':
            '9Qm2kXv7-example', 'client_id': 'bytehand-demo-app', 'client_secret': 'your-client-
            secret', 'redirect_uri': 'http://127.0.0.1/callback'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | OAuthToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenRequest,
) -> OAuthToken:
    """Exchanges an OAuth authorization access code for an access token.

     The second step of the authorization-code flow: the application trades
    the `code` it received at its `redirect_uri` for an access token. A
    code works once. Send the token as the `access_token` query parameter.

    Args:
        body (OAuthTokenRequest):  Example: {'grant_type': 'authorization_code', 'code':
            '9Qm2kXv7-example', 'client_id': 'bytehand-demo-app', 'client_secret': 'your-client-
            secret', 'redirect_uri': 'http://127.0.0.1/callback'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthToken: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthToken:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
