from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceInput")


@_attrs_define
class InvoiceInput:
    """
    Example:
        {'amount': 10000, 'legal_entity_id': 1}

    Attributes:
        amount (float): An amount to pay or withdraw, in the account's currency; rounded to two decimals. Example: 500.
        legal_entity_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
    """

    amount: float
    legal_entity_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        legal_entity_id = self.legal_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (InvoiceInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            amount = d.pop("amount")
            if not isinstance(amount, (float, int)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("amount") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("amount", "float", src_dict) from None

        try:
            legal_entity_id = d.pop("legal_entity_id", UNSET)
            if not isinstance(legal_entity_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("legal_entity_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("legal_entity_id", "int", src_dict) from None

        invoice_input = cls(
            amount=amount,
            legal_entity_id=legal_entity_id,
        )

        invoice_input.additional_properties = d
        return invoice_input

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
