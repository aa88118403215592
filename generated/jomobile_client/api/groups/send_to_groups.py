from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.group_sending import GroupSending
from ...models.group_sending_reply import GroupSendingReply
from ...types import Response


def _get_kwargs(
    *,
    body: GroupSending,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/send-bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(response: httpx.Response) -> GroupSendingReply:
    response_200 = GroupSendingReply.from_dict(response.json())

    return response_200


def _parse_400(response: httpx.Response) -> ErrorReply:
    response_400 = ErrorReply.from_dict(response.json())

    return response_400


def _parse_401(response: httpx.Response) -> ErrorReply:
    response_401 = ErrorReply.from_dict(response.json())

    return response_401


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | GroupSendingReply | None:
    if response.status_code == 200:
        return errors.read(client, response, _parse_200, "GroupSendingReply")
    if response.status_code == 400:
        return errors.read(client, response, _parse_400, "ErrorReply")
    if response.status_code == 401:
        return errors.read(client, response, _parse_401, "ErrorReply")
    if 200 <= response.status_code <= 299:
        return errors.read(client, response, _parse_200, "GroupSendingReply")
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | GroupSendingReply]:
    return Response(
        status_code=errors.status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ErrorReply | GroupSendingReply]) -> GroupSendingReply:
    if 200 <= response.status_code <= 299:
        return cast(GroupSendingReply, response.parsed)
    raise errors.ErrorStatus(response.status_code, response.content, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSending,
) -> Response[ErrorReply | GroupSendingReply]:
    """Send to groups

     Sends `text` to every number in the groups `id_group` (and to
    `phone`, if given), except numbers that are in a group of
    `id_group_excluded` or on your black list. A number in several groups
    gets the message once. The text's placeholders are filled in per
    number from its contact fields: `#number#`, `#first_name#` (`name`),
    `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
    field by its own name (`#name#`, `#surname#`, `#patronymic#`,
    `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
    contact does not have becomes empty.

    Sending starts on `dateStart` at `timeStart` (absent or past: now)
    and must be done by `timeStop` on the same day (a `timeStop` not
    after `timeStart` ends on the next day); a message that could not be
    delivered by then ends `EXPIRED`. A `dateStart` in the past is read
    as today, so a window copied from an old request (like the
    document's own example) sends today; a window of today that has
    already ended is refused. Delivery is reported for every message of
    a group sending.

    Args:
        body (GroupSending):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GroupSendingReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSending,
) -> GroupSendingReply:
    """Send to groups

     Sends `text` to every number in the groups `id_group` (and to
    `phone`, if given), except numbers that are in a group of
    `id_group_excluded` or on your black list. A number in several groups
    gets the message once. The text's placeholders are filled in per
    number from its contact fields: `#number#`, `#first_name#` (`name`),
    `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
    field by its own name (`#name#`, `#surname#`, `#patronymic#`,
    `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
    contact does not have becomes empty.

    Sending starts on `dateStart` at `timeStart` (absent or past: now)
    and must be done by `timeStop` on the same day (a `timeStop` not
    after `timeStart` ends on the next day); a message that could not be
    delivered by then ends `EXPIRED`. A `dateStart` in the past is read
    as today, so a window copied from an old request (like the
    document's own example) sends today; a window of today that has
    already ended is refused. Delivery is reported for every message of
    a group sending.

    Args:
        body (GroupSending):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupSendingReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
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
    body: GroupSending,
) -> Response[ErrorReply | GroupSendingReply]:
    """Send to groups

     Sends `text` to every number in the groups `id_group` (and to
    `phone`, if given), except numbers that are in a group of
    `id_group_excluded` or on your black list. A number in several groups
    gets the message once. The text's placeholders are filled in per
    number from its contact fields: `#number#`, `#first_name#` (`name`),
    `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
    field by its own name (`#name#`, `#surname#`, `#patronymic#`,
    `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
    contact does not have becomes empty.

    Sending starts on `dateStart` at `timeStart` (absent or past: now)
    and must be done by `timeStop` on the same day (a `timeStop` not
    after `timeStart` ends on the next day); a message that could not be
    delivered by then ends `EXPIRED`. A `dateStart` in the past is read
    as today, so a window copied from an old request (like the
    document's own example) sends today; a window of today that has
    already ended is refused. Delivery is reported for every message of
    a group sending.

    Args:
        body (GroupSending):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GroupSendingReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSending,
) -> GroupSendingReply:
    """Send to groups

     Sends `text` to every number in the groups `id_group` (and to
    `phone`, if given), except numbers that are in a group of
    `id_group_excluded` or on your black list. A number in several groups
    gets the message once. The text's placeholders are filled in per
    number from its contact fields: `#number#`, `#first_name#` (`name`),
    `#last_name#` (`surname`), `#middle_name#` (`patronymic`), and every
    field by its own name (`#name#`, `#surname#`, `#patronymic#`,
    `#date_birth#`, `#male#`, `#note_1#` to `#note_10#`); a field the
    contact does not have becomes empty.

    Sending starts on `dateStart` at `timeStart` (absent or past: now)
    and must be done by `timeStop` on the same day (a `timeStop` not
    after `timeStart` ends on the next day); a message that could not be
    delivered by then ends `EXPIRED`. A `dateStart` in the past is read
    as today, so a window copied from an old request (like the
    document's own example) sends today; a window of today that has
    already ended is refused. Delivery is reported for every message of
    a group sending.

    Args:
        body (GroupSending):

    Raises:
        errors.ErrorStatus: If the server answers an error status (a client layer may raise its own errors first).
        errors.UnexpectedReply: If a reply does not fit where the spec is strict (the class Client.unexpected_reply names).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupSendingReply: any 2xx reply, read by the tolerant-reply rule (see errors.py).
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def _result(
    client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupSendingReply:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
