from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.fmt import Fmt
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SendersForm")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SendersForm:
    """The senders.php parameters as a form; the credentials travel as fields too.

    Attributes:
        get (int | None):
        add (int | None):
        chg (int | None):
        del_ (int | None):
        send_code (int | None):
        check_code (int | None):
        all_ (int | None):
        operators (int | None):
        sender (str | None): A sender name of up to 11 Latin letters, digits, spaces, dots, dashes and underscores, or a
            phone number. Example: ACME.
        id (int | None): A sender name's id.
        cmt (str | None): A comment on a sender name.
        code (str | None): The confirmation code a phone number received.
        login (str | None): The account's login; goes with `psw`.
        psw (str | None): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | None): An API key, used instead of `login` and `psw`.
        fmt (Fmt | None): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | None):
    """

    get: int | None
    add: int | None
    chg: int | None
    del_: int | None
    send_code: int | None
    check_code: int | None
    all_: int | None
    operators: int | None
    sender: str | None
    id: int | None
    cmt: str | None
    code: str | None
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
        get: int | None = NOT_GIVEN,
        add: int | None = NOT_GIVEN,
        chg: int | None = NOT_GIVEN,
        del_: int | None = NOT_GIVEN,
        send_code: int | None = NOT_GIVEN,
        check_code: int | None = NOT_GIVEN,
        all_: int | None = NOT_GIVEN,
        operators: int | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cmt: str | None = NOT_GIVEN,
        code: str | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.get = None if get is NOT_GIVEN else get
        self.add = None if add is NOT_GIVEN else add
        self.chg = None if chg is NOT_GIVEN else chg
        self.del_ = None if del_ is NOT_GIVEN else del_
        self.send_code = None if send_code is NOT_GIVEN else send_code
        self.check_code = None if check_code is NOT_GIVEN else check_code
        self.all_ = None if all_ is NOT_GIVEN else all_
        self.operators = None if operators is NOT_GIVEN else operators
        self.sender = None if sender is NOT_GIVEN else sender
        self.id = None if id is NOT_GIVEN else id
        self.cmt = None if cmt is NOT_GIVEN else cmt
        self.code = None if code is NOT_GIVEN else code
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
            "get",
            "add",
            "chg",
            "del_",
            "send_code",
            "check_code",
            "all_",
            "operators",
            "sender",
            "id",
            "cmt",
            "code",
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
        _get: int | Unset = UNSET if self.get is None else self.get
        get = _get

        _add: int | Unset = UNSET if self.add is None else self.add
        add = _add

        _chg: int | Unset = UNSET if self.chg is None else self.chg
        chg = _chg

        _del_: int | Unset = UNSET if self.del_ is None else self.del_
        del_ = _del_

        _send_code: int | Unset = UNSET if self.send_code is None else self.send_code
        send_code = _send_code

        _check_code: int | Unset = UNSET if self.check_code is None else self.check_code
        check_code = _check_code

        _all_: int | Unset = UNSET if self.all_ is None else self.all_
        all_ = _all_

        _operators: int | Unset = UNSET if self.operators is None else self.operators
        operators = _operators

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _id: int | Unset = UNSET if self.id is None else self.id
        id = _id

        _cmt: str | Unset = UNSET if self.cmt is None else self.cmt
        cmt = _cmt

        _code: str | Unset = UNSET if self.code is None else self.code
        code = _code

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
