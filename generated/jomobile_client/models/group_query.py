from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupQuery")


@_attrs_define
class GroupQuery:
    """
    Attributes:
        id_group (int | Unset): One group's id; 0 or absent for every group.
        limit (int | Unset): At most this many groups.
        offset (int | Unset): The page to show, 0 the first; a page holds `limit` groups.
    """

    id_group: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupQuery)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id_group = d.pop("id_group", UNSET)
            if not isinstance(id_group, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_group", "int", src_dict) from None

        try:
            limit = d.pop("limit", UNSET)
            if not isinstance(limit, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("limit") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("limit", "int", src_dict) from None

        try:
            offset = d.pop("offset", UNSET)
            if not isinstance(offset, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("offset") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("offset", "int", src_dict) from None

        group_query = cls(
            id_group=id_group,
            limit=limit,
            offset=offset,
        )

        group_query.additional_properties = d
        return group_query

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
