from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Balance")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Balance:
    """A balance.php result in fmt 3.

    Attributes:
        balance (str): An amount in the account's currency, with two decimals.
        currency (str | None): With `cur=1`: the account's currency, an ISO 4217 code.
    """

    balance: str
    currency: str | None
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        balance: str,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if balance is NOT_GIVEN:
            raise TypeError("Balance() needs balance=")
        self.balance = balance
        self.currency = None if currency is NOT_GIVEN else currency

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("balance",)
        optional: tuple[str, ...] = ("currency",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            balance=balance,
            currency=currency,
        )

        return _built_model
