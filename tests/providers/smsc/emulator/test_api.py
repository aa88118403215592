"""The four scripts through the generated client set up by ``smsc.connect()``, against the emulator."""

from __future__ import annotations

import asyncio
import hashlib
from decimal import Decimal
from typing import Any

import httpx
import pytest
from smsc_client import Client
from smsc_client.api.account import get_balance, get_balance_post
from smsc_client.api.messages import get_message_status, get_message_status_post, send_message, send_message_post
from smsc_client.api.sender_names import manage_senders, manage_senders_post
from smsc_client.models import BalanceForm, Charset, Cost, Fmt, SendersForm, SendForm, StatusForm

from sms_clients import AuthenticationFailed, InvalidRequest, NotFound, PermissionDenied, RateLimited, smsc

from ..conftest import API_KEY, EMPTY_LOGIN, EMPTY_PASSWORD, LOGIN, PASSWORD

PHONE = "79991234567"
FORMATS = [Fmt.TEXT, Fmt.NUMBERS, Fmt.XML, Fmt.JSON]


def send(client: Client, fmt: Fmt = Fmt.JSON, **fields: Any) -> smsc.SendResult:
    fields = {"phones": PHONE, "mes": "Hello", "cost": Cost.SEND_WITH_COST_AND_BALANCE, **fields}
    reply = send_message.sync(client=client, fmt=fmt, **fields)
    assert isinstance(reply, str)
    return smsc.parse_send(reply, fmt)


def senders(client: Client, fmt: Fmt = Fmt.JSON, **flags: Any) -> list[smsc.Sender]:
    reply = manage_senders.sync(client=client, get=1, fmt=fmt, **flags)
    assert isinstance(reply, str)
    return smsc.parse_senders(reply, fmt)


def advance(control: httpx.Client, seconds: float) -> None:
    control.post("/clock", json={"advanceSeconds": seconds}).raise_for_status()


def sent(control: httpx.Client) -> list[dict[str, Any]]:
    return list(control.get("/messages", params={"provider": "smsc"}).json())


# --- send, status, balance in every format ----------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_send_status_and_balance_round_trip_in_every_format(client: Client, control: httpx.Client, fmt: Fmt) -> None:
    result = send(client, fmt, phones=f"{PHONE},380501234567")
    assert result.sms_count == 2
    assert (result.cost, result.balance) == (Decimal("5.30"), Decimal("94.70"))  # 1.80 (+7) + 3.50 (+380)
    assert isinstance(result.id, int)

    status = smsc.parse_status(get_message_status.sync(client=client, id=result.id, phone=PHONE, fmt=fmt) or "", fmt)
    assert status.status in (0, 1)
    advance(control, 5)
    status = smsc.parse_status(get_message_status.sync(client=client, id=result.id, phone=PHONE, fmt=fmt) or "", fmt)
    assert (status.status, status.error) == (1, 0)

    assert smsc.parse_balance(get_balance.sync(client=client, fmt=fmt) or "", fmt).balance == Decimal("94.70")
    assert [(m["to"], m["text"]) for m in sent(control)] == [(PHONE, "Hello"), ("380501234567", "Hello")]


def test_the_post_operations_carry_the_credentials_in_the_form(base_url: str, control: httpx.Client) -> None:
    client = smsc.connect(base_url, api_key=API_KEY)
    body = SendForm(phones=PHONE, mes="via POST", cost=Cost.SEND_WITH_COST, fmt=Fmt.XML)
    result = smsc.parse_send(send_message_post.sync(client=client, body=body) or "", Fmt.XML)
    assert (result.sms_count, result.cost, result.balance) == (1, Decimal("1.80"), None)
    status_reply = get_message_status_post.sync(client=client, body=StatusForm(id=result.id or 0, phone=PHONE))
    assert smsc.parse_status(status_reply or "", Fmt.TEXT).status in (0, 1)
    balance = get_balance_post.sync(client=client, body=BalanceForm(fmt=Fmt.NUMBERS))
    assert smsc.parse_balance(balance or "", Fmt.NUMBERS).balance == Decimal("98.20")
    listed = manage_senders_post.sync(client=client, body=SendersForm(get=1, fmt=Fmt.JSON))
    assert [s.name for s in smsc.parse_senders(listed or "", Fmt.JSON)] == ["SMSC.RU", "ACME"]


