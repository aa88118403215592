from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """A balance.php result in fmt 3.

    Attributes:
        balance (str): An amount in the account's currency, with two decimals.
        currency (str | Unset): With `cur=1`: the account's currency, an ISO 4217 code.
    """

    balance: str
    currency: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "balance": balance,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = d.pop("balance")

        currency = d.pop("currency", UNSET)

        balance = cls(
            balance=balance,
            currency=currency,
        )

        return balance
