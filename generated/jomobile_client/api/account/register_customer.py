from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.profile_reply import ProfileReply
from ...models.registration import Registration
from ...types import Response


def _get_kwargs(
    *,
    body: Registration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> ProfileReply:
    response_200 = ProfileReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | ProfileReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "ProfileReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "ProfileReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | ProfileReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ErrorReply | ProfileReply]) -> ProfileReply:
    if 200 <= response.status_code <= 299:
        return cast(ProfileReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Registration,
) -> Response[ErrorReply | ProfileReply]:
    """Register a customer

     Registers a new customer account. `login`, `password`, `name`,
    `phone` and `email` are required; `company_name` and `skype` are
    optional. The new account starts with a balance of 0.

    Args:
        body (Registration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ProfileReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Registration,
) -> ProfileReply:
    """Register a customer

     Registers a new customer account. `login`, `password`, `name`,
    `phone` and `email` are required; `company_name` and `skype` are
    optional. The new account starts with a balance of 0.

    Args:
        body (Registration):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: Registration,
) -> Response[ErrorReply | ProfileReply]:
    """Register a customer

     Registers a new customer account. `login`, `password`, `name`,
    `phone` and `email` are required; `company_name` and `skype` are
    optional. The new account starts with a balance of 0.

    Args:
        body (Registration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ProfileReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Registration,
) -> ProfileReply:
    """Register a customer

     Registers a new customer account. `login`, `password`, `name`,
    `phone` and `email` are required; `company_name` and `skype` are
    optional. The new account starts with a balance of 0.

    Args:
        body (Registration):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfileReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
