from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SendResult")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SendResult:
    """A send.php result in fmt 3. `id` is absent when only pricing (cost=1); `cost` appears with cost=1, 2 and 3;
    `balance` with cost=3.

        Attributes:
            id (int | None): The message id.
            cnt (int | None): How many SMS the message takes (parts times numbers).
            cost (str | None): An amount in the account's currency, with two decimals.
            balance (str | None): An amount in the account's currency, with two decimals.
    """

    id: int | None
    cnt: int | None
    cost: str | None
    balance: str | None
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int | None = NOT_GIVEN,
        cnt: int | None = NOT_GIVEN,
        cost: str | None = NOT_GIVEN,
        balance: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.id = None if id is NOT_GIVEN else id
        self.cnt = None if cnt is NOT_GIVEN else cnt
        self.cost = None if cost is NOT_GIVEN else cost
        self.balance = None if balance is NOT_GIVEN else balance

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "id",
            "cnt",
            "cost",
            "balance",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _id: int | Unset = UNSET if self.id is None else self.id
        id = _id

        _cnt: int | Unset = UNSET if self.cnt is None else self.cnt
        cnt = _cnt

        _cost: str | Unset = UNSET if self.cost is None else self.cost
        cost = _cost

        _balance: str | Unset = UNSET if self.balance is None else self.balance
        balance = _balance

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            cnt=cnt,
            cost=cost,
            balance=balance,
        )

        return _built_model
