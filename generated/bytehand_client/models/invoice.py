from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.invoice_state import InvoiceState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        number (str | Unset):  Example: BH-000123.
        amount (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
        state (InvoiceState | Unset):
        legal_entity_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime | Unset):
        document_url (str | Unset): The printable invoice.
    """

    id: int
    number: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    state: InvoiceState | Unset = UNSET
    legal_entity_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    document_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        amount = self.amount

        currency = self.currency

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        legal_entity_id = self.legal_entity_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        document_url = self.document_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if state is not UNSET:
            field_dict["state"] = state
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if document_url is not UNSET:
            field_dict["document_url"] = document_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Invoice)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "str", src_dict) from None

        try:
            amount = d.pop("amount", UNSET)
            if not isinstance(amount, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("amount") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("amount", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            _state = d.pop("state", UNSET)
            state: InvoiceState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = InvoiceState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("state", "InvoiceState", src_dict) from None

        try:
            legal_entity_id = d.pop("legal_entity_id", UNSET)
            if not isinstance(legal_entity_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("legal_entity_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("legal_entity_id", "int", src_dict) from None

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
            document_url = d.pop("document_url", UNSET)
            if not isinstance(document_url, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("document_url") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("document_url", "str", src_dict) from None

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
