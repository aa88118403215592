from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddedSender")


@_attrs_define
class AddedSender:
    """The id of a newly added sender name, in fmt 3.

    Attributes:
        sender (int):
    """

    sender: int

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sender": sender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender = d.pop("sender")

        added_sender = cls(
            sender=sender,
        )

        return added_sender
