from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.routing import Routing
from ...types import Response


def _get_kwargs(
    *,
    body: Routing,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/users/current/routing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> Routing:
    response_200 = Routing.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> Error:
    response_400 = Error.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Error:
    response_401 = Error.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Error:
    response_403 = Error.from_dict(response.json())

    return response_403


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Routing | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "Routing")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "Routing")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Routing]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | Routing]) -> Routing:
    if 200 <= response.status_code <= 299:
        return cast(Routing, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Routing,
) -> Response[Error | Routing]:
    """Sets the routing policy to restrict the sending of SMS messages.

     With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
    restriction.

    Args:
        body (Routing): Which countries messages may go to. Example: {'mode': 'listed',
            'countries': ['RU', 'KZ']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Routing]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Routing,
) -> Routing:
    """Sets the routing policy to restrict the sending of SMS messages.

     With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
    restriction.

    Args:
        body (Routing): Which countries messages may go to. Example: {'mode': 'listed',
            'countries': ['RU', 'KZ']}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Routing: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: Routing,
) -> Response[Error | Routing]:
    """Sets the routing policy to restrict the sending of SMS messages.

     With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
    restriction.

    Args:
        body (Routing): Which countries messages may go to. Example: {'mode': 'listed',
            'countries': ['RU', 'KZ']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Routing]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Routing,
) -> Routing:
    """Sets the routing policy to restrict the sending of SMS messages.

     With `mode` `listed`, messages to numbers outside `countries` are refused (403); `all` lifts the
    restriction.

    Args:
        body (Routing): Which countries messages may go to. Example: {'mode': 'listed',
            'countries': ['RU', 'KZ']}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Routing: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> Routing:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
