from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.status_form import StatusForm
from ...types import Response


def _get_kwargs(
    *,
    body: StatusForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/status.php",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    headers.setdefault("Accept", "text/plain, application/xml, application/json")
    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> str:
    response_200 = response.text
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "str")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "str")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[str]) -> str:
    if 200 <= response.status_code <= 299:
        return cast(str, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StatusForm,
) -> Response[str]:
    """Delivery status of a sent message (POST)

     The delivery status of the message `id` sent to `phone`, the moment
    it last changed (Unix seconds) and the delivery error code (0 when
    there is none).

    Several messages at once: `id` and `phone` as comma-separated lists
    of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
    a single `phone` goes with every `id`, a single `id` with every `phone`);
    a trailing comma is allowed and makes a list even of one
    (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
    request order, each carrying its `id` and `phone`. `all=1` adds
    when the message was sent, its cost and its sender name; `all=2`
    also the recipient's country, operator and region.

    Message status codes: -1 waiting to be sent, 0 handed to the
    operator, 1 delivered, 20 impossible to deliver.

    Errors of status.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 3 | message not found |
    | 4 | IP address temporarily blocked |
    | 9 | too many concurrent requests |

    Args:
        body (StatusForm): The status.php parameters as a form; the credentials travel as fields
            too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StatusForm,
) -> str:
    """Delivery status of a sent message (POST)

     The delivery status of the message `id` sent to `phone`, the moment
    it last changed (Unix seconds) and the delivery error code (0 when
    there is none).

    Several messages at once: `id` and `phone` as comma-separated lists
    of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
    a single `phone` goes with every `id`, a single `id` with every `phone`);
    a trailing comma is allowed and makes a list even of one
    (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
    request order, each carrying its `id` and `phone`. `all=1` adds
    when the message was sent, its cost and its sender name; `all=2`
    also the recipient's country, operator and region.

    Message status codes: -1 waiting to be sent, 0 handed to the
    operator, 1 delivered, 20 impossible to deliver.

    Errors of status.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 3 | message not found |
    | 4 | IP address temporarily blocked |
    | 9 | too many concurrent requests |

    Args:
        body (StatusForm): The status.php parameters as a form; the credentials travel as fields
            too.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: StatusForm,
) -> Response[str]:
    """Delivery status of a sent message (POST)

     The delivery status of the message `id` sent to `phone`, the moment
    it last changed (Unix seconds) and the delivery error code (0 when
    there is none).

    Several messages at once: `id` and `phone` as comma-separated lists
    of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
    a single `phone` goes with every `id`, a single `id` with every `phone`);
    a trailing comma is allowed and makes a list even of one
    (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
    request order, each carrying its `id` and `phone`. `all=1` adds
    when the message was sent, its cost and its sender name; `all=2`
    also the recipient's country, operator and region.

    Message status codes: -1 waiting to be sent, 0 handed to the
    operator, 1 delivered, 20 impossible to deliver.

    Errors of status.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 3 | message not found |
    | 4 | IP address temporarily blocked |
    | 9 | too many concurrent requests |

    Args:
        body (StatusForm): The status.php parameters as a form; the credentials travel as fields
            too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StatusForm,
) -> str:
    """Delivery status of a sent message (POST)

     The delivery status of the message `id` sent to `phone`, the moment
    it last changed (Unix seconds) and the delivery error code (0 when
    there is none).

    Several messages at once: `id` and `phone` as comma-separated lists
    of the same length, read in pairs (`id=5,6&phone=79991234567,79991234568`;
    a single `phone` goes with every `id`, a single `id` with every `phone`);
    a trailing comma is allowed and makes a list even of one
    (`id=5,&phone=79991234567,`). A list answers one entry per pair, in
    request order, each carrying its `id` and `phone`. `all=1` adds
    when the message was sent, its cost and its sender name; `all=2`
    also the recipient's country, operator and region.

    Message status codes: -1 waiting to be sent, 0 handed to the
    operator, 1 delivered, 20 impossible to deliver.

    Errors of status.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password |
    | 3 | message not found |
    | 4 | IP address temporarily blocked |
    | 9 | too many concurrent requests |

    Args:
        body (StatusForm): The status.php parameters as a form; the credentials travel as fields
            too.

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
