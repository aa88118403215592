"""sender_names: the resource ``client.sender_names``, and one module per operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, cast, overload

import httpx

from ... import types as _types
from ...models.charset import Charset
from ...models.fmt import Fmt
from ...models.senders_form import SendersForm
from ...types import NOT_GIVEN, UNSET, AsyncPage, RawResponse, SyncPage, Unset
from . import manage_senders as _manage_senders
from . import manage_senders_post as _manage_senders_post

if TYPE_CHECKING:
    from ...client import Client


class SenderNamesResource:
    """``client.sender_names``: every operation of the tag as a method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SenderNamesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return SenderNamesResourceWithRawResponse(self._client)

    def manage_senders(
        self,
        *,
        get: int | None = None,
        add: int | None = None,
        chg: int | None = None,
        del_: int | None = None,
        send_code: int | None = None,
        check_code: int | None = None,
        all_: int | None = None,
        operators: int | None = None,
        sender: str | None = None,
        id: int | None = None,
        cmt: str | None = None,
        code: str | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        """

        response = self._client._send(
            _manage_senders._get_kwargs(
                get=UNSET if get is None else get,
                add=UNSET if add is None else add,
                chg=UNSET if chg is None else chg,
                del_=UNSET if del_ is None else del_,
                send_code=UNSET if send_code is None else send_code,
                check_code=UNSET if check_code is None else check_code,
                all_=UNSET if all_ is None else all_,
                operators=UNSET if operators is None else operators,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cmt=UNSET if cmt is None else cmt,
                code=UNSET if code is None else code,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _manage_senders._result(self._client, response)

    @overload
    def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    def manage_senders_post(
        self,
        *,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
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
        """

        if body is None:
            body = SendersForm(
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
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _manage_senders_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return _manage_senders_post._result(self._client, response)


class SenderNamesResourceWithRawResponse:
    """``client.sender_names.with_raw_response``: the methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def manage_senders(
        self,
        *,
        get: int | None = None,
        add: int | None = None,
        chg: int | None = None,
        del_: int | None = None,
        send_code: int | None = None,
        check_code: int | None = None,
        all_: int | None = None,
        operators: int | None = None,
        sender: str | None = None,
        id: int | None = None,
        cmt: str | None = None,
        code: str | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
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

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = self._client._send(
            _manage_senders._get_kwargs(
                get=UNSET if get is None else get,
                add=UNSET if add is None else add,
                chg=UNSET if chg is None else chg,
                del_=UNSET if del_ is None else del_,
                send_code=UNSET if send_code is None else send_code,
                check_code=UNSET if check_code is None else check_code,
                all_=UNSET if all_ is None else all_,
                operators=UNSET if operators is None else operators,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cmt=UNSET if cmt is None else cmt,
                code=UNSET if code is None else code,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_manage_senders._result, self._client, response)
        )

    @overload
    def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    def manage_senders_post(
        self,
        *,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
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

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SendersForm(
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
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = self._client._send(
            _manage_senders_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_manage_senders_post._result, self._client, response)
        )


class AsyncSenderNamesResource:
    """``client.aio.sender_names``: every operation of the tag as an awaitable method."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSenderNamesResourceWithRawResponse:
        """The same methods, returning the HTTP response (``RawResponse``) with a typed ``.parse()``."""
        return AsyncSenderNamesResourceWithRawResponse(self._client)

    async def manage_senders(
        self,
        *,
        get: int | None = None,
        add: int | None = None,
        chg: int | None = None,
        del_: int | None = None,
        send_code: int | None = None,
        check_code: int | None = None,
        all_: int | None = None,
        operators: int | None = None,
        sender: str | None = None,
        id: int | None = None,
        cmt: str | None = None,
        code: str | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        """

        response = await self._client._asend(
            _manage_senders._get_kwargs(
                get=UNSET if get is None else get,
                add=UNSET if add is None else add,
                chg=UNSET if chg is None else chg,
                del_=UNSET if del_ is None else del_,
                send_code=UNSET if send_code is None else send_code,
                check_code=UNSET if check_code is None else check_code,
                all_=UNSET if all_ is None else all_,
                operators=UNSET if operators is None else operators,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cmt=UNSET if cmt is None else cmt,
                code=UNSET if code is None else code,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return _manage_senders._result(self._client, response)

    @overload
    async def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    @overload
    async def manage_senders_post(
        self,
        *,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str: ...

    async def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
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
        """

        if body is None:
            body = SendersForm(
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
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _manage_senders_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return _manage_senders_post._result(self._client, response)


class AsyncSenderNamesResourceWithRawResponse:
    """``client.aio.sender_names.with_raw_response``: the awaitable methods returning the HTTP response."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    async def manage_senders(
        self,
        *,
        get: int | None = None,
        add: int | None = None,
        chg: int | None = None,
        del_: int | None = None,
        send_code: int | None = None,
        check_code: int | None = None,
        all_: int | None = None,
        operators: int | None = None,
        sender: str | None = None,
        id: int | None = None,
        cmt: str | None = None,
        code: str | None = None,
        fmt: Fmt | None = None,
        charset: Charset | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
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

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        response = await self._client._asend(
            _manage_senders._get_kwargs(
                get=UNSET if get is None else get,
                add=UNSET if add is None else add,
                chg=UNSET if chg is None else chg,
                del_=UNSET if del_ is None else del_,
                send_code=UNSET if send_code is None else send_code,
                check_code=UNSET if check_code is None else check_code,
                all_=UNSET if all_ is None else all_,
                operators=UNSET if operators is None else operators,
                sender=UNSET if sender is None else sender,
                id=UNSET if id is None else id,
                cmt=UNSET if cmt is None else cmt,
                code=UNSET if code is None else code,
                fmt=UNSET if fmt is None else fmt,
                charset=UNSET if charset is None else charset,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_manage_senders._result, self._client, response)
        )

    @overload
    async def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    @overload
    async def manage_senders_post(
        self,
        *,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]: ...

    async def manage_senders_post(
        self,
        *,
        body: SendersForm | None = None,
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse[str]:
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

        Returns the HTTP response; ``.parse()`` reads it into what the method without ``with_raw_response`` returns.
        """

        if body is None:
            body = SendersForm(
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
                login=login,
                psw=psw,
                apikey=apikey,
                fmt=fmt,
                charset=charset,
            )

        response = await self._client._asend(
            _manage_senders_post._get_kwargs(
                body=UNSET if body is None else body,
            ),
            extra_headers,
        )
        return RawResponse(
            response, partial(_manage_senders_post._result, self._client, response)
        )


__all__ = [
    "AsyncSenderNamesResource",
    "AsyncSenderNamesResourceWithRawResponse",
    "SenderNamesResource",
    "SenderNamesResourceWithRawResponse",
]
