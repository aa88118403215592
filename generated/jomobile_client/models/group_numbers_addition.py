from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_contact import GroupContact


T = TypeVar("T", bound="GroupNumbersAddition")


@_attrs_define
class GroupNumbersAddition:
    """
    Attributes:
        id_group (int): The group's id.
        numbers (list[GroupContact]): The contacts to add; an empty list adds nothing.
    """

    id_group: int
    numbers: list[GroupContact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item = numbers_item_data.to_dict()
            numbers.append(numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_group": id_group,
                "numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_contact import GroupContact

        d = dict(src_dict)
        id_group = d.pop("id_group")

        numbers = []
        _numbers = d.pop("numbers")
        for numbers_item_data in _numbers:
            numbers_item = GroupContact.from_dict(numbers_item_data)

            numbers.append(numbers_item)

        group_numbers_addition = cls(
            id_group=id_group,
            numbers=numbers,
        )

        group_numbers_addition.additional_properties = d
        return group_numbers_addition

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
