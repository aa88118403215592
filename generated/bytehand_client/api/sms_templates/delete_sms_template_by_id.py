from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    sms_template_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/sms/templates/{sms_template_id}".format(
            sms_template_id=quote(str(sms_template_id), safe=""),
        ),
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
    if response.status_code == 204:
        return None
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return None
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
    if 200 <= response.status_code <= 299:
        return
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    sms_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deletes an SMS template by its ID.

    Args:
        sms_template_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    sms_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Deletes an SMS template by its ID.

    Args:
        sms_template_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            sms_template_id=sms_template_id,
            client=client,
        )
    )


async def asyncio_detailed(
    sms_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Deletes an SMS template by its ID.

    Args:
        sms_template_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        sms_template_id=sms_template_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_template_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Deletes an SMS template by its ID.

    Args:
        sms_template_id (int): An object id; these stay below 2^53, so they are JSON numbers.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            sms_template_id=sms_template_id,
            client=client,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> None:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
