from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_reply import AccessTokenReply
from ...models.authorization_code_exchange import AuthorizationCodeExchange
from ...models.error_reply import ErrorReply
from ...types import Response


def _get_kwargs(
    *,
    body: AuthorizationCodeExchange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/accesstoken",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> AccessTokenReply:
    response_200 = AccessTokenReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenReply | ErrorReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "AccessTokenReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "AccessTokenReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenReply | ErrorReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[AccessTokenReply | ErrorReply]) -> AccessTokenReply:
    if 200 <= response.status_code <= 299:
        return cast(AccessTokenReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeExchange,
) -> Response[AccessTokenReply | ErrorReply]:
    """Log in (step 2 of 2)

     Exchanges an authorization code from `/v1/authorize` for an access
    token and the time it expires. Send the token in the `X-Access-Token`
    header of every other call.

    Args:
        body (AuthorizationCodeExchange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeExchange,
) -> AccessTokenReply:
    """Log in (step 2 of 2)

     Exchanges an authorization code from `/v1/authorize` for an access
    token and the time it expires. Send the token in the `X-Access-Token`
    header of every other call.

    Args:
        body (AuthorizationCodeExchange):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: AuthorizationCodeExchange,
) -> Response[AccessTokenReply | ErrorReply]:
    """Log in (step 2 of 2)

     Exchanges an authorization code from `/v1/authorize` for an access
    token and the time it expires. Send the token in the `X-Access-Token`
    header of every other call.

    Args:
        body (AuthorizationCodeExchange):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizationCodeExchange,
) -> AccessTokenReply:
    """Log in (step 2 of 2)

     Exchanges an authorization code from `/v1/authorize` for an access
    token and the time it expires. Send the token in the `X-Access-Token`
    header of every other call.

    Args:
        body (AuthorizationCodeExchange):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
