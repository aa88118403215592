from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        id_group (int):
        name_group (str | Unset):
        time_birth (None | str | Unset):
        originator_birth (None | str | Unset):
        text_birth (None | str | Unset):
        on_birth (bool | Unset):
        numbers_count (int | Unset): How many numbers are in the group.
    """

    id_group: int
    name_group: str | Unset = UNSET
    time_birth: None | str | Unset = UNSET
    originator_birth: None | str | Unset = UNSET
    text_birth: None | str | Unset = UNSET
    on_birth: bool | Unset = UNSET
    numbers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        name_group = self.name_group

        time_birth: None | str | Unset
        if isinstance(self.time_birth, Unset):
            time_birth = UNSET
        else:
            time_birth = self.time_birth

        originator_birth: None | str | Unset
        if isinstance(self.originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = self.originator_birth

        text_birth: None | str | Unset
        if isinstance(self.text_birth, Unset):
            text_birth = UNSET
        else:
            text_birth = self.text_birth

        on_birth = self.on_birth

        numbers_count = self.numbers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_group": id_group,
            }
        )
        if name_group is not UNSET:
            field_dict["name_group"] = name_group
        if time_birth is not UNSET:
            field_dict["time_birth"] = time_birth
        if originator_birth is not UNSET:
            field_dict["originator_birth"] = originator_birth
        if text_birth is not UNSET:
            field_dict["text_birth"] = text_birth
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth
        if numbers_count is not UNSET:
            field_dict["numbers_count"] = numbers_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Group)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id_group = d.pop("id_group")
            if not isinstance(id_group, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_group", "int", src_dict) from None

        try:
            name_group = d.pop("name_group", UNSET)
            if not isinstance(name_group, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name_group", "str", src_dict) from None

        try:

            def _parse_time_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            time_birth = _parse_time_birth(d.pop("time_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "time_birth", "None | str", src_dict
            ) from None

        try:

            def _parse_originator_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originator_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "originator_birth", "None | str", src_dict
            ) from None

        try:

            def _parse_text_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            text_birth = _parse_text_birth(d.pop("text_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "text_birth", "None | str", src_dict
            ) from None

        try:
            on_birth = d.pop("on_birth", UNSET)
            if not isinstance(on_birth, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("on_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("on_birth", "bool", src_dict) from None

        try:
            numbers_count = d.pop("numbers_count", UNSET)
            if not isinstance(numbers_count, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("numbers_count") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("numbers_count", "int", src_dict) from None

        group = cls(
            id_group=id_group,
            name_group=name_group,
            time_birth=time_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            on_birth=on_birth,
            numbers_count=numbers_count,
        )

        group.additional_properties = d
        return group

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
