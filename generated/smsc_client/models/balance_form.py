from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.fmt import Fmt
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceForm")


@_attrs_define
class BalanceForm:
    """The balance.php parameters as a form; the credentials travel as fields too.

    Attributes:
        cur (int | Unset):
        login (str | Unset): The account's login; goes with `psw`.
        psw (str | Unset): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | Unset): An API key, used instead of `login` and `psw`.
        fmt (Fmt | Unset): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | Unset):
    """

    cur: int | Unset = UNSET
    login: str | Unset = UNSET
    psw: str | Unset = UNSET
    apikey: str | Unset = UNSET
    fmt: Fmt | Unset = UNSET
    charset: Charset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cur = self.cur

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
        if cur is not UNSET:
            field_dict["cur"] = cur
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
                [], "an object (BalanceForm)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            cur = d.pop("cur", UNSET)
            if not isinstance(cur, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cur") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cur", "int", src_dict) from None

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

        balance_form = cls(
            cur=cur,
            login=login,
            psw=psw,
            apikey=apikey,
            fmt=fmt,
            charset=charset,
        )

        balance_form.additional_properties = d
        return balance_form

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