def test_pricing_only_sends_nothing(client: Client, control: httpx.Client) -> None:
    priced = send(client, cost=Cost.PRICE_ONLY, mes="x" * 161)  # two parts
    assert priced == smsc.SendResult(None, 2, Decimal("3.60"))
    assert sent(control) == []
    assert smsc.parse_balance(get_balance.sync(client=client, fmt=Fmt.JSON) or "", Fmt.JSON).balance == 100


@pytest.mark.parametrize(
    ("text", "parts"), [("a" * 160, 1), ("a" * 161, 2), ("a" * 306, 2), ("ж" * 70, 1), ("ж" * 71, 2)]
)
def test_parts_follow_the_gsm_limits(client: Client, text: str, parts: int) -> None:
    assert send(client, mes=text).sms_count == parts


@pytest.mark.parametrize("charset", [Charset.WINDOWS_1251, Charset.UTF_8, Charset.KOI8_R])
def test_text_travels_in_the_requested_charset(client: Client, control: httpx.Client, charset: Charset) -> None:
    send(client, mes="Привет, мир", charset=charset)
    assert sent(control)[0]["text"] == "Привет, мир"
    with pytest.raises(smsc.InvalidParameters) as caught:  # the error description comes back in it too
        manage_senders.sync(client=client, fmt=Fmt.TEXT, charset=charset)
    assert caught.value.message.startswith("Ошибка в параметрах")


def test_a_raw_reply_is_encoded_in_the_requested_charset(base_url: str) -> None:
    params = {"login": LOGIN, "psw": PASSWORD, "get": 1, "add": 1, "charset": "koi8-r"}
    reply = httpx.get(f"{base_url}/sys/senders.php", params=params)
    assert reply.headers["content-type"] == "text/plain; charset=koi8-r"
    assert reply.content.decode("koi8-r").startswith("ERROR = 1 (Ошибка в параметрах")


def test_a_scheduled_message_waits(client: Client, control: httpx.Client) -> None:
    result = send(client, time="+60")
    reply = get_message_status.sync(client=client, id=result.id or 0, phone=PHONE, fmt=Fmt.NUMBERS)
    assert smsc.parse_status(reply or "", Fmt.NUMBERS).status == -1
    advance(control, 3600 + 5)
    reply = get_message_status.sync(client=client, id=result.id or 0, phone=PHONE, fmt=Fmt.NUMBERS)
    assert smsc.parse_status(reply or "", Fmt.NUMBERS).status == 1


def test_a_number_ending_in_403_ends_impossible_to_deliver(client: Client, control: httpx.Client) -> None:
    result = send(client, phones="79990000403")
    advance(control, 5)
    status = smsc.parse_status(
        get_message_status.sync(client=client, id=result.id or 0, phone="79990000403", fmt=Fmt.JSON) or "", Fmt.JSON
    )
    assert (status.status, status.error) == (20, 1)


def test_your_own_message_id_is_kept(client: Client) -> None:
    assert send(client, id=777).id == 777
    reply = get_message_status.sync(client=client, id=777, phone=PHONE, fmt=Fmt.TEXT)
    assert smsc.parse_status(reply or "", Fmt.TEXT).status in (0, 1)


# --- errors, through connect(): typed, in every format -------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_wrong_credentials_raise_bad_credentials_in_every_format(base_url: str, fmt: Fmt) -> None:
    client = smsc.connect(base_url, login=LOGIN, password="wrong-password-123")
    with pytest.raises(smsc.BadCredentials) as caught:
        get_balance.sync(client=client, fmt=fmt)
    assert isinstance(caught.value, AuthenticationFailed)
    assert (caught.value.error_code, caught.value.fmt, caught.value.script) == (2, fmt, "balance.php")
    assert "wrong-password-123" not in str(caught.value)


