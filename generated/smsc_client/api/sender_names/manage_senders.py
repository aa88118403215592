from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charset import Charset
from ...models.fmt import Fmt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    get: int | Unset = UNSET,
    add: int | Unset = UNSET,
    chg: int | Unset = UNSET,
    del_: int | Unset = UNSET,
    send_code: int | Unset = UNSET,
    check_code: int | Unset = UNSET,
    all_: int | Unset = UNSET,
    operators: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cmt: str | Unset = UNSET,
    code: str | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["get"] = get

    params["add"] = add

    params["chg"] = chg

    params["del"] = del_

    params["send_code"] = send_code

    params["check_code"] = check_code

    params["all"] = all_

    params["operators"] = operators

    params["sender"] = sender

    params["id"] = id

    params["cmt"] = cmt

    params["code"] = code

    json_fmt: int | Unset = UNSET
    if not isinstance(fmt, Unset):
        json_fmt = fmt.value

    params["fmt"] = json_fmt

    json_charset: str | Unset = UNSET
    if not isinstance(charset, Unset):
        json_charset = charset.value

    params["charset"] = json_charset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sys/senders.php",
        "params": params,
    }

    headers: dict[str, Any] = {}
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
    get: int | Unset = UNSET,
    add: int | Unset = UNSET,
    chg: int | Unset = UNSET,
    del_: int | Unset = UNSET,
    send_code: int | Unset = UNSET,
    check_code: int | Unset = UNSET,
    all_: int | Unset = UNSET,
    operators: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cmt: str | Unset = UNSET,
    code: str | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """List, add, change or delete sender names; confirm a phone number (GET)

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
        get (int | Unset):
        add (int | Unset):
        chg (int | Unset):
        del_ (int | Unset):
        send_code (int | Unset):
        check_code (int | Unset):
        all_ (int | Unset):
        operators (int | Unset):
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): A sender name's id.
        cmt (str | Unset): A comment on a sender name.
        code (str | Unset): The confirmation code a phone number received.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        get=get,
        add=add,
        chg=chg,
        del_=del_,
        send_code=send_code,
        check_code=check_code,
        all_=all_,
        operators=operators,
        sender=sender,
        id=id,
        cmt=cmt,
        code=code,
        fmt=fmt,
        charset=charset,
    )

    response = client._send(kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    get: int | Unset = UNSET,
    add: int | Unset = UNSET,
    chg: int | Unset = UNSET,
    del_: int | Unset = UNSET,
    send_code: int | Unset = UNSET,
    check_code: int | Unset = UNSET,
    all_: int | Unset = UNSET,
    operators: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cmt: str | Unset = UNSET,
    code: str | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> str:
    """List, add, change or delete sender names; confirm a phone number (GET)

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
        get (int | Unset):
        add (int | Unset):
        chg (int | Unset):
        del_ (int | Unset):
        send_code (int | Unset):
        check_code (int | Unset):
        all_ (int | Unset):
        operators (int | Unset):
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): A sender name's id.
        cmt (str | Unset): A comment on a sender name.
        code (str | Unset): The confirmation code a phone number received.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

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
            get=get,
            add=add,
            chg=chg,
            del_=del_,
            send_code=send_code,
            check_code=check_code,
            all_=all_,
            operators=operators,
            sender=sender,
            id=id,
            cmt=cmt,
            code=code,
            fmt=fmt,
            charset=charset,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    get: int | Unset = UNSET,
    add: int | Unset = UNSET,
    chg: int | Unset = UNSET,
    del_: int | Unset = UNSET,
    send_code: int | Unset = UNSET,
    check_code: int | Unset = UNSET,
    all_: int | Unset = UNSET,
    operators: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cmt: str | Unset = UNSET,
    code: str | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> Response[str]:
    """List, add, change or delete sender names; confirm a phone number (GET)

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
        get (int | Unset):
        add (int | Unset):
        chg (int | Unset):
        del_ (int | Unset):
        send_code (int | Unset):
        check_code (int | Unset):
        all_ (int | Unset):
        operators (int | Unset):
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): A sender name's id.
        cmt (str | Unset): A comment on a sender name.
        code (str | Unset): The confirmation code a phone number received.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        get=get,
        add=add,
        chg=chg,
        del_=del_,
        send_code=send_code,
        check_code=check_code,
        all_=all_,
        operators=operators,
        sender=sender,
        id=id,
        cmt=cmt,
        code=code,
        fmt=fmt,
        charset=charset,
    )

    response = await client._asend(kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    get: int | Unset = UNSET,
    add: int | Unset = UNSET,
    chg: int | Unset = UNSET,
    del_: int | Unset = UNSET,
    send_code: int | Unset = UNSET,
    check_code: int | Unset = UNSET,
    all_: int | Unset = UNSET,
    operators: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    id: int | Unset = UNSET,
    cmt: str | Unset = UNSET,
    code: str | Unset = UNSET,
    fmt: Fmt | Unset = UNSET,
    charset: Charset | Unset = UNSET,
) -> str:
    """List, add, change or delete sender names; confirm a phone number (GET)

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
        get (int | Unset):
        add (int | Unset):
        chg (int | Unset):
        del_ (int | Unset):
        send_code (int | Unset):
        check_code (int | Unset):
        all_ (int | Unset):
        operators (int | Unset):
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots,
            dashes and underscores, or a phone number. Example: ACME.
        id (int | Unset): A sender name's id.
        cmt (str | Unset): A comment on a sender name.
        code (str | Unset): The confirmation code a phone number received.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):

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
            get=get,
            add=add,
            chg=chg,
            del_=del_,
            send_code=send_code,
            check_code=check_code,
            all_=all_,
            operators=operators,
            sender=sender,
            id=id,
            cmt=cmt,
            code=code,
            fmt=fmt,
            charset=charset,
        )
    )


def _result(client: AuthenticatedClient | Client, response: httpx.Response) -> str:
    """What ``sync()`` returns, read from a response (errors raise)."""
    return _success(_build_response(client=client, response=response))
