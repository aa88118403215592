from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CountryPrice")


@_attrs_define
class CountryPrice:
    """
    Attributes:
        country (str):
        iso (str):
        mcc (int):
        price (float):
        currency (str):
    """

    country: str
    iso: str
    mcc: int
    price: float
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        iso = self.iso

        mcc = self.mcc

        price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "ISO": iso,
                "MCC": mcc,
                "price": price,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country")

        iso = d.pop("ISO")

        mcc = d.pop("MCC")

        price = d.pop("price")

        currency = d.pop("currency")

        country_price = cls(
            country=country,
            iso=iso,
            mcc=mcc,
            price=price,
            currency=currency,
        )

        country_price.additional_properties = d
        return country_price

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
