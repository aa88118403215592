from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rest_message_response import RestMessageResponse
from ...types import Response


def _get_kwargs(
    request_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messaging/v1/messages/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(response: httpx.Response) -> RestMessageResponse:
    response_200 = RestMessageResponse.from_dict(response.json())

    return response_200


def _parse_401(response: httpx.Response) -> Problem:
    response_401 = Problem.from_dict(response.json())

    return response_401


def _parse_403(response: httpx.Response) -> Problem:
    response_403 = Problem.from_dict(response.json())

    return response_403


def _parse_404(response: httpx.Response) -> Problem:
    response_404 = Problem.from_dict(response.json())

    return response_404


def _parse_500(response: httpx.Response) -> Problem:
    response_500 = Problem.from_dict(response.json())

    return response_500


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RestMessageResponse | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "RestMessageResponse")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "Problem")
    if response.status_code == 403:
        return errors.read(client, response, _parse_403, "Problem")
    if response.status_code == 404:
        return errors.read(client, response, _parse_404, "Problem")
    if response.status_code == 500:
        return errors.read(client, response, _parse_500, "Problem")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "RestMessageResponse")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RestMessageResponse]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[Problem | RestMessageResponse]) -> RestMessageResponse:
    if 200 <= response.status_code <= 299:
        return cast(RestMessageResponse, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | RestMessageResponse]:
    """Read SMS status

     Returns the status of a sent SMS message. When the send configured a
    callback URL, the same status is also delivered there. The status is
    available for 3 months after a final delivery state is reached.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RestMessageResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RestMessageResponse:
    """Read SMS status

     Returns the status of a sent SMS message. When the send configured a
    callback URL, the same status is also delivered there. The status is
    available for 3 months after a final delivery state is reached.

    Args:
        request_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestMessageResponse: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        sync_detailed(
            request_id=request_id,
            client=client,
        )
    )


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | RestMessageResponse]:
    """Read SMS status

     Returns the status of a sent SMS message. When the send configured a
    callback URL, the same status is also delivered there. The status is
    available for 3 months after a final delivery state is reached.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RestMessageResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RestMessageResponse:
    """Read SMS status

     Returns the status of a sent SMS message. When the send configured a
    callback URL, the same status is also delivered there. The status is
    available for 3 months after a final delivery state is reached.

    Args:
        request_id (str):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestMessageResponse: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            request_id=request_id,
            client=client,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> RestMessageResponse:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
