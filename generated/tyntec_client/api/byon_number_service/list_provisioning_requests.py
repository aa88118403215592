from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_provisioning_array_response import PhoneProvisioningArrayResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["friendlyName"] = friendly_name

    params["contactId"] = contact_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/byon/provisioning/v1",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[PhoneProvisioningArrayResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PhoneProvisioningArrayResponse.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]
    """

    kwargs = _get_kwargs(
        friendly_name=friendly_name,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[PhoneProvisioningArrayResponse] | None:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[PhoneProvisioningArrayResponse]
    """

    return sync_detailed(
        client=client,
        friendly_name=friendly_name,
        contact_id=contact_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]
    """

    kwargs = _get_kwargs(
        friendly_name=friendly_name,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> Any | ErrorResponse | list[PhoneProvisioningArrayResponse] | None:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[PhoneProvisioningArrayResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            friendly_name=friendly_name,
            contact_id=contact_id,
        )
    ).parsed
