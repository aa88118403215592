from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.charset import Charset
from ..models.cost import Cost
from ..models.fmt import Fmt
from ..models.translit import Translit
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SendForm")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SendForm:
    """The send.php parameters as a form; the credentials travel as fields too.

    Attributes:
        phones (str): One or more phone numbers separated by `,` or `;` (a trailing separator is allowed), up to 1000
            (see the send.php decision). Example: 79991234567.
        mes (str): The message text, up to 1000 characters, in `charset`.
        sender (str | None): A sender name of up to 11 Latin letters, digits, spaces, dots, dashes and underscores, or a
            phone number. Example: ACME.
        id (int | None): Your own message id; 0 means "none, assign one".
        cost (Cost | None): 0 sends; 1 only prices the message; 2 sends and adds the cost to the reply; 3 also adds the
            new balance.
        time (str | None): When to send, Moscow time: `DDMMYYhhmm` or `DD.MM.YY hh:mm`; `0`
            followed by a Unix timestamp; or `+` followed by minutes from now.
            A time in the past sends at once.
        translit (Translit | None): 0 sends the text as written; 1 transliterates Cyrillic into Latin letters; 2 writes
            Cyrillic with look-alike Latin letters and digits.
        login (str | None): The account's login; goes with `psw`.
        psw (str | None): The account's password, or the lowercase hex MD5 hash of it.
        apikey (str | None): An API key, used instead of `login` and `psw`.
        fmt (Fmt | None): 0 text, 1 comma-separated values, 2 XML, 3 JSON.
        charset (Charset | None):
    """

    phones: str
    mes: str
    sender: str | None
    id: int | None
    cost: Cost | None
    time: str | None
    translit: Translit | None
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
        phones: str,
        mes: str,
        sender: str | None = NOT_GIVEN,
        id: int | None = NOT_GIVEN,
        cost: Cost | None = NOT_GIVEN,
        time: str | None = NOT_GIVEN,
        translit: Translit | None = NOT_GIVEN,
        login: str | None = NOT_GIVEN,
        psw: str | None = NOT_GIVEN,
        apikey: str | None = NOT_GIVEN,
        fmt: Fmt | None = NOT_GIVEN,
        charset: Charset | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if phones is NOT_GIVEN:
            raise TypeError("SendForm() needs phones=")
        self.phones = phones
        if mes is NOT_GIVEN:
            raise TypeError("SendForm() needs mes=")
        self.mes = mes
        self.sender = None if sender is NOT_GIVEN else sender
        self.id = None if id is NOT_GIVEN else id
        self.cost = None if cost is NOT_GIVEN else cost
        self.time = None if time is NOT_GIVEN else time
        self.translit = None if translit is NOT_GIVEN else translit
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
        present: tuple[str, ...] = (
            "phones",
            "mes",
        )
        optional: tuple[str, ...] = (
            "sender",
            "id",
            "cost",
            "time",
            "translit",
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
        phones = self.phones

        mes = self.mes

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _id: int | Unset = UNSET if self.id is None else self.id
        id = _id

        _cost: Cost | Unset = UNSET if self.cost is None else self.cost
        cost: int | Unset = UNSET
        if not isinstance(_cost, Unset):
            cost = _cost.value

        _time: str | Unset = UNSET if self.time is None else self.time
        time = _time

        _translit: Translit | Unset = UNSET if self.translit is None else self.translit
        translit: int | Unset = UNSET
        if not isinstance(_translit, Unset):
            translit = _translit.value

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
