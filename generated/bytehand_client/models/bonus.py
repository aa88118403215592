from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Bonus")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Bonus:
    """
    Attributes:
        code (str | None): The promo code, or `startup` for the startup bonus.
        amount (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):
        activated_at (datetime.datetime | None):
    """

    code: str | None
    amount: float | None
    currency: str | None
    activated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        code: str | None = NOT_GIVEN,
        amount: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        activated_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.code = None if code is NOT_GIVEN else code
        self.amount = None if amount is NOT_GIVEN else amount
        self.currency = None if currency is NOT_GIVEN else currency
        self.activated_at = None if activated_at is NOT_GIVEN else activated_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "code",
            "amount",
            "currency",
            "activated_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _code: str | Unset = UNSET if self.code is None else self.code
        code = _code

        _amount: float | Unset = UNSET if self.amount is None else self.amount
        amount = _amount

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _activated_at: datetime.datetime | Unset = (
            UNSET if self.activated_at is None else self.activated_at
        )
        activated_at: str | Unset = UNSET
        if not isinstance(_activated_at, Unset):
            activated_at = _activated_at.isoformat()

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            code=code,
            amount=amount,
            currency=currency,
            activated_at=activated_at,
        )

        _built_model.additional_properties = d
        return _built_model

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
