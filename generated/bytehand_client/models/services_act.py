from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServicesAct")


@_attrs_define
class ServicesAct:
    """The act of services provided in one month.

    Attributes:
        period (str):  Example: 2024-05.
        amount (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str):
        messages (int):
        document_url (str):
    """

    period: str
    amount: float
    currency: str
    messages: int
    document_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        amount = self.amount

        currency = self.currency

        messages = self.messages

        document_url = self.document_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "amount": amount,
                "currency": currency,
                "messages": messages,
                "document_url": document_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        period = d.pop("period")

        amount = d.pop("amount")

        currency = d.pop("currency")

        messages = d.pop("messages")

        document_url = d.pop("document_url")

        services_act = cls(
            period=period,
            amount=amount,
            currency=currency,
            messages=messages,
            document_url=document_url,
        )

        services_act.additional_properties = d
        return services_act

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
