"""SMSC replies as typed results, whichever ``fmt`` they were requested in.

Every parser takes the reply (bytes or str), the ``fmt`` it was requested
with and, for bytes, the ``charset``. An error reply raises the ``SmscError``
subclass its code means for the script; a reply that fits no documented shape
raises ``SmscParseError`` quoting it. A sender list read from ``fmt=0`` equals
the same list read from ``fmt=3``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

import httpx

from . import _shapes as shapes
from ._errors import SCRIPTS, SmscError, SmscParseError, error_for
from ._shapes import JSON, NUMBERS, TEXT, XML, ShapeError

DEFAULT_CHARSET: Final = "windows-1251"
"""The charset SMSC answers in when a request does not name one."""

CLIENT_CHARSET: Final = "utf-8"
"""The charset ``connect()`` asks for when a call names none, so the parsers read bytes in it by default."""

OPERATORS: Final = (
    "mega_step",
    "bee_step",
    "motiv_step",
    "sber_step",
    "winmob_step",
    "volnamob_step",
    "mts_step",
    "tele2_step",
    "tele2",
    "ua_reg",
    "ua_int",
    "mega_int",
    "motiv_int",
    "mts_int",
    "motiv",
    "by_reg",
    "by_int",
    "tele2_int",
    "sber_int",
)
"""The operators ``operators=1`` reports a sender name's status at, in the order of the fmt 0 and fmt 1 replies."""

SUBSTITUTE_SUFFIX: Final = "_subst"


@dataclass(frozen=True)
class SendResult:
    """What send.php answered: the message id (None when only pricing), SMS count, cost and new balance."""

    id: int | None
    sms_count: int
    cost: Decimal | None = None
    balance: Decimal | None = None


@dataclass(frozen=True)
class MessageStatus:
    """What status.php answered: the status code, when it last changed (Unix seconds) and the delivery error.

    An entry of a list reply also names the ``id`` and ``phone`` it answers
    (status -3: no such message); ``all=1`` adds ``send_timestamp``, ``cost``
    and ``sender``, ``all=2`` also ``country``, ``operator`` and ``region``.
    """

    status: int
    last_timestamp: int
    error: int
    id: int | None = None
    phone: str | None = None
    send_timestamp: int | None = None
    cost: Decimal | None = None
    sender: str | None = None
    country: str | None = None
    operator: str | None = None
    region: str | None = None

    @property
    def changed_at(self) -> datetime:
        return datetime.fromtimestamp(self.last_timestamp, UTC)


@dataclass(frozen=True)
class Balance:
    """What balance.php answered."""

    balance: Decimal
    currency: str | None = None


@dataclass(frozen=True)
class Sender:
    """One entry of a sender name list.

    ``status`` is set in an ``all=1`` list; ``operators`` (the name's status
    at each operator) and ``substitutes`` (the name an operator shows instead)
    in an ``operators=1`` list.
    """

    name: str
    id: int
    status: int | None = None
    operators: Mapping[str, int] | None = None
    substitutes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AddedSender:
    """What senders.php answered to ``add``: the new sender name's id."""

    id: int


@dataclass(frozen=True)
class Ok:
    """The ``OK`` senders.php answers to ``chg``, ``del``, ``send_code`` and ``check_code``."""


ResultT = TypeVar("ResultT")


def script_name(script: str) -> str:
    """``send``, ``send.php`` or ``/sys/send.php`` as ``send.php``; ValueError for anything else."""
    name = script.rstrip("/").rsplit("/", 1)[-1]
    if not name.endswith(".php"):
        name += ".php"
    if name not in SCRIPTS:
        raise ValueError(f"unknown SMSC script {script!r}; expected one of {', '.join(SCRIPTS)}")
    return name


def find_error(
    body: bytes | str,
    fmt: int,
    script: str,
    *,
    charset: str = CLIENT_CHARSET,
    response: httpx.Response | None = None,
) -> SmscError | None:
    """The typed error ``body`` reports, or None if it is not an error reply.

    A body that starts like an error but breaks its shape gives ``SmscParseError``.
    """
    name, fmt = script_name(script), _checked_fmt(fmt)
    try:
        found = shapes.read_error(shapes.decode(body, charset), fmt)
    except ShapeError as exc:
        return _parse_error(exc, body, fmt, name, response)
    if found is None:
        return None
    return error_for(
        script=name,
        error_code=found.code,
        message=found.description,
        fmt=fmt,
        body=body,
        message_id=found.message_id,
        response=response,
    )


