from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ... import errors as _errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_provisioning_array_response import PhoneProvisioningArrayResponse
from ...types import Response


def _get_kwargs(
    phone_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/byon/phonebook/v1/numbers/{phone_number}".format(
            phone_number=quote(str(phone_number), safe=""),
        ),
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
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    """Read a phone number

     Returns the phone book entries of one number registered with your API key.

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[PhoneProvisioningArrayResponse]:
    """Read a phone number

     Returns the phone book entries of one number registered with your API key.

    Args:
        phone_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PhoneProvisioningArrayResponse]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            phone_number=phone_number,
            client=client,
        )
    )


async def asyncio_detailed(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]:
    """Read a phone number

     Returns the phone book entries of one number registered with your API key.

    Args:
        phone_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[PhoneProvisioningArrayResponse]]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone_number: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[PhoneProvisioningArrayResponse]:
    """Read a phone number

     Returns the phone book entries of one number registered with your API key.

    Args:
        phone_number (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PhoneProvisioningArrayResponse]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            phone_number=phone_number,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PhoneProvisioningArrayResponse]:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
