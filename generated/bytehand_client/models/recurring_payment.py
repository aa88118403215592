from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecurringPayment")


@_attrs_define
class RecurringPayment:
    """
    Attributes:
        method (str):
        amount (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        threshold (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str):
        created_at (datetime.datetime):
    """

    method: str
    amount: float
    threshold: float
    currency: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        amount = self.amount

        threshold = self.threshold

        currency = self.currency

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "amount": amount,
                "threshold": threshold,
                "currency": currency,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        method = d.pop("method")

        amount = d.pop("amount")

        threshold = d.pop("threshold")

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        recurring_payment = cls(
            method=method,
            amount=amount,
            threshold=threshold,
            currency=currency,
            created_at=created_at,
        )

        recurring_payment.additional_properties = d
        return recurring_payment

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
