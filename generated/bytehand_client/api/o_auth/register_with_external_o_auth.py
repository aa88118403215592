from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.external_o_auth_registration import ExternalOAuthRegistration
from ...models.session import Session
from ...types import Response


def _get_kwargs(
    provider_id: str,
    *,
    body: ExternalOAuthRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/providers/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
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
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthRegistration,
) -> Response[Error | Session]:
    """Registers a new BYTEHAND user via an external OAuth service.

     Creates a BYTEHAND account bound to the external account that the
    provider's authorization `code` stands for, and answers a session
    key for it.

    Args:
        provider_id (str):
        body (ExternalOAuthRegistration):  Example: {'code': '4/0AX4XfWh-example', 'email':
            'oauth.user@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthRegistration,
) -> Session:
    """Registers a new BYTEHAND user via an external OAuth service.

     Creates a BYTEHAND account bound to the external account that the
    provider's authorization `code` stands for, and answers a session
    key for it.

    Args:
        provider_id (str):
        body (ExternalOAuthRegistration):  Example: {'code': '4/0AX4XfWh-example', 'email':
            'oauth.user@example.com'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthRegistration,
) -> Response[Error | Session]:
    """Registers a new BYTEHAND user via an external OAuth service.

     Creates a BYTEHAND account bound to the external account that the
    provider's authorization `code` stands for, and answers a session
    key for it.

    Args:
        provider_id (str):
        body (ExternalOAuthRegistration):  Example: {'code': '4/0AX4XfWh-example', 'email':
            'oauth.user@example.com'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthRegistration,
) -> Session:
    """Registers a new BYTEHAND user via an external OAuth service.

     Creates a BYTEHAND account bound to the external account that the
    provider's authorization `code` stands for, and answers a session
    key for it.

    Args:
        provider_id (str):
        body (ExternalOAuthRegistration):  Example: {'code': '4/0AX4XfWh-example', 'email':
            'oauth.user@example.com'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Session: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> Session:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
