from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.fmt import Fmt
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="BalanceForm")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class BalanceForm:
    """The balance.php parameters as a form; the credentials travel as fields too.

    Attributes:
        cur (int | None):
        login (str | None): The account's login; goes with `psw`.
        psw (str | None): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | None): An API key, used instead of `login` and `psw`.
        fmt (Fmt | None): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | None):
    """

    cur: int | None
    login: str | None
    psw: str | None
    apikey: str | None
    fmt: Fmt | None
    charset: Charset | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        cur: int | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.cur = None if cur is NOT_GIVEN else cur
        self.login = None if login is NOT_GIVEN else login
        self.psw = None if psw is NOT_GIVEN else psw
        self.apikey = None if apikey is NOT_GIVEN else apikey
        self.fmt = None if fmt is NOT_GIVEN else fmt
        self.charset = None if charset is NOT_GIVEN else charset
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "cur",
            "login",
            "psw",
            "apikey",
            "fmt",
            "charset",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _cur: int | Unset = UNSET if self.cur is None else self.cur
        cur = _cur

        _login: str | Unset = UNSET if self.login is None else self.login
        login = _login

        _psw: str | Unset = UNSET if self.psw is None else self.psw
        psw = _psw

        _apikey: str | Unset = UNSET if self.apikey is None else self.apikey
        apikey = _apikey

        _fmt: Fmt | Unset = UNSET if self.fmt is None else self.fmt
        fmt: int | Unset = UNSET
        if not isinstance(_fmt, Unset):
            fmt = _fmt.value

        _charset: Charset | Unset = UNSET if self.charset is None else self.charset
        charset: str | Unset = UNSET
        if not isinstance(_charset, Unset):
            charset = _charset.value

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            cur=cur,
            login=login,
            psw=psw,
            apikey=apikey,
            fmt=fmt,
            charset=charset,
        )

        _built_model.additional_properties = d
        return _built_model

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
