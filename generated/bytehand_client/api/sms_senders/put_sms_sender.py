from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_sender import SmsSender
from ...models.sms_sender_input import SmsSenderInput
from ...types import Response


def _get_kwargs(
    *,
    body: SmsSenderInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/sms/senders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> SmsSender:
    response_200 = SmsSender.from_dict(response.json())

    return response_200


def _parse_201(response: httpx.Response) -> SmsSender:
    response_201 = SmsSender.from_dict(response.json())

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SmsSender | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "SmsSender")
    if response.status_code == 201:
        return errors.read(client, response, _parse_201, "SmsSender")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "Error")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Error")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Error")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "SmsSender")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsSender]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Error | SmsSender]) -> SmsSender:
    if 200 <= response.status_code <= 299:
        return cast(SmsSender, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSenderInput,
) -> Response[Error | SmsSender]:
    """Creates or changes the signature of an SMS sender.

     A signature is identified by its text (`sender`): a new one is
    created (201) and is `PENDING` until BYTEHAND approves it (one hour),
    an existing one gets the new description (200). Messages can only be
    sent with `APPROVED` signatures.

    Args:
        body (SmsSenderInput):  Example: {'sender': 'MyShop', 'description': 'Order notifications
            of the MyShop online store'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsSender]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSenderInput,
) -> SmsSender:
    """Creates or changes the signature of an SMS sender.

     A signature is identified by its text (`sender`): a new one is
    created (201) and is `PENDING` until BYTEHAND approves it (one hour),
    an existing one gets the new description (200). Messages can only be
    sent with `APPROVED` signatures.

    Args:
        body (SmsSenderInput):  Example: {'sender': 'MyShop', 'description': 'Order notifications
            of the MyShop online store'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSender: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: SmsSenderInput,
) -> Response[Error | SmsSender]:
    """Creates or changes the signature of an SMS sender.

     A signature is identified by its text (`sender`): a new one is
    created (201) and is `PENDING` until BYTEHAND approves it (one hour),
    an existing one gets the new description (200). Messages can only be
    sent with `APPROVED` signatures.

    Args:
        body (SmsSenderInput):  Example: {'sender': 'MyShop', 'description': 'Order notifications
            of the MyShop online store'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SmsSender]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsSenderInput,
) -> SmsSender:
    """Creates or changes the signature of an SMS sender.

     A signature is identified by its text (`sender`): a new one is
    created (201) and is `PENDING` until BYTEHAND approves it (one hour),
    an existing one gets the new description (200). Messages can only be
    sent with `APPROVED` signatures.

    Args:
        body (SmsSenderInput):  Example: {'sender': 'MyShop', 'description': 'Order notifications
            of the MyShop online store'}.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsSender: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsSender:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
