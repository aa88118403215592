from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_campaign import SmsCampaign
from ...models.sms_update import SmsUpdate
from ...types import Response


def _get_kwargs(
    sms_campaign_id: str,
    *,
    body: SmsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/sms/campaigns/{sms_campaign_id}".format(
            sms_campaign_id=quote(str(sms_campaign_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> SmsCampaign:
    response_200 = SmsCampaign.from_dict(response.json())

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


def _parse_409(response: httpx.Response) -> Error:
    response_409 = Error.from_dict(response.json())

    return response_409


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SmsCampaign | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "SmsCampaign")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if response.status_code == 409:
        return errors.read(client, response, _parse_409, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "SmsCampaign")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsCampaign]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | SmsCampaign]) -> SmsCampaign:
    if 200 <= response.status_code <= 299:
        return cast(SmsCampaign, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
) -> Response[Error | SmsCampaign]:
    """Stops or starts sending SMS campaigns by campaign ID.

     Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsCampaign]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
) -> SmsCampaign:
    """Stops or starts sending SMS campaigns by campaign ID.

     Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsCampaign: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
) -> Response[Error | SmsCampaign]:
    """Stops or starts sending SMS campaigns by campaign ID.

     Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsCampaign]
    """

    kwargs = _get_kwargs(
        sms_campaign_id=sms_campaign_id,
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
) -> SmsCampaign:
    """Stops or starts sending SMS campaigns by campaign ID.

     Stops (or restarts) the campaign's unsent messages; a finished campaign cannot change (409).

    Args:
        sms_campaign_id (str): A 64-bit id above 2^53, written as a string of digits so it never
            passes through a float. Example: 164030947974825423.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsCampaign: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            sms_campaign_id=sms_campaign_id,
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsCampaign:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
