from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_provisioning_entity import PhoneProvisioningEntity
from ...types import Response


def _get_kwargs(
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/byon/provisioning/v1/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> PhoneProvisioningEntity:
    response_200 = PhoneProvisioningEntity.from_dict(response.json())

    return response_200


def _parse_500(response: httpx.Response) -> ErrorResponse:
    response_500 = ErrorResponse.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PhoneProvisioningEntity | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "PhoneProvisioningEntity")
    if response.status_code == 400:
        return None
    if response.status_code == 401:
        return None
    if response.status_code == 403:
        return None
    if response.status_code == 404:
        return None
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "ErrorResponse")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "PhoneProvisioningEntity")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | PhoneProvisioningEntity]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | ErrorResponse | PhoneProvisioningEntity],
) -> PhoneProvisioningEntity:
    if 200 <= response.status_code <= 299:
        return cast(PhoneProvisioningEntity, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | PhoneProvisioningEntity]:
    """Read phone status

     Returns the details of the provisioning request for the provided requestId.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PhoneProvisioningEntity]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PhoneProvisioningEntity:
    """Read phone status

     Returns the details of the provisioning request for the provided requestId.

    Args:
        request_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneProvisioningEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            request_id=request_id,
            client=client,
        )
    )


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | PhoneProvisioningEntity]:
    """Read phone status

     Returns the details of the provisioning request for the provided requestId.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PhoneProvisioningEntity]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PhoneProvisioningEntity:
    """Read phone status

     Returns the details of the provisioning request for the provided requestId.

    Args:
        request_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneProvisioningEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            request_id=request_id,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneProvisioningEntity:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
