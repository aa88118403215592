from typing import Any, cast

import httpx

from ... import errors
from ... import errors as _errors
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


def _parse_200(response: httpx.Response) -> list[PhoneProvisioningArrayResponse]:
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError("not a list")
    response_200 = []
    for _response_200_index, response_200_item_data in enumerate(_response_200):
        try:
            response_200_item = PhoneProvisioningArrayResponse.from_dict(
                response_200_item_data
            )

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within(_response_200_index) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                _response_200_index, "PhoneProvisioningArrayResponse", _response_200
            ) from None
        response_200.append(response_200_item)

    return response_200


def _parse_500(response: httpx.Response) -> ErrorResponse:
    response_500 = ErrorResponse.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[PhoneProvisioningArrayResponse] | None:
    if response.status_code == 200:
        return errors.read(
            client, response, _parse_200, "list[PhoneProvisioningArrayResponse]"
        )
    if response.status_code == 204:
        return []
    if response.status_code == 401:
        return None
    if response.status_code == 403:
        return None
    if response.status_code == 404:
        return None
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "ErrorResponse")
    if 200 <= response.status_code <= 299:
        return errors.read(
            client, response, _parse_200, "list[PhoneProvisioningArrayResponse]"
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]],
) -> list[PhoneProvisioningArrayResponse]:
    if 200 <= response.status_code <= 299:
        return cast(list[PhoneProvisioningArrayResponse], response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


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

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> list[PhoneProvisioningArrayResponse]:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PhoneProvisioningArrayResponse]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            friendly_name=friendly_name,
            contact_id=contact_id,
        )
    )


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

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    friendly_name: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
) -> list[PhoneProvisioningArrayResponse]:
    """List all phones

     Returns the provisioning requests created with your API key. You can
    specify friendlyName or contactId for filtering the results.

    Args:
        friendly_name (str | Unset):
        contact_id (str | Unset):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PhoneProvisioningArrayResponse]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            friendly_name=friendly_name,
            contact_id=contact_id,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PhoneProvisioningArrayResponse]:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