def test_the_password_may_be_its_md5(base_url: str) -> None:
    client = smsc.connect(base_url, login=LOGIN, password="e6d2fb20cfd2c8c6c6cd89a2fc1cbae7")
    with pytest.raises(smsc.BadCredentials):  # not the md5 of demo-password
        get_balance.sync(client=client)
    hashed = hashlib.md5(PASSWORD.encode(), usedforsecurity=False).hexdigest()
    assert get_balance.sync(client=smsc.connect(base_url, login=LOGIN, password=hashed), fmt=Fmt.NUMBERS)
    with pytest.raises(smsc.BadCredentials):  # the doc says lowercase
        get_balance.sync(client=smsc.connect(base_url, login=LOGIN, password=hashed.upper()))


@pytest.mark.parametrize("fmt", FORMATS)
def test_send_errors_carry_the_message_id(client: Client, base_url: str, fmt: Fmt) -> None:
    with pytest.raises(smsc.MessageForbidden) as forbidden:
        send(client, fmt, sender="NOBODY")
    assert isinstance(forbidden.value.message_id, int)
    assert isinstance(forbidden.value, PermissionDenied)
    with pytest.raises(smsc.Undeliverable) as undeliverable:
        send(client, fmt, phones="79990000404", id=55)
    assert undeliverable.value.message_id == 55
    broke = smsc.connect(base_url, login=EMPTY_LOGIN, password=EMPTY_PASSWORD)
    with pytest.raises(smsc.InsufficientFunds) as no_money:
        send(broke, fmt, id=56)
    assert no_money.value.message_id == 56
    with pytest.raises(smsc.InvalidNumber) as bad_number:
        send(client, fmt, phones="12345", id=57)
    assert (bad_number.value.message_id, bad_number.value.error_code) == (57, 7)
    with pytest.raises(smsc.InvalidDate):
        send(client, fmt, time="tomorrow")


def test_an_unknown_message_is_not_found(client: Client) -> None:
    with pytest.raises(smsc.MessageNotFound) as caught:
        get_message_status.sync(client=client, id=424242, phone=PHONE, fmt=Fmt.XML)
    assert isinstance(caught.value, NotFound)


def test_a_missing_parameter_is_invalid_parameters(base_url: str) -> None:
    reply = httpx.get(f"{base_url}/sys/send.php", params={"login": LOGIN, "psw": PASSWORD, "phones": PHONE, "fmt": 3})
    assert reply.status_code == 200  # errors travel in the body
    error = smsc.find_error(reply.content, 3, "send.php")
    assert isinstance(error, smsc.InvalidParameters)
    assert isinstance(error, InvalidRequest)
    assert "mes" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_async_functions_raise_the_same_errors(base_url: str, fmt: Fmt) -> None:
    client = smsc.connect(base_url, api_key="not-a-key")

    async def call() -> None:
        await get_balance.asyncio(client=client, fmt=fmt)

    with pytest.raises(smsc.BadCredentials):
        asyncio.run(call())


def test_transport_errors_stay_http_errors(base_url: str) -> None:
    assert httpx.get(f"{base_url}/sys/info.php").status_code == 404
    wrong_method = httpx.put(f"{base_url}/sys/send.php")
    assert wrong_method.status_code == 405
    assert "GET" in wrong_method.headers["allow"]
    assert "POST" in wrong_method.headers["allow"]


