from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialGeo")


@_attrs_define
class CredentialGeo:
    """Where a credential was created from.

    Attributes:
        credential_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        ip (str | Unset):
        country (str | Unset): ISO 3166-1 alpha-2, when known.
        city (str | Unset):
    """

    credential_id: int | Unset = UNSET
    ip: str | Unset = UNSET
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
        field_dict.update({})
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CredentialGeo)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            credential_id = d.pop("credential_id", UNSET)
            if not isinstance(credential_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("credential_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("credential_id", "int", src_dict) from None

        try:
            ip = d.pop("ip", UNSET)
            if not isinstance(ip, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ip") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ip", "str", src_dict) from None

        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        try:
            city = d.pop("city", UNSET)
            if not isinstance(city, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("city") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("city", "str", src_dict) from None

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
