from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors

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
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (AddedSender)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            sender = d.pop("sender")
            if not isinstance(sender, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "int", src_dict) from None

        added_sender = cls(
            sender=sender,
        )

        return added_sender
