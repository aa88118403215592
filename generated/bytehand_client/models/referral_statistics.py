from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralStatistics")


@_attrs_define
class ReferralStatistics:
    """
    Attributes:
        referral_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        messages (int | Unset):
        parts (int | Unset):
        spent (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        reward (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
    """

    referral_id: int | Unset = UNSET
    messages: int | Unset = UNSET
    parts: int | Unset = UNSET
    spent: float | Unset = UNSET
    reward: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_id = self.referral_id

        messages = self.messages

        parts = self.parts

        spent = self.spent

        reward = self.reward

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_id is not UNSET:
            field_dict["referral_id"] = referral_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if spent is not UNSET:
            field_dict["spent"] = spent
        if reward is not UNSET:
            field_dict["reward"] = reward
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ReferralStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            referral_id = d.pop("referral_id", UNSET)
            if not isinstance(referral_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("referral_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("referral_id", "int", src_dict) from None

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
            spent = d.pop("spent", UNSET)
            if not isinstance(spent, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("spent") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("spent", "float", src_dict) from None

        try:
            reward = d.pop("reward", UNSET)
            if not isinstance(reward, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("reward") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("reward", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        referral_statistics = cls(
            referral_id=referral_id,
            messages=messages,
            parts=parts,
            spent=spent,
            reward=reward,
            currency=currency,
        )

        referral_statistics.additional_properties = d
        return referral_statistics

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
