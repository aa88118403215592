from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanySuggestion")


@_attrs_define
class CompanySuggestion:
    """
    Attributes:
        name (str):
        inn (str):
        ogrn (str):
        address (str):
        kpp (str | Unset):
    """

    name: str
    inn: str
    ogrn: str
    address: str
    kpp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        inn = self.inn

        ogrn = self.ogrn

        address = self.address

        kpp = self.kpp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "inn": inn,
                "ogrn": ogrn,
                "address": address,
            }
        )
        if kpp is not UNSET:
            field_dict["kpp"] = kpp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        inn = d.pop("inn")

        ogrn = d.pop("ogrn")

        address = d.pop("address")

        kpp = d.pop("kpp", UNSET)

        company_suggestion = cls(
            name=name,
            inn=inn,
            ogrn=ogrn,
            address=address,
            kpp=kpp,
        )

        company_suggestion.additional_properties = d
        return company_suggestion

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
