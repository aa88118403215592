from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.external_o_auth_code import ExternalOAuthCode
from ...models.o_auth_account import OAuthAccount
from ...types import Response


def _get_kwargs(
    provider_id: str,
    *,
    body: ExternalOAuthCode,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/oauth/providers/{provider_id}".format(
            provider_id=quote(str(provider_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OAuthAccount | None:
    if response.status_code == 200:
        response_200 = OAuthAccount.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OAuthAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthCode,
) -> Response[Error | OAuthAccount]:
    """Binds a BYTEHAND user and an account in an external OAuth service.

     Binds the external account that `code` stands for to the current user, so it can sign in with it.

    Args:
        provider_id (str):
        body (ExternalOAuthCode):  Example: {'code': '4/0AX4XfWh-example'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthAccount]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthCode,
) -> Error | OAuthAccount | None:
    """Binds a BYTEHAND user and an account in an external OAuth service.

     Binds the external account that `code` stands for to the current user, so it can sign in with it.

    Args:
        provider_id (str):
        body (ExternalOAuthCode):  Example: {'code': '4/0AX4XfWh-example'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthAccount
    """

    return sync_detailed(
        provider_id=provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthCode,
) -> Response[Error | OAuthAccount]:
    """Binds a BYTEHAND user and an account in an external OAuth service.

     Binds the external account that `code` stands for to the current user, so it can sign in with it.

    Args:
        provider_id (str):
        body (ExternalOAuthCode):  Example: {'code': '4/0AX4XfWh-example'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OAuthAccount]
    """

    kwargs = _get_kwargs(
        provider_id=provider_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalOAuthCode,
) -> Error | OAuthAccount | None:
    """Binds a BYTEHAND user and an account in an external OAuth service.

     Binds the external account that `code` stands for to the current user, so it can sign in with it.

    Args:
        provider_id (str):
        body (ExternalOAuthCode):  Example: {'code': '4/0AX4XfWh-example'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OAuthAccount
    """

    return (
        await asyncio_detailed(
            provider_id=provider_id,
            client=client,
            body=body,
        )
    ).parsed
