from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bonus")


@_attrs_define
class Bonus:
    """
    Attributes:
        code (str | Unset): The promo code, or `startup` for the startup bonus.
        amount (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
        activated_at (datetime.datetime | Unset):
    """

    code: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    activated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        amount = self.amount

        currency = self.currency

        activated_at: str | Unset = UNSET
        if not isinstance(self.activated_at, Unset):
            activated_at = self.activated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Bonus)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            code = d.pop("code", UNSET)
            if not isinstance(code, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("code", "str", src_dict) from None

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
            _activated_at = d.pop("activated_at", UNSET)
            activated_at: datetime.datetime | Unset
            if isinstance(_activated_at, Unset):
                activated_at = UNSET
            else:
                activated_at = datetime.datetime.fromisoformat(_activated_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("activated_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "activated_at", "datetime.datetime", src_dict
            ) from None

        bonus = cls(
            code=code,
            amount=amount,
            currency=currency,
            activated_at=activated_at,
        )

        bonus.additional_properties = d
        return bonus

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
