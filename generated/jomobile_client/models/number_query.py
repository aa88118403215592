from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberQuery")


@_attrs_define
class NumberQuery:
    """
    Attributes:
        numbers (bool | list[str] | Unset): Only these numbers; absent or empty, all of them.
    """

    numbers: bool | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numbers: bool | list[str] | Unset
        if isinstance(self.numbers, Unset):
            numbers = UNSET
        elif isinstance(self.numbers, list):
            numbers = self.numbers

        else:
            numbers = self.numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (NumberQuery)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:

            def _parse_numbers(data: object) -> bool | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _numbers_type_0 = data
                    if not isinstance(_numbers_type_0, list):
                        raise TypeError("not a list")
                    numbers_type_0 = cast(list[str], _numbers_type_0)

                    return numbers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | list[str] | Unset, data)

            numbers = _parse_numbers(d.pop("numbers", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("numbers") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "numbers", "bool | list[str]", src_dict
            ) from None

        number_query = cls(
            numbers=numbers,
        )

        number_query.additional_properties = d
        return number_query

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
