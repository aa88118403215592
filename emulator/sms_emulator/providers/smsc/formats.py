"""SMSC replies in the four formats ``fmt`` chooses, encoded in the ``charset`` the request asked for.

    fmt 0  text     key = value pairs (send.php: ``OK - 1 SMS, ID - 5``), one list entry per line
    fmt 1  numbers  bare values joined by commas, one list entry per line
    fmt 2  XML      a <result> (or <list>, <sender>) element
    fmt 3  JSON     an object (or a list), every non-ASCII character escaped

The shapes of senders.php and of the errors are SMSC's documented ones; those
of send.php, status.php and balance.php follow the same conventions (see the
spec's decisions).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final
from xml.sax.saxutils import escape, quoteattr

from connexion.lifecycle import ConnexionResponse

TEXT, NUMBERS, XML, JSON = 0, 1, 2, 3
CHARSETS: Final = ("windows-1251", "utf-8", "koi8-r")
DEFAULT_CHARSET: Final = "windows-1251"

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
"""The operators in the order of the documented fmt 0 and fmt 2 replies."""

JSON_OPERATORS: Final = (
    "mega_step",
    "mega_int",
    "bee_step",
    "motiv",
    "motiv_step",
    "motiv_int",
    "sber_step",
    "sber_int",
    "winmob_step",
    "volnamob_step",
    "mts_step",
    "mts_int",
    "tele2_step",
    "tele2",
    "tele2_int",
    "ua_reg",
    "ua_int",
    "by_reg",
    "by_int",
)
"""The same operators in the order of the documented fmt 3 reply."""

_MEDIA_TYPES: Final = {TEXT: "text/plain", NUMBERS: "text/plain", XML: "application/xml", JSON: "application/json"}


@dataclass(frozen=True)
class Format:
    """How a request wants its reply: ``fmt`` and ``charset``, read leniently (an unusable value gets the default)."""

    fmt: int = TEXT
    charset: str = DEFAULT_CHARSET

    @classmethod
    def of(cls, fields: Mapping[str, str]) -> Format:
        fmt = fields.get("fmt", "").strip()
        charset = fields.get("charset", "").strip().lower()
        return cls(
            int(fmt) if fmt in ("0", "1", "2", "3") else TEXT, charset if charset in CHARSETS else DEFAULT_CHARSET
        )

    def reply(self, text: str) -> ConnexionResponse:
        """``text`` as an HTTP 200 reply in this format's media type, encoded in this charset.

        A ConnexionResponse, because connexion would reject a media type with a charset parameter.
        """
        media_type = f"{_MEDIA_TYPES[self.fmt]}; charset={self.charset}"
        return ConnexionResponse(
            status_code=200,
            body=text.encode(self.charset, errors="replace"),
            content_type=media_type,
            mimetype=_MEDIA_TYPES[self.fmt],
            headers={"Content-Type": media_type},
        )


def money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def error(fmt: int, code: int, description: str, message_id: int | None = None) -> str:
    if fmt == TEXT:
        return f"ERROR = {code} ({description})" + (f", ID - {message_id}" if message_id is not None else "")
    if fmt == NUMBERS:
        return f"{message_id or 0},-{code}"
    if fmt == XML:
        extra = f"<id>{message_id}</id>\n" if message_id is not None else ""
        return f"<result>\n<error>{escape(description)}</error>\n<error_code>{code}</error_code>\n{extra}</result>"
    body: dict[str, Any] = {"error": description, "error_code": code}
    if message_id is not None:
        body["id"] = message_id
    return _json(body)


def send_result(fmt: int, *, cnt: int, id: int | None, cost: Decimal | None, balance: Decimal | None) -> str:
    """A send.php reply; ``id`` is None when only pricing (cost=1)."""
    if fmt == TEXT:
        if id is None:
            return f"COST - {money(cost or Decimal(0))}, CNT - {cnt}"
        text = f"OK - {cnt} SMS, ID - {id}"
        text += f", COST - {money(cost)}" if cost is not None else ""
        return text + (f", BALANCE - {money(balance)}" if balance is not None else "")
    if fmt == NUMBERS:
        if id is None:
            return f"{money(cost or Decimal(0))},{cnt}"
        values = [str(id), str(cnt)] + [money(v) for v in (cost, balance) if v is not None]
        return ",".join(values)
    fields: dict[str, Any] = {} if id is None else {"id": id}
    fields["cnt"] = cnt
    fields.update({name: money(value) for name, value in (("cost", cost), ("balance", balance)) if value is not None})
    return _result(fmt, fields)


def status_reply(fmt: int, entries: Sequence[Mapping[str, Any]], *, listed: bool) -> str:
    """A status.php reply: one entry's fields (``listed=False``), or one line, element or object per entry.

    Every entry starts with ``status``, ``last_timestamp`` and ``err``; the
    ``all`` fields and, in a list, ``id`` and ``phone`` follow in that order,
    which fmt 1 keeps (a client reading three values reads the same thing).
    """
    if not listed:
        (entry,) = entries
        if fmt == NUMBERS:
            return ",".join(str(value) for value in entry.values())
        return _result(fmt, entry)
    if fmt == JSON:
        return _json([dict(entry) for entry in entries])
    if fmt == NUMBERS:
        return "\n".join(",".join(str(value) for value in entry.values()) for entry in entries)
    if fmt == TEXT:
        return "\n".join(_result(fmt, entry) for entry in entries)
    return _list(fmt, [_result(fmt, entry) for entry in entries])


def balance_result(fmt: int, balance: Decimal, currency: str | None = None) -> str:
    fields = {"balance": money(balance)}
    if currency is not None:
        fields["currency"] = currency
    if fmt in (TEXT, NUMBERS):  # "balance.php answers the balance alone", in the default fmt 0 as in fmt 1
        return ",".join(fields.values())
    return _result(fmt, fields)


def added_sender(fmt: int, sender_id: int) -> str:
    if fmt == TEXT:
        return f"ID = {sender_id}"
    if fmt == NUMBERS:
        return str(sender_id)
    if fmt == XML:
        return f"<sender>\n<id>{sender_id}</id>\n</sender>"
    return _json({"sender": sender_id})


def ok(fmt: int) -> str:
    if fmt == XML:
        return "<result>OK</result>"
    if fmt == JSON:
        return _json({"result": "OK"})
    return "OK"


@dataclass(frozen=True)
class SenderView:
    """A sender name as a list shows it."""

    name: str
    id: int
    status: int
    operators: Mapping[str, int]
    substitutes: Mapping[str, str]


def sender_list(fmt: int, senders: Sequence[SenderView], *, with_status: bool, with_operators: bool) -> str:
    if with_operators:
        rows = [_operators_entry(fmt, sender) for sender in senders]
    elif fmt == TEXT:
        rows = [
            f"name = {s.name}" + (f", status = {s.status}" if with_status else "") + f", id = {s.id}" for s in senders
        ]
    elif fmt == NUMBERS:
        rows = [s.name + (f",{s.status}" if with_status else "") + f",{s.id}" for s in senders]
    elif fmt == XML:
        rows = [
            "<sender" + (f' status="{s.status}"' if with_status else "") + f' id="{s.id}">{escape(s.name)}</sender>'
            for s in senders
        ]
    else:
        return _json([{"sender": s.name, **({"status": s.status} if with_status else {}), "id": s.id} for s in senders])
    return _list(fmt, rows)


def _operators_entry(fmt: int, sender: SenderView) -> Any:
    if fmt == NUMBERS:  # no substitutes in fmt 1 (the doc promises them for fmt 0, 2 and 3)
        return ",".join([sender.name, *(str(sender.operators[op]) for op in OPERATORS), str(sender.id)])
    if fmt == JSON:
        entry: dict[str, Any] = {"sender": sender.name}
        for op in JSON_OPERATORS:
            entry[op] = str(sender.operators[op])
            if op in sender.substitutes:
                entry[f"{op}_subst"] = sender.substitutes[op]
        entry["id"] = str(sender.id)
        return entry
    pairs = list(_operator_pairs(sender))
    if fmt == TEXT:
        return ", ".join([f"name = {sender.name}", *(f"{key} = {value}" for key, value in pairs), f"id = {sender.id}"])
    attributes = "".join(f" {key}={quoteattr(value)}" for key, value in pairs)
    return f'<sender{attributes} id="{sender.id}">{escape(sender.name)}</sender>'


def _operator_pairs(sender: SenderView) -> Iterable[tuple[str, str]]:
    for op in OPERATORS:
        yield op, str(sender.operators[op])
        if op in sender.substitutes:
            yield f"{op}_subst", sender.substitutes[op]


def _list(fmt: int, rows: list[Any]) -> str:
    if fmt == JSON:
        return _json(rows)
    if fmt == XML:
        return "<list>\n" + "".join(f"{row}\n" for row in rows) + "</list>"
    return "\n".join(rows)


def _result(fmt: int, fields: Mapping[str, Any]) -> str:
    if fmt == TEXT:
        return ", ".join(f"{name} = {value}" for name, value in fields.items())
    if fmt == XML:
        return (
            "<result>"
            + "".join(f"<{name}>{escape(str(value))}</{name}>" for name, value in fields.items())
            + "</result>"
        )
    return _json(dict(fields))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True)
