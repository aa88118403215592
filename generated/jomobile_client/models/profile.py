from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        id (int): The customer's id.
        login (str):
        name (str):
        phone (str):
        email (str):
        balance (float): What is left to spend, in `currency`.
        currency (str):  Example: EUR.
        skype (None | str | Unset):
        company_name (None | str | Unset):
    """

    id: int
    login: str
    name: str
    phone: str
    email: str
    balance: float
    currency: str
    skype: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        login = self.login

        name = self.name

        phone = self.phone

        email = self.email

        balance = self.balance

        currency = self.currency

        skype: None | str | Unset
        if isinstance(self.skype, Unset):
            skype = UNSET
        else:
            skype = self.skype

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "login": login,
                "name": name,
                "phone": phone,
                "email": email,
                "balance": balance,
                "currency": currency,
            }
        )
        if skype is not UNSET:
            field_dict["skype"] = skype
        if company_name is not UNSET:
            field_dict["company_name"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        login = d.pop("login")

        name = d.pop("name")

        phone = d.pop("phone")

        email = d.pop("email")

        balance = d.pop("balance")

        currency = d.pop("currency")

        def _parse_skype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skype = _parse_skype(d.pop("skype", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        profile = cls(
            id=id,
            login=login,
            name=name,
            phone=phone,
            email=email,
            balance=balance,
            currency=currency,
            skype=skype,
            company_name=company_name,
        )

        profile.additional_properties = d
        return profile

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
