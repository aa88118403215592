from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors
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
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Balance)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            balance = d.pop("balance")
            if not isinstance(balance, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("balance") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("balance", "str", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        balance = cls(
            balance=balance,
            currency=currency,
        )

        return balance
