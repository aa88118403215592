"""The fmt-coded reply parser on its own: every error shape, every documented code of every script.

The expectations are written out from SMSC's documentation (the shapes, and
the per-script meaning of each code), not taken from the parser's own tables.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from sms_clients import (
    ApiError,
    AuthenticationFailed,
    Conflict,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    RateLimited,
    UnexpectedResponse,
    smsc,
)


def text_error(code: int, description: str, message_id: int | None = None) -> str:
    return f"ERROR = {code} ({description})" + (f", ID - {message_id}" if message_id else "")


def numbers_error(code: int, description: str, message_id: int | None = None) -> str:
    return f"{message_id or 0},-{code}"


def xml_error(code: int, description: str, message_id: int | None = None) -> str:
    extra = f"<id>{message_id}</id>\n" if message_id else ""
    return f"<result>\n<error>{description}</error>\n<error_code>{code}</error_code>\n{extra}</result>"


def json_error(code: int, description: str, message_id: int | None = None) -> str:
    extra = f',\n"id": {message_id}' if message_id else ""
    return f'{{\n"error": "{description}",\n"error_code": {code}{extra}\n}}'


SHAPES = {0: text_error, 1: numbers_error, 2: xml_error, 3: json_error}

# (script, code, SMSC class, shared class, meaning) - from the per-script error tables.
DOCUMENTED = [
    ("send.php", 1, smsc.InvalidParameters, InvalidRequest, "error in the parameters"),
    ("send.php", 2, smsc.BadCredentials, AuthenticationFailed, "wrong login or password"),
    ("send.php", 3, smsc.InsufficientFunds, PermissionDenied, "not enough money"),
    ("send.php", 4, smsc.IpBlocked, PermissionDenied, "IP address temporarily blocked"),
    ("send.php", 5, smsc.InvalidDate, InvalidRequest, "wrong date format"),
    ("send.php", 6, smsc.MessageForbidden, PermissionDenied, "message forbidden by its text or sender name"),
    ("send.php", 7, smsc.InvalidNumber, InvalidRequest, "wrong phone number format"),
    ("send.php", 8, smsc.Undeliverable, InvalidRequest, "the message cannot be delivered"),
    ("send.php", 9, smsc.TooManyRequests, RateLimited, "duplicate or too frequent requests"),
    ("status.php", 1, smsc.InvalidParameters, InvalidRequest, "error in the parameters"),
    ("status.php", 2, smsc.BadCredentials, AuthenticationFailed, "wrong login or password"),
    ("status.php", 3, smsc.MessageNotFound, NotFound, "message not found"),
    ("status.php", 4, smsc.IpBlocked, PermissionDenied, "IP address temporarily blocked"),
    ("status.php", 9, smsc.TooManyRequests, RateLimited, "too many concurrent requests"),
    ("balance.php", 1, smsc.InvalidParameters, InvalidRequest, "error in the parameters"),
    ("balance.php", 2, smsc.BadCredentials, AuthenticationFailed, "wrong login or password"),
    ("balance.php", 4, smsc.IpBlocked, PermissionDenied, "IP address temporarily blocked"),
    ("balance.php", 9, smsc.TooManyRequests, RateLimited, "more than ten balance requests a minute"),
    ("senders.php", 1, smsc.InvalidParameters, InvalidRequest, "error in the parameters"),
    ("senders.php", 2, smsc.BadCredentials, AuthenticationFailed, "wrong login or password"),
    ("senders.php", 3, smsc.SenderNotFound, NotFound, "sender name not found"),
    ("senders.php", 4, smsc.IpBlocked, PermissionDenied, "IP address temporarily blocked"),
    ("senders.php", 5, smsc.SenderNotSaved, Conflict, "error saving or deleting the sender name"),
    ("senders.php", 7, smsc.InvalidNumber, InvalidRequest, "wrong number format"),
    ("senders.php", 8, smsc.Undeliverable, InvalidRequest, "the confirmation code cannot be delivered"),
    ("senders.php", 9, smsc.TooManyRequests, RateLimited, "too many requests"),
    (
        "senders.php",
        10,
        smsc.CodeAlreadySent,
        RateLimited,
        "a code was already sent to the number; retry after 8 hours",
    ),
    ("senders.php", 11, smsc.WrongCode, InvalidRequest, "wrong confirmation code"),
]


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
@pytest.mark.parametrize(("script", "code", "cls", "shared", "meaning"), DOCUMENTED)
def test_every_documented_code_in_every_shape(
    script: str, code: int, cls: type, shared: type, meaning: str, fmt: int
) -> None:
    body = SHAPES[fmt](code, "описание")
    with pytest.raises(smsc.SmscError) as caught:
        smsc.parse_reply(body, fmt, script)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, shared)
    assert isinstance(error, ApiError)
    assert (error.error_code, error.code, error.script, error.fmt, error.body) == (code, str(code), script, fmt, body)
    assert error.meaning == meaning
    assert error.message == ("описание" if fmt != 1 else meaning)  # fmt 1 carries no description
    assert error.message_id is None
    assert (error.provider, error.status) == ("smsc", 200)
    assert f"error {code}" in str(error)


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
@pytest.mark.parametrize("code", [3, 6, 7, 8])
def test_send_errors_carry_the_message_id(code: int, fmt: int) -> None:
    body = SHAPES[fmt](code, "описание", 12345)
    error = smsc.find_error(body, fmt, "send.php")
    assert error is not None
    assert (error.error_code, error.message_id) == (code, 12345)
    assert "message id 12345" in str(error)


def test_the_docs_own_examples_read_as_written() -> None:
    assert smsc.find_error("ERROR = 2 (описание)", 0, "send").error_code == 2  # type: ignore[union-attr]
    assert smsc.find_error("0,-2", 1, "send").error_code == 2  # type: ignore[union-attr]
    xml = "<result>\n<error>описание</error>\n<error_code>2</error_code>\n</result>"
    assert smsc.find_error(xml, 2, "send").error_code == 2  # type: ignore[union-attr]
    assert smsc.find_error('{\n"error": "описание",\n"error_code": 2\n}', 3, "send").error_code == 2  # type: ignore[union-attr]
    assert smsc.find_error("ERROR = 7 (invalid number), ID - 5", 0, "send.php").message_id == 5  # type: ignore[union-attr]
    assert smsc.find_error("5,-7", 1, "send.php").message_id == 5  # type: ignore[union-attr]


def test_the_same_number_means_different_things_per_script() -> None:
    assert isinstance(smsc.find_error("0,-3", 1, "send.php"), smsc.InsufficientFunds)
    assert isinstance(smsc.find_error("0,-3", 1, "senders.php"), smsc.SenderNotFound)
    assert isinstance(smsc.find_error("0,-3", 1, "status.php"), smsc.MessageNotFound)
    assert isinstance(smsc.find_error("0,-5", 1, "send.php"), smsc.InvalidDate)
    assert isinstance(smsc.find_error("0,-5", 1, "senders.php"), smsc.SenderNotSaved)


@pytest.mark.parametrize(
    ("script", "code"), [("balance.php", 3), ("send.php", 10), ("status.php", 7), ("send.php", 42)]
)
def test_an_undocumented_code_is_an_unknown_error(script: str, code: int) -> None:
    error = smsc.find_error(f"ERROR = {code} (что-то)", 0, script)
    assert isinstance(error, smsc.UnknownError)
    assert isinstance(error, UnexpectedResponse)
    assert error.error_code == code


def test_code_already_sent_says_when_to_retry() -> None:
    error = smsc.find_error("0,-10", 1, "senders.php")
    assert isinstance(error, smsc.CodeAlreadySent)
    assert error.retry_after == 8 * 3600


def test_bytes_are_decoded_in_the_requested_charset() -> None:
    for charset in ("windows-1251", "utf-8", "koi8-r"):
        body = "ERROR = 1 (Ошибка в параметрах)".encode(charset)
        error = smsc.find_error(body, 0, "balance", charset=charset)
        assert error is not None
        assert error.message == "Ошибка в параметрах"
        assert error.body == body


@pytest.mark.parametrize(
    ("body", "fmt", "problem"),
    [
        ("ERROR = x (y)", 0, "ERROR"),
        ("ERROR", 0, "ERROR"),
        ("<result><error>x</error></result>", 2, "<error_code>"),
        ("<result><error_code>nine</error_code></result>", 2, "integer"),
        ('{"error": "x"}', 3, "error_code"),
        ('{"error": "x", "error_code": "nine"}', 3, "integer"),
        ('{"error": "x", "error_code": true}', 3, "integer"),
        (b"\x98\x98", 0, "not valid utf-8"),  # the parsers read the charset connect() asks for
    ],
)
def test_a_broken_error_reply_is_a_parse_error_never_a_success(body: str | bytes, fmt: int, problem: str) -> None:
    with pytest.raises(smsc.SmscParseError) as caught:
        smsc.parse_reply(body, fmt, "balance.php")
    assert problem in str(caught.value)
    assert isinstance(caught.value, UnexpectedResponse)
    assert isinstance(caught.value, ValueError)
    assert caught.value.error_code is None


@pytest.mark.parametrize(
    ("body", "fmt", "script", "command"),
    [
        ("", 1, "send.php", "get"),
        ("hello", 0, "send.php", "get"),
        ("1,2,3,4,5", 1, "send.php", "get"),
        ("<html>oops</html>", 2, "status.php", "get"),
        ("[1, 2]", 3, "balance.php", "get"),
        ('{"balance": "lots"}', 3, "balance.php", "get"),
        ("OK", 0, "senders.php", "get"),
        ("a,b,c,d", 1, "senders.php", "get"),
        ("<list><x/></list>", 2, "senders.php", "get"),
        ("[1]", 3, "senders.php", "get"),
        ("ID = x", 0, "senders.php", "add"),
        ("NOT OK", 1, "senders.php", "del"),
        ("<result><x/></result>", 2, "senders.php", "chg"),
        ("{}", 3, "senders.php", "check_code"),
    ],
)
def test_a_reply_that_fits_no_shape_raises_a_parse_error_quoting_it(
    body: str, fmt: int, script: str, command: str
) -> None:
    with pytest.raises(smsc.SmscParseError) as caught:
        smsc.parse_reply(body, fmt, script, command=command)
    assert repr(body[:20])[1:-1] in str(caught.value)


def test_fmt_and_script_are_checked() -> None:
    with pytest.raises(ValueError, match="fmt must be"):
        smsc.parse_reply("OK", 4, "senders.php")
    with pytest.raises(ValueError, match="unknown SMSC script"):
        smsc.parse_reply("OK", 0, "info.php")
    with pytest.raises(ValueError, match=r"unknown senders\.php command"):
        smsc.parse_reply("OK", 0, "senders.php", command="nope")


# --- successes: the documented shapes of senders.php, the same objects from every fmt -----------

OPERATOR_KEYS = [
    "mega_step", "bee_step", "motiv_step", "sber_step", "winmob_step", "volnamob_step", "mts_step", "tele2_step",
    "tele2", "ua_reg", "ua_int", "mega_int", "motiv_int", "mts_int", "motiv", "by_reg", "by_int", "tele2_int",
    "sber_int",
]  # fmt: skip
STATUSES = dict(zip(OPERATOR_KEYS, [2, 2, 1, 0, 3, 4, 2, 5, 8, 9, 255, 2, 2, 2, 1, 0, 2, 2, 2], strict=True))

LISTS = {
    "all=0": (
        {
            0: "name = ACME, id = 1\nname = SMSC.RU, id = 2\n",
            1: "ACME,1\nSMSC.RU,2",
            2: '<list>\n<sender id="1">ACME</sender>\n<sender id="2">SMSC.RU</sender>\n</list>',
            3: '[{\n"sender": "ACME",\n"id": 1\n},\n{\n"sender": "SMSC.RU",\n"id": 2\n}]',
        },
        [smsc.Sender("ACME", 1), smsc.Sender("SMSC.RU", 2)],
    ),
    "all=1": (
        {
            0: "name = ACME, status = 1, id = 1\nname = NEW, status = 0, id = 7",
            1: "ACME,1,1\nNEW,0,7\n",
            2: '<list>\n<sender status="1" id="1">ACME</sender>\n<sender status="0" id="7">NEW</sender>\n</list>',
            3: '[{"sender": "ACME", "status": 1, "id": 1}, {"sender": "NEW", "status": 0, "id": 7}]',
        },
        [smsc.Sender("ACME", 1, status=1), smsc.Sender("NEW", 7, status=0)],
    ),
}


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
@pytest.mark.parametrize("kind", sorted(LISTS))
def test_a_sender_list_reads_the_same_from_every_fmt(kind: str, fmt: int) -> None:
    bodies, expected = LISTS[kind]
    assert smsc.parse_senders(bodies[fmt], fmt) == expected


def operators_bodies() -> dict[int, str]:
    text = ", ".join(f"{key} = {value}" for key, value in STATUSES.items())
    attributes = " ".join(f'{key}="{value}"' for key, value in STATUSES.items())
    as_json = {"sender": "ACME", **{key: str(value) for key, value in STATUSES.items()}, "id": "5"}
    return {
        0: f"name = ACME, {text}, id = 5",
        1: "ACME," + ",".join(str(value) for value in STATUSES.values()) + ",5",
        2: f'<list>\n<sender {attributes} id="5">ACME</sender>\n</list>',
        3: json.dumps([as_json]),
    }


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_an_operators_list_reads_the_same_from_every_fmt(fmt: int) -> None:
    (sender,) = smsc.parse_senders(operators_bodies()[fmt], fmt)
    assert sender == smsc.Sender("ACME", 5, operators=STATUSES)
    assert sender.operators is not None
    assert sender.operators["ua_int"] == 255


def test_substitutes_are_read_in_fmt_0_2_and_3() -> None:
    text = "name = ACME, mts_step = 2, mts_step_subst = ACME.INFO, id = 5"
    xml = '<list><sender mts_step="2" mts_step_subst="ACME.INFO" id="5">ACME</sender></list>'
    as_json = '[{"sender": "ACME", "mts_step": "2", "mts_step_subst": "ACME.INFO", "id": "5"}]'
    expected = smsc.Sender("ACME", 5, operators={"mts_step": 2}, substitutes={"mts_step": "ACME.INFO"})
    assert smsc.parse_senders(text, 0) == smsc.parse_senders(xml, 2) == smsc.parse_senders(as_json, 3) == [expected]


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_an_empty_list(fmt: int) -> None:
    assert smsc.parse_senders({0: "", 1: "\n", 2: "<list></list>", 3: "[]"}[fmt], fmt) == []


@pytest.mark.parametrize(
    ("fmt", "body"), [(0, "ID = 17"), (1, "17"), (2, "<sender>\n<id>17</id>\n</sender>"), (3, '{\n"sender": 17\n}')]
)
def test_the_added_sender_id(fmt: int, body: str) -> None:
    assert smsc.parse_added_sender(body, fmt) == smsc.AddedSender(17)
    assert smsc.parse_reply(body, fmt, "senders.php", command="add") == smsc.AddedSender(17)


@pytest.mark.parametrize(
    ("fmt", "body"), [(0, "OK"), (1, "OK"), (2, "<result>OK</result>"), (3, '{\n"result": "OK"\n}')]
)
def test_ok_replies(fmt: int, body: str) -> None:
    for command in ("chg", "del", "send_code", "check_code"):
        assert smsc.parse_reply(body, fmt, "senders.php", command=command) == smsc.Ok()


# --- send.php, status.php, balance.php: fmt 1 as documented, the rest as the spec decides ----------

SENT = {
    0: "OK - 2 SMS, ID - 1001, COST - 3.60, BALANCE - 96.40",
    1: "1001,2,3.60,96.40",
    2: "<result><id>1001</id><cnt>2</cnt><cost>3.60</cost><balance>96.40</balance></result>",
    3: '{"id": 1001, "cnt": 2, "cost": "3.60", "balance": "96.40"}',
}


@pytest.mark.parametrize("fmt", [0, 1, 2, 3])
def test_a_send_with_cost_3_reads_the_same_from_every_fmt(fmt: int) -> None:
    assert smsc.parse_send(SENT[fmt], fmt) == smsc.SendResult(1001, 2, Decimal("3.60"), Decimal("96.40"))


@pytest.mark.parametrize(
    ("fmt", "body", "expected"),
    [
        (1, "1001,1", smsc.SendResult(1001, 1)),
        (1, "1.80,1", smsc.SendResult(None, 1, Decimal("1.80"))),
        (1, "1001,1,1.80", smsc.SendResult(1001, 1, Decimal("1.80"))),
        (0, "OK - 1 SMS, ID - 1001", smsc.SendResult(1001, 1)),
        (0, "COST - 1.80, CNT - 1", smsc.SendResult(None, 1, Decimal("1.80"))),
        (3, '{"cnt": 1, "cost": "1.80"}', smsc.SendResult(None, 1, Decimal("1.80"))),
    ],
)
def test_the_other_cost_modes(fmt: int, body: str, expected: smsc.SendResult) -> None:
    assert smsc.parse_send(body, fmt) == expected


@pytest.mark.parametrize(
    ("body", "cost", "expected"),
    [
        ("2,1", 1, smsc.SendResult(None, 1, Decimal("2"))),  # a whole price is still a price
        ("1.80,1", 1, smsc.SendResult(None, 1, Decimal("1.80"))),
        ("1.80,1", 0, smsc.SendResult(None, 1, Decimal("1.80"))),  # an amount is never an id
        ("1001,1", 0, smsc.SendResult(1001, 1)),
    ],
)
def test_a_price_is_never_read_as_an_id(body: str, cost: int, expected: smsc.SendResult) -> None:
    assert smsc.parse_send(body, 1, cost=cost) == expected
    assert smsc.parse_reply(body, 1, "send.php", cost=cost) == expected


def test_the_parsers_read_bytes_in_the_charset_connect_asks_for() -> None:
    body = '[{"sender": "Ёлка", "id": 1}]'.encode()
    assert smsc.connect("http://127.0.0.1:9", api_key="k") is not None
    assert [sender.name for sender in smsc.parse_senders(body, 3)] == ["Ёлка"]


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (0, "status = 1, last_timestamp = 1767225600, err = 0"),
        (1, "1,1767225600,0"),
        (2, "<result><status>1</status><last_timestamp>1767225600</last_timestamp><err>0</err></result>"),
        (3, '{"status": 1, "last_timestamp": 1767225600, "err": 0}'),
    ],
)
def test_a_status_reads_the_same_from_every_fmt(fmt: int, body: str) -> None:
    status = smsc.parse_status(body, fmt)
    assert status == smsc.MessageStatus(status=1, last_timestamp=1767225600, error=0)
    assert status.changed_at.isoformat() == "2026-01-01T00:00:00+00:00"


@pytest.mark.parametrize(
    ("fmt", "body"),
    [
        (0, "98.20"),  # balance.php answers the balance alone, in the default fmt 0 too
        (0, "balance = 98.20"),
        (1, "98.20"),
        (2, "<result><balance>98.20</balance></result>"),
        (3, '{"balance": "98.20"}'),
    ],
)
def test_a_balance_reads_the_same_from_every_fmt(fmt: int, body: str) -> None:
    assert smsc.parse_balance(body, fmt) == smsc.Balance(Decimal("98.20"))


def test_a_negative_status_is_not_taken_for_an_error() -> None:
    assert smsc.parse_status("-1,1767225600,0", 1).status == -1
