from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_with_inner_o_auth_response_type import (
    AuthorizeWithInnerOAuthResponseType,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: AuthorizeWithInnerOAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }

    headers: dict[str, Any] = {}
    headers.setdefault("Accept", "*/*")
    _kwargs["headers"] = headers
    return _kwargs


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 302:
        return None
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | Error]) -> None:
    if 200 <= response.status_code <= 399:
        return
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeWithInnerOAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Opens an OAuth authorization dialog.

     The first step of BYTEHAND's authorization-code flow. The signed-in
    user (the credential of this request) grants the application
    `client_id` the rights in `scope`; BYTEHAND redirects to
    `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
    given `state`. The application exchanges the code with
    `exchangeInnnerOAuthCode`.

    Args:
        response_type (AuthorizeWithInnerOAuthResponseType):
        client_id (str):
        redirect_uri (str): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeWithInnerOAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> None:
    """Opens an OAuth authorization dialog.

     The first step of BYTEHAND's authorization-code flow. The signed-in
    user (the credential of this request) grants the application
    `client_id` the rights in `scope`; BYTEHAND redirects to
    `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
    given `state`. The application exchanges the code with
    `exchangeInnnerOAuthCode`.

    Args:
        response_type (AuthorizeWithInnerOAuthResponseType):
        client_id (str):
        redirect_uri (str): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeWithInnerOAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Opens an OAuth authorization dialog.

     The first step of BYTEHAND's authorization-code flow. The signed-in
    user (the credential of this request) grants the application
    `client_id` the rights in `scope`; BYTEHAND redirects to
    `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
    given `state`. The application exchanges the code with
    `exchangeInnnerOAuthCode`.

    Args:
        response_type (AuthorizeWithInnerOAuthResponseType):
        client_id (str):
        redirect_uri (str): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeWithInnerOAuthResponseType,
    client_id: str,
    redirect_uri: str,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> None:
    """Opens an OAuth authorization dialog.

     The first step of BYTEHAND's authorization-code flow. The signed-in
    user (the credential of this request) grants the application
    `client_id` the rights in `scope`; BYTEHAND redirects to
    `redirect_uri` with a one-time `code` (valid for 10 minutes) and the
    given `state`. The application exchanges the code with
    `exchangeInnnerOAuthCode`.

    Args:
        response_type (AuthorizeWithInnerOAuthResponseType):
        client_id (str):
        redirect_uri (str): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        scope (str | Unset):
        state (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
