from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_number_entity import PhoneNumberEntity
from ...models.phone_provisioning_entity import PhoneProvisioningEntity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[PhoneNumberEntity],
    friendly_name: str | Unset = UNSET,
    contact_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["friendlyName"] = friendly_name

    params["contactId"] = contact_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/byon/provisioning/v1",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    if response.status_code == 201:
        return errors.empty(client, response, "PhoneProvisioningEntity")
    if response.status_code == 204:
        return errors.empty(client, response, "PhoneProvisioningEntity")
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
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneNumberEntity],
    friendly_name: str | Unset = UNSET,
    contact_id: str,
) -> Response[Any | ErrorResponse | PhoneProvisioningEntity]:
    """Register phones

     Registers a batch of numbers for the contact `contactId` in one
    provisioning request. Each number needs its `country` unless it is
    written in the international format with a leading `+`.

    Args:
        friendly_name (str | Unset):
        contact_id (str):
        body (list[PhoneNumberEntity]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PhoneProvisioningEntity]
    """

    kwargs = _get_kwargs(
        body=body,
        friendly_name=friendly_name,
        contact_id=contact_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneNumberEntity],
    friendly_name: str | Unset = UNSET,
    contact_id: str,
) -> PhoneProvisioningEntity:
    """Register phones

     Registers a batch of numbers for the contact `contactId` in one
    provisioning request. Each number needs its `country` unless it is
    written in the international format with a leading `+`.

    Args:
        friendly_name (str | Unset):
        contact_id (str):
        body (list[PhoneNumberEntity]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneProvisioningEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            friendly_name=friendly_name,
            contact_id=contact_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneNumberEntity],
    friendly_name: str | Unset = UNSET,
    contact_id: str,
) -> Response[Any | ErrorResponse | PhoneProvisioningEntity]:
    """Register phones

     Registers a batch of numbers for the contact `contactId` in one
    provisioning request. Each number needs its `country` unless it is
    written in the international format with a leading `+`.

    Args:
        friendly_name (str | Unset):
        contact_id (str):
        body (list[PhoneNumberEntity]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PhoneProvisioningEntity]
    """

    kwargs = _get_kwargs(
        body=body,
        friendly_name=friendly_name,
        contact_id=contact_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneNumberEntity],
    friendly_name: str | Unset = UNSET,
    contact_id: str,
) -> PhoneProvisioningEntity:
    """Register phones

     Registers a batch of numbers for the contact `contactId` in one
    provisioning request. Each number needs its `country` unless it is
    written in the international format with a leading `+`.

    Args:
        friendly_name (str | Unset):
        contact_id (str):
        body (list[PhoneNumberEntity]):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneProvisioningEntity: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            friendly_name=friendly_name,
            contact_id=contact_id,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneProvisioningEntity:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
