from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """A send.php result in fmt 3. `id` is absent when only pricing (cost=1); `cost` appears with cost=1, 2 and 3;
    `balance` with cost=3.

        Attributes:
            cnt (int): How many SMS the message takes (parts times numbers).
            id (int | Unset): The message id.
            cost (str | Unset): An amount in the account's currency, with two decimals.
            balance (str | Unset): An amount in the account's currency, with two decimals.
    """

    cnt: int
    id: int | Unset = UNSET
    cost: str | Unset = UNSET
    balance: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cnt = self.cnt

        id = self.id

        cost = self.cost

        balance = self.balance

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cnt": cnt,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cnt = d.pop("cnt")

        id = d.pop("id", UNSET)

        cost = d.pop("cost", UNSET)

        balance = d.pop("balance", UNSET)

        send_result = cls(
            cnt=cnt,
            id=id,
            cost=cost,
            balance=balance,
        )

        return send_result
