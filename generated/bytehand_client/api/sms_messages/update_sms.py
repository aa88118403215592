from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_result import BulkResult
from ...models.error import Error
from ...models.sms_update import SmsUpdate
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SmsUpdate,
    query: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/sms/messages",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> BulkResult:
    response_200 = BulkResult.from_dict(response.json())

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkResult | Error | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "BulkResult")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "BulkResult")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkResult | Error]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[BulkResult | Error]) -> BulkResult:
    if 200 <= response.status_code <= 299:
        return cast(BulkResult, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
    query: str,
) -> Response[BulkResult | Error]:
    """Stops or starts sending SMS messages.

     Stops (or restarts) every matching message that has not been sent yet; messages already sent are
    left alone and not counted.

    Args:
        query (str): A search over SMS messages: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `sender`, `receiver`, `text`, `state`, `parts`, `encoding`, `cost`,
            `currency`, `country`, `operator`, `campaign_id`, `error_code`, `created_at`,
            `send_after`, `sent_at`, `done_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: state==DELIVERED.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        query=query,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
    query: str,
) -> BulkResult:
    """Stops or starts sending SMS messages.

     Stops (or restarts) every matching message that has not been sent yet; messages already sent are
    left alone and not counted.

    Args:
        query (str): A search over SMS messages: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `sender`, `receiver`, `text`, `state`, `parts`, `encoding`, `cost`,
            `currency`, `country`, `operator`, `campaign_id`, `error_code`, `created_at`,
            `send_after`, `sent_at`, `done_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: state==DELIVERED.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
            query=query,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
    query: str,
) -> Response[BulkResult | Error]:
    """Stops or starts sending SMS messages.

     Stops (or restarts) every matching message that has not been sent yet; messages already sent are
    left alone and not counted.

    Args:
        query (str): A search over SMS messages: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `sender`, `receiver`, `text`, `state`, `parts`, `encoding`, `cost`,
            `currency`, `country`, `operator`, `campaign_id`, `error_code`, `created_at`,
            `send_after`, `sent_at`, `done_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: state==DELIVERED.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        query=query,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsUpdate,
    query: str,
) -> BulkResult:
    """Stops or starts sending SMS messages.

     Stops (or restarts) every matching message that has not been sent yet; messages already sent are
    left alone and not counted.

    Args:
        query (str): A search over SMS messages: conditions `field op value` joined by `and` or
            `or` (`and` binds tighter; no parentheses), separated by spaces, tabs or line breaks.
            Fields: `id`, `sender`, `receiver`, `text`, `state`, `parts`, `encoding`, `cost`,
            `currency`, `country`, `operator`, `campaign_id`, `error_code`, `created_at`,
            `send_after`, `sent_at`, `done_at`.
            Operators: `==`, `!=`, `<`, `<=`, `>`, `>=` and `=~` (contains, ignoring
            case). A value is a bare word or is quoted with `'` or `"`; numbers
            compare as numbers, times as RFC 3339 text. An empty expression matches
            everything.
             Example: state==DELIVERED.
        body (SmsUpdate): Stop (`true`) or restart (`false`) sending. Example: {'stopped': True}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
            query=query,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkResult:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
