from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.senders_form import SendersForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SendersForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/senders.php",
    }

    if not isinstance(body, Unset):
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
    body: SendersForm | Unset = UNSET,
) -> Response[str]:
    """List, add, change or delete sender names; confirm a phone number (POST)

     One script, six commands, chosen by setting exactly one flag to 1:

    | flag | what it does | parameters | reply |
    |---|---|---|---|
    | `get` | lists the sender names | `all=1` also lists those not (yet) allowed, with their status;
    `operators=1` gives each name's status at every operator instead | the list |
    | `add` | adds a sender name, which then waits for moderation | `sender` (required), `cmt` | the new
    name's id |
    | `chg` | changes a sender name (a new name waits for moderation again) or its comment | `id`
    (required), `sender`, `cmt` | OK |
    | `del` | deletes a sender name | `id` or `sender` | OK |
    | `send_code` | sends a confirmation code to a phone number you want to use as a sender | `sender`
    (the number) | OK |
    | `check_code` | confirms the number with the code it received; it becomes an allowed sender |
    `sender` (the number), `code` | OK |

    Sender name status: 0 waiting for moderation, 1 allowed, 2 switched
    off. Status of a name at an operator: 0 waiting for registration,
    1 sent for registration, 2 accepted by the operator, 3 refused by the
    operator, 4 temporarily switched off, 5 not enough money, 8 documents
    needed, 9 active from the start of the month, 255 accepted but marked
    for deregistration. Where an operator shows a substitute instead of
    the name, `operators=1` adds it (in fmt 0, 2 and 3).

    Errors of senders.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | sender name not found |
    | 4 | IP address temporarily blocked |
    | 5 | error saving or deleting the sender name |
    | 7 | wrong number format |
    | 8 | the confirmation code cannot be delivered to the number |
    | 9 | more than three identical requests for the list, or more than five requests to add a name,
    within a minute (also: fifteen or more concurrent requests under one login) |
    | 10 | a code was already sent to the number; try again after 8 hours |
    | 11 | wrong confirmation code |

    Args:
        body (SendersForm | Unset): The senders.php parameters as a form; the credentials travel
            as fields too.

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
    body: SendersForm | Unset = UNSET,
) -> str:
    """List, add, change or delete sender names; confirm a phone number (POST)

     One script, six commands, chosen by setting exactly one flag to 1:

    | flag | what it does | parameters | reply |
    |---|---|---|---|
    | `get` | lists the sender names | `all=1` also lists those not (yet) allowed, with their status;
    `operators=1` gives each name's status at every operator instead | the list |
    | `add` | adds a sender name, which then waits for moderation | `sender` (required), `cmt` | the new
    name's id |
    | `chg` | changes a sender name (a new name waits for moderation again) or its comment | `id`
    (required), `sender`, `cmt` | OK |
    | `del` | deletes a sender name | `id` or `sender` | OK |
    | `send_code` | sends a confirmation code to a phone number you want to use as a sender | `sender`
    (the number) | OK |
    | `check_code` | confirms the number with the code it received; it becomes an allowed sender |
    `sender` (the number), `code` | OK |

    Sender name status: 0 waiting for moderation, 1 allowed, 2 switched
    off. Status of a name at an operator: 0 waiting for registration,
    1 sent for registration, 2 accepted by the operator, 3 refused by the
    operator, 4 temporarily switched off, 5 not enough money, 8 documents
    needed, 9 active from the start of the month, 255 accepted but marked
    for deregistration. Where an operator shows a substitute instead of
    the name, `operators=1` adds it (in fmt 0, 2 and 3).

    Errors of senders.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | sender name not found |
    | 4 | IP address temporarily blocked |
    | 5 | error saving or deleting the sender name |
    | 7 | wrong number format |
    | 8 | the confirmation code cannot be delivered to the number |
    | 9 | more than three identical requests for the list, or more than five requests to add a name,
    within a minute (also: fifteen or more concurrent requests under one login) |
    | 10 | a code was already sent to the number; try again after 8 hours |
    | 11 | wrong confirmation code |

    Args:
        body (SendersForm | Unset): The senders.php parameters as a form; the credentials travel
            as fields too.

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
    body: SendersForm | Unset = UNSET,
) -> Response[str]:
    """List, add, change or delete sender names; confirm a phone number (POST)

     One script, six commands, chosen by setting exactly one flag to 1:

    | flag | what it does | parameters | reply |
    |---|---|---|---|
    | `get` | lists the sender names | `all=1` also lists those not (yet) allowed, with their status;
    `operators=1` gives each name's status at every operator instead | the list |
    | `add` | adds a sender name, which then waits for moderation | `sender` (required), `cmt` | the new
    name's id |
    | `chg` | changes a sender name (a new name waits for moderation again) or its comment | `id`
    (required), `sender`, `cmt` | OK |
    | `del` | deletes a sender name | `id` or `sender` | OK |
    | `send_code` | sends a confirmation code to a phone number you want to use as a sender | `sender`
    (the number) | OK |
    | `check_code` | confirms the number with the code it received; it becomes an allowed sender |
    `sender` (the number), `code` | OK |

    Sender name status: 0 waiting for moderation, 1 allowed, 2 switched
    off. Status of a name at an operator: 0 waiting for registration,
    1 sent for registration, 2 accepted by the operator, 3 refused by the
    operator, 4 temporarily switched off, 5 not enough money, 8 documents
    needed, 9 active from the start of the month, 255 accepted but marked
    for deregistration. Where an operator shows a substitute instead of
    the name, `operators=1` adds it (in fmt 0, 2 and 3).

    Errors of senders.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | sender name not found |
    | 4 | IP address temporarily blocked |
    | 5 | error saving or deleting the sender name |
    | 7 | wrong number format |
    | 8 | the confirmation code cannot be delivered to the number |
    | 9 | more than three identical requests for the list, or more than five requests to add a name,
    within a minute (also: fifteen or more concurrent requests under one login) |
    | 10 | a code was already sent to the number; try again after 8 hours |
    | 11 | wrong confirmation code |

    Args:
        body (SendersForm | Unset): The senders.php parameters as a form; the credentials travel
            as fields too.

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
    body: SendersForm | Unset = UNSET,
) -> str:
    """List, add, change or delete sender names; confirm a phone number (POST)

     One script, six commands, chosen by setting exactly one flag to 1:

    | flag | what it does | parameters | reply |
    |---|---|---|---|
    | `get` | lists the sender names | `all=1` also lists those not (yet) allowed, with their status;
    `operators=1` gives each name's status at every operator instead | the list |
    | `add` | adds a sender name, which then waits for moderation | `sender` (required), `cmt` | the new
    name's id |
    | `chg` | changes a sender name (a new name waits for moderation again) or its comment | `id`
    (required), `sender`, `cmt` | OK |
    | `del` | deletes a sender name | `id` or `sender` | OK |
    | `send_code` | sends a confirmation code to a phone number you want to use as a sender | `sender`
    (the number) | OK |
    | `check_code` | confirms the number with the code it received; it becomes an allowed sender |
    `sender` (the number), `code` | OK |

    Sender name status: 0 waiting for moderation, 1 allowed, 2 switched
    off. Status of a name at an operator: 0 waiting for registration,
    1 sent for registration, 2 accepted by the operator, 3 refused by the
    operator, 4 temporarily switched off, 5 not enough money, 8 documents
    needed, 9 active from the start of the month, 255 accepted but marked
    for deregistration. Where an operator shows a substitute instead of
    the name, `operators=1` adds it (in fmt 0, 2 and 3).

    Errors of senders.php:

    | code | meaning |
    |---|---|
    | 1 | error in the parameters |
    | 2 | wrong login or password (also: a request from an IP address outside the account's allowed
    list) |
    | 3 | sender name not found |
    | 4 | IP address temporarily blocked |
    | 5 | error saving or deleting the sender name |
    | 7 | wrong number format |
    | 8 | the confirmation code cannot be delivered to the number |
    | 9 | more than three identical requests for the list, or more than five requests to add a name,
    within a minute (also: fifteen or more concurrent requests under one login) |
    | 10 | a code was already sent to the number; try again after 8 hours |
    | 11 | wrong confirmation code |

    Args:
        body (SendersForm | Unset): The senders.php parameters as a form; the credentials travel
            as fields too.

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
