from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_state_statistics import CampaignStateStatistics
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    sms_campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/campaigns/{sms_campaign_id}/errors".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CampaignStateStatistics] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CampaignStateStatistics.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[CampaignStateStatistics]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[CampaignStateStatistics]]:
    """Returns statistics on message statuses and errors for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignStateStatistics]]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[CampaignStateStatistics] | None:
    """Returns statistics on message statuses and errors for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CampaignStateStatistics]
    """

    return sync_detailed(
        sms_campaign_id=sms_campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[CampaignStateStatistics]]:
    """Returns statistics on message statuses and errors for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignStateStatistics]]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[CampaignStateStatistics] | None:
    """Returns statistics on message statuses and errors for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CampaignStateStatistics]
    """

    return (
        await asyncio_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
        )
    ).parsed
