from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferralStatistics")


@_attrs_define
class ReferralStatistics:
    """
    Attributes:
        referral_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        messages (int):
        parts (int):
        spent (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        reward (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str):
    """

    referral_id: int
    messages: int
    parts: int
    spent: float
    reward: float
    currency: str
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
        field_dict.update(
            {
                "referral_id": referral_id,
                "messages": messages,
                "parts": parts,
                "spent": spent,
                "reward": reward,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        referral_id = d.pop("referral_id")

        messages = d.pop("messages")

        parts = d.pop("parts")

        spent = d.pop("spent")

        reward = d.pop("reward")

        currency = d.pop("currency")

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
