from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.payback_state import PaybackState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payback")


@_attrs_define
class Payback:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        amount (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
        state (PaybackState | Unset):
        details (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: int
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    state: PaybackState | Unset = UNSET
    details: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        details = self.details

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if state is not UNSET:
            field_dict["state"] = state
        if details is not UNSET:
            field_dict["details"] = details
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Payback)", _errors.describe(src_dict)
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
            state: PaybackState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = PaybackState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("state", "PaybackState", src_dict) from None

        try:
            details = d.pop("details", UNSET)
            if not isinstance(details, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("details") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("details", "str", src_dict) from None

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

        payback = cls(
            id=id,
            amount=amount,
            currency=currency,
            state=state,
            details=details,
            created_at=created_at,
        )

        payback.additional_properties = d
        return payback

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
