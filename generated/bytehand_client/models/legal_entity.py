from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LegalEntity")


@_attrs_define
class LegalEntity:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str):
        country (str): An ISO 3166-1 alpha-2 country code. Example: RU.
        currency (str):
        vat_percent (float):
    """

    id: int
    name: str
    country: str
    currency: str
    vat_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country = self.country

        currency = self.currency

        vat_percent = self.vat_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "country": country,
                "currency": currency,
                "vat_percent": vat_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        country = d.pop("country")

        currency = d.pop("currency")

        vat_percent = d.pop("vat_percent")

        legal_entity = cls(
            id=id,
            name=name,
            country=country,
            currency=currency,
            vat_percent=vat_percent,
        )

        legal_entity.additional_properties = d
        return legal_entity

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
