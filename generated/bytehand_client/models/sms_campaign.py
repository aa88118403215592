from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_campaign_state import SmsCampaignState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """A campaign and its progress. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        name (str | Unset):
        sender (str | Unset):
        text (str | Unset):
        state (SmsCampaignState | Unset): NEW (waiting for `send_after`), STOPPED, SENDING (some messages not final yet)
            or FINISHED.
        contact_list_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        messages (int | Unset): How many messages the campaign has.
        parts (int | Unset):
        cost (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
        created_at (datetime.datetime | Unset):
        send_after (datetime.datetime | Unset):
    """

    id: str
    name: str | Unset = UNSET
    sender: str | Unset = UNSET
    text: str | Unset = UNSET
    state: SmsCampaignState | Unset = UNSET
    contact_list_id: int | Unset = UNSET
    segment_id: int | Unset = UNSET
    messages: int | Unset = UNSET
    parts: int | Unset = UNSET
    cost: float | Unset = UNSET
    currency: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    send_after: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        sender = self.sender

        text = self.text

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        contact_list_id = self.contact_list_id

        segment_id = self.segment_id

        messages = self.messages

        parts = self.parts

        cost = self.cost

        currency = self.currency

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if sender is not UNSET:
            field_dict["sender"] = sender
        if text is not UNSET:
            field_dict["text"] = text
        if state is not UNSET:
            field_dict["state"] = state
        if contact_list_id is not UNSET:
            field_dict["contact_list_id"] = contact_list_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsCampaign)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            _state = d.pop("state", UNSET)
            state: SmsCampaignState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = SmsCampaignState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "state", "SmsCampaignState", src_dict
            ) from None

        try:
            contact_list_id = d.pop("contact_list_id", UNSET)
            if not isinstance(contact_list_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contact_list_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contact_list_id", "int", src_dict) from None

        try:
            segment_id = d.pop("segment_id", UNSET)
            if not isinstance(segment_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("segment_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("segment_id", "int", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "created_at", "datetime.datetime", src_dict
            ) from None

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

        sms_campaign = cls(
            id=id,
            name=name,
            sender=sender,
            text=text,
            state=state,
            contact_list_id=contact_list_id,
            segment_id=segment_id,
            messages=messages,
            parts=parts,
            cost=cost,
            currency=currency,
            created_at=created_at,
            send_after=send_after,
        )

        sms_campaign.additional_properties = d
        return sms_campaign

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
