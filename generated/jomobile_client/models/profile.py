from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Profile")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Profile:
    """
    Attributes:
        id (int): The customer's id.
        login (str | None):
        name (str | None):
        phone (str | None):
        email (str | None):
        skype (None | str):
        company_name (None | str):
        balance (float | None): What is left to spend, in `currency`.
        currency (str | None):  Example: EUR.
    """

    id: int
    login: str | None
    name: str | None
    phone: str | None
    email: str | None
    skype: None | str
    company_name: None | str
    balance: float | None
    currency: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        login: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        skype: None | str = NOT_GIVEN,
        company_name: None | str = NOT_GIVEN,
        balance: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Profile() needs id=")
        self.id = id
        self.login = None if login is NOT_GIVEN else login
        self.name = None if name is NOT_GIVEN else name
        self.phone = None if phone is NOT_GIVEN else phone
        self.email = None if email is NOT_GIVEN else email
        if skype is NOT_GIVEN:
            self.skype = None
        else:
            self.skype = skype
            if skype is None:
                self._nulls = self._nulls | {"skype"}
        if company_name is NOT_GIVEN:
            self.company_name = None
        else:
            self.company_name = company_name
            if company_name is None:
                self._nulls = self._nulls | {"company_name"}
        self.balance = None if balance is NOT_GIVEN else balance
        self.currency = None if currency is NOT_GIVEN else currency
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "login",
            "name",
            "phone",
            "email",
            "skype",
            "company_name",
            "balance",
            "currency",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _login: str | Unset = UNSET if self.login is None else self.login
        login = _login

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _email: str | Unset = UNSET if self.email is None else self.email
        email = _email

        _skype: None | str | Unset = (
            self.skype if self.skype is not None or "skype" in self._nulls else UNSET
        )
        skype: None | str | Unset
        if isinstance(_skype, Unset):
            skype = UNSET
        else:
            skype = _skype

        _company_name: None | str | Unset = (
            self.company_name
            if self.company_name is not None or "company_name" in self._nulls
            else UNSET
        )
        company_name: None | str | Unset
        if isinstance(_company_name, Unset):
            company_name = UNSET
        else:
            company_name = _company_name

        _balance: float | Unset = UNSET if self.balance is None else self.balance
        balance = _balance

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if login is not UNSET:
            field_dict["login"] = login
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if skype is not UNSET:
            field_dict["skype"] = skype
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if balance is not UNSET:
            field_dict["balance"] = balance
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Profile)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            login = d.pop("login", UNSET)
            if not isinstance(login, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("login") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("login", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:

            def _parse_skype(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            skype = _parse_skype(d.pop("skype", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("skype") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("skype", "None | str", src_dict) from None

        try:

            def _parse_company_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_name = _parse_company_name(d.pop("company_name", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("company_name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "company_name", "None | str", src_dict
            ) from None

        try:
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("balance") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("balance", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            login=login,
            name=name,
            phone=phone,
            email=email,
            skype=skype,
            company_name=company_name,
            balance=balance,
            currency=currency,
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
