from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Registration")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Registration:
    """
    Attributes:
        login (str): The new account's login; it must not be taken.
        password (str): The new account's password.
        name (str): The name of the person responsible for the account.
        phone (str): A phone number in international format, digits only (a leading `+` is allowed and dropped).
            Example: 380662185299.
        email (str): The account's e-mail address.
        skype (bool | str | None): The account's Skype name.
        company_name (bool | str | None): The company's name.
    """

    login: str
    password: str
    name: str
    phone: str
    email: str
    skype: bool | str | None
    company_name: bool | str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        login: str,
        password: str,
        name: str,
        phone: str,
        email: str,
        skype: bool | str | None = NOT_GIVEN,
        company_name: bool | str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if login is NOT_GIVEN:
            raise TypeError("Registration() needs login=")
        self.login = login
        if password is NOT_GIVEN:
            raise TypeError("Registration() needs password=")
        self.password = password
        if name is NOT_GIVEN:
            raise TypeError("Registration() needs name=")
        self.name = name
        if phone is NOT_GIVEN:
            raise TypeError("Registration() needs phone=")
        self.phone = phone
        if email is NOT_GIVEN:
            raise TypeError("Registration() needs email=")
        self.email = email
        self.skype = None if skype is NOT_GIVEN else skype
        self.company_name = None if company_name is NOT_GIVEN else company_name
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "login",
            "password",
            "name",
            "phone",
            "email",
        )
        optional: tuple[str, ...] = (
            "skype",
            "company_name",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password = self.password

        name = self.name

        phone = self.phone

        email = self.email

        _skype: bool | str | Unset = UNSET if self.skype is None else self.skype
        skype: bool | str | Unset
        if isinstance(_skype, Unset):
            skype = UNSET
        else:
            skype = _skype

        _company_name: bool | str | Unset = (
            UNSET if self.company_name is None else self.company_name
        )
        company_name: bool | str | Unset
        if isinstance(_company_name, Unset):
            company_name = UNSET
        else:
            company_name = _company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "password": password,
                "name": name,
                "phone": phone,
                "email": email,
            }
        )
        if skype is not UNSET:
            field_dict["skype"] = skype
        if company_name is not UNSET:
            field_dict["company_name"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Registration)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            login = d.pop("login")
            if not isinstance(login, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("login") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("login", "str", src_dict) from None

        try:
            password = d.pop("password")
            if not isinstance(password, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("password") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("password", "str", src_dict) from None

        try:
            name = d.pop("name")
            if not isinstance(name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            phone = d.pop("phone")
            if not isinstance(phone, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            email = d.pop("email")
            if not isinstance(email, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:

            def _parse_skype(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            skype = _parse_skype(d.pop("skype", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("skype") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("skype", "bool | str", src_dict) from None

        try:

            def _parse_company_name(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            company_name = _parse_company_name(d.pop("company_name", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("company_name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "company_name", "bool | str", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            login=login,
            password=password,
            name=name,
            phone=phone,
            email=email,
            skype=skype,
            company_name=company_name,
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
