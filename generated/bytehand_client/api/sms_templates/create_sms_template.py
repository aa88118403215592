from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_template import SmsTemplate
from ...models.sms_template_input import SmsTemplateInput
from ...types import Response


def _get_kwargs(
    *,
    body: SmsTemplateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(response: httpx.Response) -> SmsTemplate:
    response_201 = SmsTemplate.from_dict(response.json())

    return response_201


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
) -> Error | SmsTemplate | None:
    if response.status_code == 201:
        return errors.read(client, response, _parse_201, "SmsTemplate")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_201, "SmsTemplate")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsTemplate]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | SmsTemplate]) -> SmsTemplate:
    if 200 <= response.status_code <= 299:
        return cast(SmsTemplate, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateInput,
) -> Response[Error | SmsTemplate]:
    """Creates an SMS template.

    Args:
        body (SmsTemplateInput):  Example: {'name': 'Order shipped', 'text': 'Your order {order}
            has been shipped.', 'category_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateInput,
) -> SmsTemplate:
    """Creates an SMS template.

    Args:
        body (SmsTemplateInput):  Example: {'name': 'Order shipped', 'text': 'Your order {order}
            has been shipped.', 'category_id': 1}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsTemplate: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateInput,
) -> Response[Error | SmsTemplate]:
    """Creates an SMS template.

    Args:
        body (SmsTemplateInput):  Example: {'name': 'Order shipped', 'text': 'Your order {order}
            has been shipped.', 'category_id': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsTemplateInput,
) -> SmsTemplate:
    """Creates an SMS template.

    Args:
        body (SmsTemplateInput):  Example: {'name': 'Order shipped', 'text': 'Your order {order}
            has been shipped.', 'category_id': 1}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsTemplate: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsTemplate:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
