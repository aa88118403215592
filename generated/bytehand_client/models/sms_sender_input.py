from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsSenderInput")


@_attrs_define
class SmsSenderInput:
    """
    Example:
        {'sender': 'MyShop', 'description': 'Order notifications of the MyShop online store'}

    Attributes:
        sender (str): A sender signature - up to 11 letters, digits, spaces and `._&-` starting with a letter or digit,
            or a phone number. Example: SMS-INFO.
        description (str | Unset): What the signature is for (BYTEHAND's moderators read it).
    """

    sender: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsSenderInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            sender = d.pop("sender")
            if not isinstance(sender, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("description") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("description", "str", src_dict) from None

        sms_sender_input = cls(
            sender=sender,
            description=description,
        )

        sms_sender_input.additional_properties = d
        return sms_sender_input

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
