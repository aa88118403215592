from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.fmt import Fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendersForm")


@_attrs_define
class SendersForm:
    """The senders.php parameters as a form; the credentials travel as fields too.

    Attributes:
        get (int | Unset):
        add (int | Unset):
        chg (int | Unset):
        del_ (int | Unset):
        send_code (int | Unset):
        check_code (int | Unset):
        all_ (int | Unset):
        operators (int | Unset):
        sender (str | Unset): A sender name of up to 11 Latin letters, digits, spaces, dots, dashes and underscores, or
            a phone number. Example: ACME.
        id (int | Unset): A sender name's id.
        cmt (str | Unset): A comment on a sender name.
        code (str | Unset): The confirmation code a phone number received.
        login (str | Unset): The account's login; goes with `psw`.
        psw (str | Unset): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | Unset): An API key, used instead of `login` and `psw`.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):
    """

    get: int | Unset = UNSET
    add: int | Unset = UNSET
    chg: int | Unset = UNSET
    del_: int | Unset = UNSET
    send_code: int | Unset = UNSET
    check_code: int | Unset = UNSET
    all_: int | Unset = UNSET
    operators: int | Unset = UNSET
    sender: str | Unset = UNSET
    id: int | Unset = UNSET
    cmt: str | Unset = UNSET
    code: str | Unset = UNSET
    login: str | Unset = UNSET
    psw: str | Unset = UNSET
    apikey: str | Unset = UNSET
    fmt: Fmt | Unset = UNSET
    charset: Charset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get = self.get

        add = self.add

        chg = self.chg

        del_ = self.del_

        send_code = self.send_code

        check_code = self.check_code

        all_ = self.all_

        operators = self.operators

        sender = self.sender

        id = self.id

        cmt = self.cmt

        code = self.code

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
        field_dict.update({})
        if get is not UNSET:
            field_dict["get"] = get
        if add is not UNSET:
            field_dict["add"] = add
        if chg is not UNSET:
            field_dict["chg"] = chg
        if del_ is not UNSET:
            field_dict["del"] = del_
        if send_code is not UNSET:
            field_dict["send_code"] = send_code
        if check_code is not UNSET:
            field_dict["check_code"] = check_code
        if all_ is not UNSET:
            field_dict["all"] = all_
        if operators is not UNSET:
            field_dict["operators"] = operators
        if sender is not UNSET:
            field_dict["sender"] = sender
        if id is not UNSET:
            field_dict["id"] = id
        if cmt is not UNSET:
            field_dict["cmt"] = cmt
        if code is not UNSET:
            field_dict["code"] = code
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
                [], "an object (SendersForm)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            get = d.pop("get", UNSET)
            if not isinstance(get, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("get") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("get", "int", src_dict) from None

        try:
            add = d.pop("add", UNSET)
            if not isinstance(add, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("add") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("add", "int", src_dict) from None

        try:
            chg = d.pop("chg", UNSET)
            if not isinstance(chg, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("chg") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("chg", "int", src_dict) from None

        try:
            del_ = d.pop("del", UNSET)
            if not isinstance(del_, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("del") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("del", "int", src_dict) from None

        try:
            send_code = d.pop("send_code", UNSET)
            if not isinstance(send_code, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("send_code", "int", src_dict) from None

        try:
            check_code = d.pop("check_code", UNSET)
            if not isinstance(check_code, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("check_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("check_code", "int", src_dict) from None

        try:
            all_ = d.pop("all", UNSET)
            if not isinstance(all_, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("all") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("all", "int", src_dict) from None

        try:
            operators = d.pop("operators", UNSET)
            if not isinstance(operators, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("operators") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("operators", "int", src_dict) from None

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
            cmt = d.pop("cmt", UNSET)
            if not isinstance(cmt, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cmt") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cmt", "str", src_dict) from None

        try:
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("code", "str", src_dict) from None

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

        senders_form = cls(
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

        senders_form.additional_properties = d
        return senders_form

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
