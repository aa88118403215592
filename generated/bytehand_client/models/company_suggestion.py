from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanySuggestion")


@_attrs_define
class CompanySuggestion:
    """
    Attributes:
        name (str | Unset):
        inn (str | Unset):
        kpp (str | Unset):
        ogrn (str | Unset):
        address (str | Unset):
    """

    name: str | Unset = UNSET
    inn: str | Unset = UNSET
    kpp: str | Unset = UNSET
    ogrn: str | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        inn = self.inn

        kpp = self.kpp

        ogrn = self.ogrn

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if inn is not UNSET:
            field_dict["inn"] = inn
        if kpp is not UNSET:
            field_dict["kpp"] = kpp
        if ogrn is not UNSET:
            field_dict["ogrn"] = ogrn
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CompanySuggestion)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            inn = d.pop("inn", UNSET)
            if not isinstance(inn, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("inn") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("inn", "str", src_dict) from None

        try:
            kpp = d.pop("kpp", UNSET)
            if not isinstance(kpp, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("kpp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("kpp", "str", src_dict) from None

        try:
            ogrn = d.pop("ogrn", UNSET)
            if not isinstance(ogrn, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ogrn") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ogrn", "str", src_dict) from None

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("address") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("address", "str", src_dict) from None

        company_suggestion = cls(
            name=name,
            inn=inn,
            kpp=kpp,
            ogrn=ogrn,
            address=address,
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