def raise_for_error(
    body: bytes | str,
    fmt: int,
    script: str,
    *,
    charset: str = CLIENT_CHARSET,
    response: httpx.Response | None = None,
) -> None:
    """Raise the typed error ``body`` reports; do nothing for a reply that is not an error."""
    error = find_error(body, fmt, script, charset=charset, response=response)
    if error is not None:
        raise error


def parse_send(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET, cost: int = 0) -> SendResult:
    """A send.php reply as a SendResult; ``cost`` is the request's (0 to 3, SMSC's default 0).

    With ``fmt=1`` a two-value reply is ``<id>,<count>`` or, with ``cost=1``,
    ``<cost>,<count>``; ``cost`` says which, so a price is never read as an id.
    """
    if cost == 1:
        return _parse(body, fmt, "send.php", charset, _read_priced)
    return _parse(body, fmt, "send.php", charset, _SEND)


def parse_status(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> MessageStatus:
    """A status.php reply about one message as a MessageStatus: the single reply, or a list of one entry.

    A list of several entries raises SmscParseError; read it with ``parse_statuses``.
    """
    return _parse(body, fmt, "status.php", charset, _STATUS)


def parse_statuses(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> list[MessageStatus]:
    """Any status.php reply as a list: one entry per ``id``/``phone`` pair asked for, in request order."""
    return _parse(body, fmt, "status.php", charset, _STATUSES)


def parse_balance(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> Balance:
    """A balance.php reply as a Balance."""
    return _parse(body, fmt, "balance.php", charset, _BALANCE)


def parse_senders(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> list[Sender]:
    """A senders.php list (``get``, with ``all=0``, ``all=1`` or ``operators=1``) as Sender entries."""
    return _parse(body, fmt, "senders.php", charset, _SENDERS)


def parse_added_sender(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> AddedSender:
    """The senders.php reply to ``add``: the new name's id."""
    return _parse(body, fmt, "senders.php", charset, _ADDED)


def parse_ok(body: bytes | str, fmt: int, *, charset: str = CLIENT_CHARSET) -> Ok:
    """The senders.php ``OK`` reply to ``chg``, ``del``, ``send_code`` or ``check_code``."""
    return _parse(body, fmt, "senders.php", charset, _OK)


SENDER_COMMANDS: Final = ("get", "add", "chg", "del", "send_code", "check_code")

Result = SendResult | MessageStatus | Balance | list[Sender] | AddedSender | Ok


def parse_reply(
    body: bytes | str,
    fmt: int,
    script: str,
    *,
    command: str = "get",
    charset: str = CLIENT_CHARSET,
    cost: int = 0,
) -> Result:
    """Any reply, by the script that produced it (and, for senders.php, the ``command`` it ran).

    Returns the typed result, or raises the typed error the reply reports.
    """
    name = script_name(script)
    if name == "send.php":
        return parse_send(body, fmt, charset=charset, cost=cost)
    if name == "status.php":
        return parse_status(body, fmt, charset=charset)
    if name == "balance.php":
        return parse_balance(body, fmt, charset=charset)
    if command not in SENDER_COMMANDS:
        raise ValueError(f"unknown senders.php command {command!r}; expected one of {', '.join(SENDER_COMMANDS)}")
    if command == "get":
        return parse_senders(body, fmt, charset=charset)
    if command == "add":
        return parse_added_sender(body, fmt, charset=charset)
    return parse_ok(body, fmt, charset=charset)


# --- the machinery ----------------------------------------------------------


Reader = Callable[[str, int], ResultT]


def _parse(body: bytes | str, fmt: int, script: str, charset: str, reader: Reader[ResultT]) -> ResultT:
    fmt = _checked_fmt(fmt)
    try:
        text = shapes.decode(body, charset)
        found = shapes.read_error(text, fmt)
        if found is None:
            return reader(text, fmt)
    except ShapeError as exc:
        raise _parse_error(exc, body, fmt, script, None) from None
    raise error_for(
        script=script,
        error_code=found.code,
        message=found.description,
        fmt=fmt,
        body=body,
        message_id=found.message_id,
    )


def _checked_fmt(fmt: int) -> int:
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt not in shapes.FORMATS:
        raise ValueError(f"fmt must be 0, 1, 2 or 3, got {fmt!r}")
    return int(fmt)


def _parse_error(
    problem: ShapeError, body: bytes | str, fmt: int, script: str, response: httpx.Response | None
) -> SmscParseError:
    quoted = body[:300] if isinstance(body, str | bytes) else body
    return SmscParseError(
        error_code=None,
        message=f"{problem}; the reply was {quoted!r}",
        script=script,
        fmt=fmt,
        body=body,
        meaning="unreadable reply",
        response=response,
    )


# --- send.php -------------------------------------------------------------------


def _read_send(text: str, fmt: int) -> SendResult:
    if fmt == TEXT:
        return _send_from_text(text.strip())
    if fmt == NUMBERS:
        values = text.strip().split(",")
        if len(values) == 2:
            if "." in values[0]:  # an amount is never an id: <cost>,<cnt> (cost=1)
                return _read_priced(text, fmt)
            return SendResult(shapes.integer(values[0], "the id"), shapes.integer(values[1], "the SMS count"))
        if len(values) in (3, 4):
            return SendResult(
                shapes.integer(values[0], "the id"),
                shapes.integer(values[1], "the SMS count"),
                shapes.money(values[2], "the cost"),
                shapes.money(values[3], "the balance") if len(values) == 4 else None,
            )
        raise ShapeError(f"expected 2 to 4 comma-separated values, got {len(values)}")
    if fmt == XML:
        root = _root(text, "result")
        return _send_from_fields({child.tag: (child.text or "").strip() for child in root}, text=True)
    return _send_from_fields(shapes.json_object(text), text=False)


def _read_priced(text: str, fmt: int) -> SendResult:
    """A reply to ``cost=1`` (the price only, nothing sent): fmt 1 is ``<cost>,<cnt>``, the others name their fields."""
    if fmt != NUMBERS:
        return _read_send(text, fmt)
    values = text.strip().split(",")
    if len(values) != 2:
        raise ShapeError(f"expected <cost>,<sms count> for cost=1, got {len(values)} values")
    return SendResult(None, shapes.integer(values[1], "the SMS count"), shapes.money(values[0], "the cost"))


def _send_from_text(line: str) -> SendResult:
    if line.upper().startswith("OK"):
        head, _, rest = line.partition(",")
        words = head.split()
        if len(words) != 4 or words[1] != "-" or words[3].upper() != "SMS":
            raise ShapeError(f"expected `OK - <count> SMS`, got {head!r}")
        fields = shapes.text_pairs(rest, "-") if rest.strip() else {}
        if "id" not in fields:
            raise ShapeError("the reply has no `ID - <id>`")
        return SendResult(
            shapes.integer(fields["id"], "the id"),
            shapes.integer(words[2], "the SMS count"),
            shapes.money(fields["cost"], "the cost") if "cost" in fields else None,
            shapes.money(fields["balance"], "the balance") if "balance" in fields else None,
        )
    fields = shapes.text_pairs(line, "-")
    if not {"cost", "cnt"} <= set(fields):  # a field SMSC adds later is no reason to fail
        raise ShapeError("expected `OK - <count> SMS, ID - <id>` or `COST - <cost>, CNT - <count>`")
    return SendResult(None, shapes.integer(fields["cnt"], "the SMS count"), shapes.money(fields["cost"], "the cost"))


def _send_from_fields(fields: Mapping[str, Any], *, text: bool) -> SendResult:
    number, amount = (shapes.integer, shapes.money) if text else (shapes.json_integer, shapes.json_money)
    if "cnt" not in fields:
        raise ShapeError("the reply has no cnt")
    return SendResult(
        number(fields["id"], "id") if "id" in fields else None,
        number(fields["cnt"], "cnt"),
        amount(fields["cost"], "cost") if "cost" in fields else None,
        amount(fields["balance"], "balance") if "balance" in fields else None,
    )


# --- status.php, balance.php -------------------------------------------------------


_STATUS_VALUES: Final = ("status", "last_timestamp", "err")
_SENDING_VALUES: Final = ("send_timestamp", "cost", "sender")
_NETWORK_VALUES: Final = ("country", "operator", "region")
_ENTRY_VALUES: Final = ("id", "phone")


def _read_status(text: str, fmt: int) -> MessageStatus:
    entries = _read_statuses(text, fmt)
    if len(entries) != 1:
        raise ShapeError(f"a list of {len(entries)} statuses; read it with parse_statuses")
    return entries[0]


def _read_statuses(text: str, fmt: int) -> list[MessageStatus]:
    """A single reply (a list of one) or a list reply, by its shape; fmt 1 lines by their number of values."""
    rows: list[Mapping[str, Any]]
    if fmt == NUMBERS:
        rows = [_status_values(line.split(",")) for line in shapes.lines(text)]
    elif fmt == TEXT:
        rows = [shapes.text_pairs(line) for line in shapes.lines(text)]
    elif fmt == XML:
        root = shapes.xml(text)
        results = list(root) if root.tag == "list" else [root]
        for element in results:
            if element.tag != "result":
                raise ShapeError(f"expected <result> elements, got <{element.tag}>")
        rows = [{child.tag: (child.text or "").strip() for child in element} for element in results]
    else:
        document = shapes.json_document(text)
        rows = document if isinstance(document, list) else [document]
        for row in rows:
            if not isinstance(row, dict):
                raise ShapeError(f"expected each status as a JSON object, got {type(row).__name__}")
    if not rows:
        raise ShapeError("the reply holds no status")
    return [_status(row, json=fmt == JSON) for row in rows]


def _status_values(values: list[str]) -> dict[str, str]:
    """A fmt 1 line: the status values, then those of ``all=1`` and ``all=2``, then (in a list) id and phone."""
    listed = len(values) in (5, 8, 11)
    names = [*_STATUS_VALUES, *_SENDING_VALUES, *_NETWORK_VALUES][: len(values) - (2 if listed else 0)]
    if len(values) not in (3, 5, 6, 8, 9, 11):
        raise ShapeError(f"expected 3, 6 or 9 comma-separated values (5, 8 or 11 in a list), got {len(values)}")
    return dict(zip([*names, *(_ENTRY_VALUES if listed else ())], values, strict=True))


def _status(fields: Mapping[str, Any], *, json: bool) -> MessageStatus:
    number, amount = (shapes.json_integer, shapes.json_money) if json else (shapes.integer, shapes.money)
    for name in _STATUS_VALUES:
        if name not in fields:
            raise ShapeError(f"the status reply has no {name}")

    def word(name: str) -> str | None:
        return None if fields.get(name) is None else str(fields[name])

    return MessageStatus(
        status=number(fields["status"], "status"),
        last_timestamp=number(fields["last_timestamp"], "last_timestamp"),
        error=number(fields["err"], "err"),
        id=number(fields["id"], "id") if "id" in fields else None,
        phone=word("phone"),
        send_timestamp=number(fields["send_timestamp"], "send_timestamp") if "send_timestamp" in fields else None,
        cost=amount(fields["cost"], "cost") if "cost" in fields else None,
        sender=word("sender"),
        country=word("country"),
        operator=word("operator"),
        region=word("region"),
    )


def _read_balance(text: str, fmt: int) -> Balance:
    # SMSC answers the balance alone (with `cur=1`, then its currency) in fmt 0 as in fmt 1;
    # the `balance = <amount>` form reads too.
    if fmt == NUMBERS or (fmt == TEXT and "=" not in text):
        balance, _, currency = text.strip().partition(",")
        return Balance(shapes.money(balance, "the balance"), currency.strip() or None)
    if fmt == TEXT:
        fields: Mapping[str, Any] = shapes.text_pairs(text.strip())
    elif fmt == XML:
        fields = {child.tag: (child.text or "").strip() for child in _root(text, "result")}
    else:
        fields = shapes.json_object(text)
    if "balance" not in fields:
        raise ShapeError("the reply has no balance")
    amount = shapes.json_money if fmt == JSON else shapes.money
    named = fields.get("currency")
    return Balance(amount(fields["balance"], "balance"), None if named is None else str(named))


# --- senders.php ----------------------------------------------------------------


def _read_senders(text: str, fmt: int) -> list[Sender]:
    if fmt == TEXT:
        return [_sender(_renamed(shapes.text_pairs(line)), number=shapes.integer) for line in shapes.lines(text)]
    if fmt == NUMBERS:
        return [_sender_from_values(line.split(",")) for line in shapes.lines(text)]
    if fmt == XML:
        root = _root(text, "list")
        entries = []
        for element in root:
            if element.tag != "sender":
                raise ShapeError(f"<list> holds <{element.tag}>, expected <sender>")
            entries.append(_sender({**element.attrib, "sender": (element.text or "").strip()}, number=shapes.integer))
        return entries
    document = shapes.json_document(text)
    if not isinstance(document, list):
        raise ShapeError(f"expected a JSON list of sender names, got {type(document).__name__}")
    for item in document:
        if not isinstance(item, dict):
            raise ShapeError(f"expected each sender name as a JSON object, got {type(item).__name__}")
    return [_sender(item, number=shapes.json_integer) for item in document]


def _renamed(fields: dict[str, str]) -> dict[str, str]:
    """fmt 0 calls the sender ``name``; the other formats call it ``sender``."""
    if "name" not in fields:
        raise ShapeError("the line has no `name = <sender>`")
    return {("sender" if key == "name" else key): value for key, value in fields.items()}


def _sender(fields: Mapping[str, Any], *, number: Callable[[Any, str], int]) -> Sender:
    if "sender" not in fields or "id" not in fields:
        raise ShapeError("a sender name entry needs its name and id")
    name = fields["sender"]
    if not isinstance(name, str) or not name:
        raise ShapeError(f"the sender name should be a non-empty string, got {name!r}")
    operators = {key: number(fields[key], key) for key in OPERATORS if key in fields}
    substitutes = {}
    for key, value in fields.items():
        if key.endswith(SUBSTITUTE_SUFFIX) and key.removesuffix(SUBSTITUTE_SUFFIX) in OPERATORS:
            if not isinstance(value, str):
                raise ShapeError(f"{key} should be a name, got {value!r}")
            substitutes[key.removesuffix(SUBSTITUTE_SUFFIX)] = value
    return Sender(
        name=name,
        id=number(fields["id"], "id"),
        status=number(fields["status"], "status") if "status" in fields else None,
        operators=operators or None,
        substitutes=substitutes,
    )


def _sender_from_values(values: list[str]) -> Sender:
    if len(values) == 2:
        return Sender(values[0], shapes.integer(values[1], "id"))
    if len(values) == 3:
        return Sender(values[0], shapes.integer(values[2], "id"), status=shapes.integer(values[1], "status"))
    if len(values) == len(OPERATORS) + 2:
        statuses = {key: shapes.integer(value, key) for key, value in zip(OPERATORS, values[1:-1], strict=True)}
        return Sender(values[0], shapes.integer(values[-1], "id"), operators=statuses)
    raise ShapeError(f"expected 2, 3 or {len(OPERATORS) + 2} comma-separated values per line, got {len(values)}")


def _read_added(text: str, fmt: int) -> AddedSender:
    if fmt == NUMBERS:
        return AddedSender(shapes.integer(text.strip(), "the id"))
    if fmt == TEXT:
        fields = shapes.text_pairs(text.strip())
        if set(fields) != {"id"}:
            raise ShapeError("expected `ID = <id>`")
        return AddedSender(shapes.integer(fields["id"], "the id"))
    if fmt == XML:
        return AddedSender(shapes.integer(shapes.child_text(_root(text, "sender"), "id"), "<id>"))
    document = shapes.json_object(text)
    if "sender" not in document:
        raise ShapeError('expected {"sender": <id>}')
    return AddedSender(shapes.json_integer(document["sender"], '"sender"'))


def _read_ok(text: str, fmt: int) -> Ok:
    if fmt in (TEXT, NUMBERS):
        found: Any = text.strip()
    elif fmt == XML:
        root = _root(text, "result")
        if len(root):
            raise ShapeError("expected <result>OK</result>")
        found = (root.text or "").strip()
    else:
        found = shapes.json_object(text).get("result")
    if found != "OK":
        raise ShapeError(f"expected OK, got {found!r}")
    return Ok()


def _root(text: str, tag: str) -> Any:
    root = shapes.xml(text)
    if root.tag != tag:
        raise ShapeError(f"expected a <{tag}> element, got <{root.tag}>")
    return root


_SEND: Reader[SendResult] = _read_send
_STATUS: Reader[MessageStatus] = _read_status
_STATUSES: Reader[list[MessageStatus]] = _read_statuses
_BALANCE: Reader[Balance] = _read_balance
_SENDERS: Reader[list[Sender]] = _read_senders
_ADDED: Reader[AddedSender] = _read_added
_OK: Reader[Ok] = _read_ok
