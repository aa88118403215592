from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """A send.php result in fmt 3. `id` is absent when only pricing (cost=1); `cost` appears with cost=1, 2 and 3;
    `balance` with cost=3.

        Attributes:
            id (int | Unset): The message id.
            cnt (int | Unset): How many SMS the message takes (parts times numbers).
            cost (str | Unset): An amount in the account's currency, with two decimals.
            balance (str | Unset): An amount in the account's currency, with two decimals.
    """

    id: int | Unset = UNSET
    cnt: int | Unset = UNSET
    cost: str | Unset = UNSET
    balance: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cnt = self.cnt

        cost = self.cost

        balance = self.balance

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cnt is not UNSET:
            field_dict["cnt"] = cnt
        if cost is not UNSET:
            field_dict["cost"] = cost
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SendResult)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            cnt = d.pop("cnt", UNSET)
            if not isinstance(cnt, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cnt") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cnt", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "str", src_dict) from None

        try:
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("balance") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("balance", "str", src_dict) from None

        send_result = cls(
            id=id,
            cnt=cnt,
            cost=cost,
            balance=balance,
        )

        return send_result
