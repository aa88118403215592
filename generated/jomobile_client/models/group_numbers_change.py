from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupNumbersChange")


@_attrs_define
class GroupNumbersChange:
    """
    Attributes:
        id_group (int):
        added (int | Unset):
        updated (int | Unset):
        deleted (int | Unset):
    """

    id_group: int
    added: int | Unset = UNSET
    updated: int | Unset = UNSET
    deleted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        added = self.added

        updated = self.updated

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_group": id_group,
            }
        )
        if added is not UNSET:
            field_dict["added"] = added
        if updated is not UNSET:
            field_dict["updated"] = updated
        if deleted is not UNSET:
            field_dict["deleted"] = deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupNumbersChange)", _errors.describe(src_dict)
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
            added = d.pop("added", UNSET)
            if not isinstance(added, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("added") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("added", "int", src_dict) from None

        try:
            updated = d.pop("updated", UNSET)
            if not isinstance(updated, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("updated") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("updated", "int", src_dict) from None

        try:
            deleted = d.pop("deleted", UNSET)
            if not isinstance(deleted, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("deleted") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("deleted", "int", src_dict) from None

        group_numbers_change = cls(
            id_group=id_group,
            added=added,
            updated=updated,
            deleted=deleted,
        )

        group_numbers_change.additional_properties = d
        return group_numbers_change

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
