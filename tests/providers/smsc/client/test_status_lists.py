"""``smsc.parse_status`` and ``parse_statuses`` read single and list replies alike, in every format."""

from __future__ import annotations

from decimal import Decimal

import pytest
from smsc_client import Client
from smsc_client.api.account import get_balance
from smsc_client.api.messages import get_message_status, send_message
from smsc_client.models import Fmt, StatusDetail

from sms_clients import smsc

PHONE, OTHER = "79991234567", "380501234567"


@pytest.mark.parametrize("fmt", list(Fmt))
def test_a_list_reads_one_entry_per_pair_in_every_format(client: Client, fmt: Fmt) -> None:
    first = smsc.parse_send(send_message.sync(client=client, phones=PHONE, mes="a", fmt=fmt) or "", fmt).id
    second = smsc.parse_send(send_message.sync(client=client, phones=OTHER, mes="b", fmt=fmt) or "", fmt).id
    reply = get_message_status.sync(
        client=client, id=f"{first},{second},", phone=f"{PHONE},{OTHER},", all_=StatusDetail.WITH_NETWORK, fmt=fmt
    )
    entries = smsc.parse_statuses(reply or "", fmt)
    assert [(entry.id, entry.phone) for entry in entries] == [(first, PHONE), (second, OTHER)]
    assert [entry.cost for entry in entries] == [Decimal("1.80"), Decimal("3.50")]
    assert [entry.country for entry in entries] == ["Russia", "Ukraine"]
    with pytest.raises(smsc.SmscParseError, match="parse_statuses"):
        smsc.parse_status(reply or "", fmt)


@pytest.mark.parametrize("fmt", list(Fmt))
def test_a_single_reply_and_a_list_of_one_read_the_same(client: Client, fmt: Fmt) -> None:
    sent = smsc.parse_send(send_message.sync(client=client, phones=PHONE, mes="c", fmt=fmt) or "", fmt).id
    single = smsc.parse_status(get_message_status.sync(client=client, id=str(sent), phone=PHONE, fmt=fmt) or "", fmt)
    one = smsc.parse_status(
        get_message_status.sync(client=client, id=f"{sent},", phone=f"{PHONE},", fmt=fmt) or "", fmt
    )
    assert (single.status, single.last_timestamp, single.error) == (one.status, one.last_timestamp, one.error)
    assert (single.id, one.id, one.phone) == (None, sent, PHONE)
    assert smsc.parse_balance(get_balance.sync(client=client, cur=1, fmt=fmt) or "", fmt).currency == "RUB"


def test_fmt_1_lines_are_told_apart_by_their_number_of_values() -> None:
    assert smsc.parse_status("1,1767225600,0", Fmt.NUMBERS).id is None
    (entry,) = smsc.parse_statuses("-3,0,0,1002,79991234568", Fmt.NUMBERS)
    assert (entry.status, entry.id, entry.phone) == (-3, 1002, "79991234568")
    detailed = smsc.parse_status("1,1767225600,0,1767225500,1.80,ACME", Fmt.NUMBERS)
    assert (detailed.cost, detailed.sender) == (Decimal("1.80"), "ACME")
    with pytest.raises(smsc.SmscParseError):
        smsc.parse_status("1,1767225600", Fmt.NUMBERS)
