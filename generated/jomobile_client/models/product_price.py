from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_price_product import ProductPriceProduct

T = TypeVar("T", bound="ProductPrice")


@_attrs_define
class ProductPrice:
    """
    Attributes:
        product (ProductPriceProduct):
        country (str):
        iso (str):
        mcc (int):
        mnc (int):
        operator (str):
        price (float):
        currency (str):
    """

    product: ProductPriceProduct
    country: str
    iso: str
    mcc: int
    mnc: int
    operator: str
    price: float
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.value

        country = self.country

        iso = self.iso

        mcc = self.mcc

        mnc = self.mnc

        operator = self.operator

        price = self.price

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "country": country,
                "ISO": iso,
                "MCC": mcc,
                "MNC": mnc,
                "operator": operator,
                "price": price,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product = ProductPriceProduct(d.pop("product"))

        country = d.pop("country")

        iso = d.pop("ISO")

        mcc = d.pop("MCC")

        mnc = d.pop("MNC")

        operator = d.pop("operator")

        price = d.pop("price")

        currency = d.pop("currency")

        product_price = cls(
            product=product,
            country=country,
            iso=iso,
            mcc=mcc,
            mnc=mnc,
            operator=operator,
            price=price,
            currency=currency,
        )

        product_price.additional_properties = d
        return product_price

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
