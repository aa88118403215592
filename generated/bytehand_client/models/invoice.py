from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_state import InvoiceState

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        number (str):  Example: BH-000123.
        amount (float): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str):
        state (InvoiceState):
        legal_entity_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime):
        document_url (str): The printable invoice.
    """

    id: int
    number: str
    amount: float
    currency: str
    state: InvoiceState
    legal_entity_id: int
    created_at: datetime.datetime
    document_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        amount = self.amount

        currency = self.currency

        state = self.state.value

        legal_entity_id = self.legal_entity_id

        created_at = self.created_at.isoformat()

        document_url = self.document_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "amount": amount,
                "currency": currency,
                "state": state,
                "legal_entity_id": legal_entity_id,
                "created_at": created_at,
                "document_url": document_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        amount = d.pop("amount")

        currency = d.pop("currency")

        state = InvoiceState(d.pop("state"))

        legal_entity_id = d.pop("legal_entity_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        document_url = d.pop("document_url")

        invoice = cls(
            id=id,
            number=number,
            amount=amount,
            currency=currency,
            state=state,
            legal_entity_id=legal_entity_id,
            created_at=created_at,
            document_url=document_url,
        )

        invoice.additional_properties = d
        return invoice

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
