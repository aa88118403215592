from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ... import errors as _errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_country_statistics import CampaignCountryStatistics
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    sms_campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/campaigns/{sms_campaign_id}/countries".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> list[CampaignCountryStatistics]:
    _response_200 = response.json()
    if not isinstance(_response_200, list):
        raise TypeError("not a list")
    response_200 = []
    for _response_200_index, response_200_item_data in enumerate(_response_200):
        try:
            response_200_item = CampaignCountryStatistics.from_dict(
                response_200_item_data
            )

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within(_response_200_index) from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                _response_200_index, "CampaignCountryStatistics", _response_200
            ) from None
        response_200.append(response_200_item)

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


def _parse_404(response: httpx.Response) -> Error:
    response_404 = Error.from_dict(response.json())

    return response_404


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CampaignCountryStatistics] | None:
    if response.status_code == 200:
        return errors.read(
            client, response, _parse_200, "list[CampaignCountryStatistics]"
        )
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(
            client, response, _parse_200, "list[CampaignCountryStatistics]"
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[CampaignCountryStatistics]]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[Error | list[CampaignCountryStatistics]],
) -> list[CampaignCountryStatistics]:
    if 200 <= response.status_code <= 299:
        return cast(list[CampaignCountryStatistics], response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[CampaignCountryStatistics]]:
    """Returns country statistics for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignCountryStatistics]]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[CampaignCountryStatistics]:
    """Returns country statistics for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignCountryStatistics]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
        )
    )


async def asyncio_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[CampaignCountryStatistics]]:
    """Returns country statistics for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignCountryStatistics]]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[CampaignCountryStatistics]:
    """Returns country statistics for SMS campaigns by its ID.

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignCountryStatistics]: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CampaignCountryStatistics]:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
