from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignInput")


@_attrs_define
class SmsCampaignInput:
    """A campaign to send.

    Example:
        {'name': 'Spring sale', 'text': 'Hello, {name}! Spring sale starts today.', 'contact_list_id': 1}

    Attributes:
        name (str):
        text (str): The text; `{name}`, `{phone}`, `{email}` and `{<property>}` are replaced with each contact's values.
        contact_list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        sender (str | Unset): A sender signature - up to 11 letters, digits, spaces and `._&-` starting with a letter or
            digit, or a phone number. Example: SMS-INFO.
        segment_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        send_after (datetime.datetime | Unset):
    """

    name: str
    text: str
    contact_list_id: int
    sender: str | Unset = UNSET
    segment_id: int | Unset = UNSET
    send_after: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        contact_list_id = self.contact_list_id

        sender = self.sender

        segment_id = self.segment_id

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "text": text,
                "contact_list_id": contact_list_id,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsCampaignInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            text = d.pop("text")
            if not isinstance(text, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            contact_list_id = d.pop("contact_list_id")
            if not isinstance(contact_list_id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contact_list_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contact_list_id", "int", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            segment_id = d.pop("segment_id", UNSET)
            if not isinstance(segment_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("segment_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("segment_id", "int", src_dict) from None

        try:
            _send_after = d.pop("send_after", UNSET)
            send_after: datetime.datetime | Unset
            if isinstance(_send_after, Unset):
                send_after = UNSET
            else:
                send_after = datetime.datetime.fromisoformat(_send_after)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_after") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "send_after", "datetime.datetime", src_dict
            ) from None

        sms_campaign_input = cls(
            name=name,
            text=text,
            contact_list_id=contact_list_id,
            sender=sender,
            segment_id=segment_id,
            send_after=send_after,
        )

        sms_campaign_input.additional_properties = d
        return sms_campaign_input

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
