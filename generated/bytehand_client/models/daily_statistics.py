from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="DailyStatistics")


@_attrs_define
class DailyStatistics:
    """
    Attributes:
        date (datetime.date | Unset):
        messages (int | Unset):
        parts (int | Unset):
        delivered (int | Unset):
        cost (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
    """

    date: datetime.date | Unset = UNSET
    messages: int | Unset = UNSET
    parts: int | Unset = UNSET
    delivered: int | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        messages = self.messages

        parts = self.parts

        delivered = self.delivered

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (DailyStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _date = d.pop("date", UNSET)
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("date", "datetime.date", src_dict) from None

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
            delivered = d.pop("delivered", UNSET)
            if not isinstance(delivered, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("delivered") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("delivered", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "float", src_dict) from None

        daily_statistics = cls(
            date=date,
            messages=messages,
            parts=parts,
            delivered=delivered,
            cost=cost,
        )

        daily_statistics.additional_properties = d
        return daily_statistics

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
