"""A user of smsc_client, written against the client generated from the committed spec (see tyntec.py)."""

from smsc_client import Client
from smsc_client.api.account import get_balance
from smsc_client.api.messages import send_message
from smsc_client.models import Charset, Cost, Fmt, Translit


def text(value: str) -> None:
    assert isinstance(value, str), value


def main(client: Client) -> None:
    text(send_message.sync(client=client, phones="+79031234567", mes="Hello"))
    for fmt in (Fmt.TEXT, Fmt.NUMBERS, Fmt.XML, Fmt.JSON):
        for cost in (Cost.SEND, Cost.PRICE_ONLY, Cost.SEND_WITH_COST, Cost.SEND_WITH_COST_AND_BALANCE):
            reply = send_message.sync(
                client=client,
                phones="+79031234567",
                mes="Hello",
                sender="ACME",
                fmt=fmt,
                cost=cost,
                translit=Translit.LATIN,
                charset=Charset.UTF_8,
                id=7,
                time="+60",
            )
            text(reply)
    for translit in (Translit.NONE, Translit.LATIN, Translit.LOOKALIKE):
        text(send_message.sync(client=client, phones="+79031234567", mes="Hello", translit=translit))
    for charset in (Charset.UTF_8, Charset.KOI8_R, Charset.WINDOWS_1251):
        text(get_balance.sync(client=client, charset=charset, cur=1, fmt=Fmt.JSON))
    text(get_balance.sync(client=client))
