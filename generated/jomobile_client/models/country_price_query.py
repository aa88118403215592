from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CountryPriceQuery")


@_attrs_define
class CountryPriceQuery:
    """
    Attributes:
        iso (bool | str | Unset):
        mcc (int | Unset): Mobile country code (310 for the US).
    """

    iso: bool | str | Unset = UNSET
    mcc: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iso: bool | str | Unset
        if isinstance(self.iso, Unset):
            iso = UNSET
        else:
            iso = self.iso

        mcc = self.mcc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iso is not UNSET:
            field_dict["ISO"] = iso
        if mcc is not UNSET:
            field_dict["MCC"] = mcc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CountryPriceQuery)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:

            def _parse_iso(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            iso = _parse_iso(d.pop("ISO", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ISO") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ISO", "bool | str", src_dict) from None

        try:
            mcc = d.pop("MCC", UNSET)
            if not isinstance(mcc, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("MCC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("MCC", "int", src_dict) from None

        country_price_query = cls(
            iso=iso,
            mcc=mcc,
        )

        country_price_query.additional_properties = d
        return country_price_query

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
