from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialGeo")


@_attrs_define
class CredentialGeo:
    """Where a credential was created from.

    Attributes:
        credential_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        ip (str):
        country (str | Unset): ISO 3166-1 alpha-2, when known.
        city (str | Unset):
    """

    credential_id: int
    ip: str
    country: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        ip = self.ip

        country = self.country

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
                "ip": ip,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credential_id = d.pop("credential_id")

        ip = d.pop("ip")

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        credential_geo = cls(
            credential_id=credential_id,
            ip=ip,
            country=country,
            city=city,
        )

        credential_geo.additional_properties = d
        return credential_geo

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
