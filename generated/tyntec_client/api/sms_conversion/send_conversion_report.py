from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_event import ConversionEvent
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ConversionEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messaging/v1/conversion",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    headers.setdefault("Accept", "*/*")
    _kwargs["headers"] = headers
    return _kwargs


def _parse_400(response: httpx.Response) -> Problem:
    response_400 = Problem.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> Problem:
    response_401 = Problem.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Problem:
    response_403 = Problem.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Problem:
    response_404 = Problem.from_dict(response.json())

    return response_404


def _parse_500(response: httpx.Response) -> Problem:
    response_500 = Problem.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        return None
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Problem")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Problem")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Problem")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Problem")
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "Problem")
    if 200 <= response.status_code <= 299:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Any | Problem]) -> None:
    if 200 <= response.status_code <= 299:
        return
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionEvent,
) -> Response[Any | Problem]:
    """Conversion report

     Report either a successful or an unsuccessful conversion event for a message.

    Args:
        body (ConversionEvent): This is the event where delivery information regarding the message
            can be reported back to tyntec

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionEvent,
) -> None:
    """Conversion report

     Report either a successful or an unsuccessful conversion event for a message.

    Args:
        body (ConversionEvent): This is the event where delivery information regarding the message
            can be reported back to tyntec

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
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionEvent,
) -> Response[Any | Problem]:
    """Conversion report

     Report either a successful or an unsuccessful conversion event for a message.

    Args:
        body (ConversionEvent): This is the event where delivery information regarding the message
            can be reported back to tyntec

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConversionEvent,
) -> None:
    """Conversion report

     Report either a successful or an unsuccessful conversion event for a message.

    Args:
        body (ConversionEvent): This is the event where delivery information regarding the message
            can be reported back to tyntec

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
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
