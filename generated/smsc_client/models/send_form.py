from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.cost import Cost
from ..models.fmt import Fmt
from ..models.translit import Translit
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendForm")


@_attrs_define
class SendForm:
    """The send.php parameters as a form; the credentials travel as fields too.

    Attributes:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is allowed), up to 1000
            (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots, dashes and underscores, or
            a phone number. Example: ACME.
        id (int | Unset): Your own message id; 0 means "none, assign one".
        cost (Cost | Unset): 0 sends; 1 only prices the message; 2 sends and adds the cost to the reply; 3 also adds the
            new balance.
        time (str | Unset): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | Unset): 0 sends the text as written; 1 transliterates Cyrillic into Latin letters; 2 writes
            Cyrillic with look-alike Latin letters and digits.
        login (str | Unset): The account's login; goes with `psw`.
        psw (str | Unset): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | Unset): An API key, used instead of `login` and `psw`.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):
    """

    phones: str
    mes: str
    sender: str | Unset = UNSET
    id: int | Unset = UNSET
    cost: Cost | Unset = UNSET
    time: str | Unset = UNSET
    translit: Translit | Unset = UNSET
    login: str | Unset = UNSET
    psw: str | Unset = UNSET
    apikey: str | Unset = UNSET
    fmt: Fmt | Unset = UNSET
    charset: Charset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phones = self.phones

        mes = self.mes

        sender = self.sender

        id = self.id

        cost: int | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.value

        time = self.time

        translit: int | Unset = UNSET
        if not isinstance(self.translit, Unset):
            translit = self.translit.value

        login = self.login

        psw = self.psw

        apikey = self.apikey

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt.value

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phones": phones,
                "mes": mes,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if id is not UNSET:
            field_dict["id"] = id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if time is not UNSET:
            field_dict["time"] = time
        if translit is not UNSET:
            field_dict["translit"] = translit
        if login is not UNSET:
            field_dict["login"] = login
        if psw is not UNSET:
            field_dict["psw"] = psw
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SendForm)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            phones = d.pop("phones")
            if not isinstance(phones, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phones") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phones", "str", src_dict) from None

        try:
            mes = d.pop("mes")
            if not isinstance(mes, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("mes") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("mes", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            _cost = d.pop("cost", UNSET)
            cost: Cost | Unset
            if isinstance(_cost, Unset):
                cost = UNSET
            else:
                cost = Cost(_cost)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "Cost", src_dict) from None

        try:
            time = d.pop("time", UNSET)
            if not isinstance(time, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("time", "str", src_dict) from None

        try:
            _translit = d.pop("translit", UNSET)
            translit: Translit | Unset
            if isinstance(_translit, Unset):
                translit = UNSET
            else:
                translit = Translit(_translit)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("translit") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("translit", "Translit", src_dict) from None

        try:
            login = d.pop("login", UNSET)
            if not isinstance(login, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("login") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("login", "str", src_dict) from None

        try:
            psw = d.pop("psw", UNSET)
            if not isinstance(psw, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("psw") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("psw", "str", src_dict) from None

        try:
            apikey = d.pop("apikey", UNSET)
            if not isinstance(apikey, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("apikey") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("apikey", "str", src_dict) from None

        try:
            _fmt = d.pop("fmt", UNSET)
            fmt: Fmt | Unset
            if isinstance(_fmt, Unset):
                fmt = UNSET
            else:
                fmt = Fmt(_fmt)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("fmt") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("fmt", "Fmt", src_dict) from None

        try:
            _charset = d.pop("charset", UNSET)
            charset: Charset | Unset
            if isinstance(_charset, Unset):
                charset = UNSET
            else:
                charset = Charset(_charset)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("charset") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("charset", "Charset", src_dict) from None

        send_form = cls(
            phones=phones,
            mes=mes,
            sender=sender,
            id=id,
            cost=cost,
            time=time,
            translit=translit,
            login=login,
            psw=psw,
            apikey=apikey,
            fmt=fmt,
            charset=charset,
        )

        send_form.additional_properties = d
        return send_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