# --- sender names ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_sender_lists_read_the_same_in_every_format(client: Client, fmt: Fmt) -> None:
    assert senders(client, fmt) == senders(client, Fmt.JSON) == [smsc.Sender("SMSC.RU", 1), smsc.Sender("ACME", 2)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_all_1_lists_every_name_with_its_status(client: Client, relaxed: None, fmt: Fmt) -> None:
    assert [(s.name, s.status) for s in senders(client, fmt, all_=1)] == [("SMSC.RU", 1), ("ACME", 1), ("OLDBRAND", 2)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_operators_1_reports_statuses_and_substitutes(client: Client, fmt: Fmt) -> None:
    by_name = {sender.name: sender for sender in senders(client, fmt, operators=1)}
    acme = by_name["ACME"]
    assert acme.operators is not None
    assert len(acme.operators) == 19
    assert (acme.operators["tele2"], acme.operators["mts_step"]) == (3, 2)
    # The doc promises substitutes for fmt 0, 2 and 3 only.
    assert acme.substitutes == ({} if fmt == Fmt.NUMBERS else {"mts_step": "ACME.INFO"})


def test_a_sender_is_added_moderated_changed_and_deleted(client: Client, control: httpx.Client) -> None:
    added = smsc.parse_added_sender(manage_senders.sync(client=client, add=1, sender="NEWNAME", fmt=Fmt.XML) or "", 2)
    listed = {s.name: s for s in senders(client, all_=1)}
    assert (listed["NEWNAME"].id, listed["NEWNAME"].status) == (added.id, 0)
    assert "NEWNAME" not in {s.name for s in senders(client)}

    advance(control, 10 * 60 + 1)
    operators = {s.name: s for s in senders(client, operators=1)}["NEWNAME"].operators
    assert operators is not None
    assert set(operators.values()) == {1}  # sent for registration
    advance(control, 24 * 3600)
    operators = {s.name: s for s in senders(client, operators=1, all_=1)}["NEWNAME"].operators
    assert operators is not None
    assert set(operators.values()) == {2}  # accepted

    ok = manage_senders.sync(client=client, chg=1, id=added.id, sender="RENAMED", fmt=Fmt.JSON)
    assert smsc.parse_ok(ok or "", Fmt.JSON) == smsc.Ok()
    assert {s.name: s.status for s in senders(client, Fmt.TEXT, all_=1)}["RENAMED"] == 0  # moderated again

    assert smsc.parse_ok(manage_senders.sync(client=client, del_=1, id=added.id) or "", Fmt.TEXT) == smsc.Ok()
    with pytest.raises(smsc.SenderNotFound) as caught:
        manage_senders.sync(client=client, del_=1, id=added.id, fmt=Fmt.NUMBERS)
    assert isinstance(caught.value, NotFound)


def test_a_duplicate_name_is_not_saved(client: Client) -> None:
    with pytest.raises(smsc.SenderNotSaved):
        manage_senders.sync(client=client, add=1, sender="acme", fmt=Fmt.JSON)


@pytest.mark.parametrize(
    ("flags", "problem"),
    [({}, "exactly one"), ({"get": 1, "add": 1}, "exactly one"), ({"add": 1}, "add needs sender"), ({"chg": 1}, "id")],
)
def test_commands_need_one_flag_and_their_parameters(client: Client, flags: dict[str, int], problem: str) -> None:
    with pytest.raises(smsc.InvalidParameters) as caught:
        manage_senders.sync(client=client, fmt=Fmt.JSON, **flags)
    assert problem in caught.value.message


def test_a_phone_number_becomes_a_sender_with_a_confirmation_code(client: Client, control: httpx.Client) -> None:
    number = "79161234567"
    assert manage_senders.sync(client=client, send_code=1, sender=number) == "OK"
    (message,) = sent(control)
    assert message["to"] == number
    code = message["text"].rsplit(" ", 1)[-1]

    wrong = "0000" if code != "0000" else "1111"
    with pytest.raises(smsc.WrongCode):
        manage_senders.sync(client=client, check_code=1, sender=number, code=wrong)
    with pytest.raises(smsc.CodeAlreadySent) as again:
        manage_senders.sync(client=client, send_code=1, sender=number, fmt=Fmt.XML)
    assert isinstance(again.value, RateLimited)
    assert again.value.retry_after == 8 * 3600

    assert manage_senders.sync(client=client, check_code=1, sender=number, code=code, fmt=Fmt.NUMBERS) == "OK"
    assert number in {s.name for s in senders(client)}
    assert send(client, sender=number).sms_count == 1

    advance(control, 8 * 3600 + 1)
    assert manage_senders.sync(client=client, send_code=1, sender=number) == "OK"


@pytest.mark.parametrize(("number", "error"), [("ACME", smsc.InvalidNumber), ("79990000404", smsc.Undeliverable)])
def test_a_code_goes_only_to_a_reachable_phone_number(client: Client, number: str, error: type) -> None:
    with pytest.raises(error):
        manage_senders.sync(client=client, send_code=1, sender=number, fmt=Fmt.JSON)
