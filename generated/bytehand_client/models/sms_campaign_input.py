from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        name = d.pop("name")

        text = d.pop("text")

        contact_list_id = d.pop("contact_list_id")

        sender = d.pop("sender", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        _send_after = d.pop("send_after", UNSET)
        send_after: datetime.datetime | Unset
        if isinstance(_send_after, Unset):
            send_after = UNSET
        else:
            send_after = datetime.datetime.fromisoformat(_send_after)

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
