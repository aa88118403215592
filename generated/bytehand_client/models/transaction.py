from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.transaction_type import TransactionType
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Transaction")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Transaction:
    """One movement of the balance. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        type_ (TransactionType | None):
        amount (float | None): Positive for money in, negative for money out.
        currency (str | None):
        description (str | None):
        messages (int | None): How many messages a charge paid for.
        created_at (datetime.datetime | None):
    """

    id: str
    type_: TransactionType | None
    amount: float | None
    currency: str | None
    description: str | None
    messages: int | None
    created_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: str,
        type_: TransactionType | None = NOT_GIVEN,
        amount: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Transaction() needs id=")
        self.id = id
        self.type_ = None if type_ is NOT_GIVEN else type_
        self.amount = None if amount is NOT_GIVEN else amount
        self.currency = None if currency is NOT_GIVEN else currency
        self.description = None if description is NOT_GIVEN else description
        self.messages = None if messages is NOT_GIVEN else messages
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "type_",
            "amount",
            "currency",
            "description",
            "messages",
            "created_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _type_: TransactionType | Unset = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(_type_, Unset):
            type_ = _type_.value

        _amount: float | Unset = UNSET if self.amount is None else self.amount
        amount = _amount

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _description: str | Unset = (
            UNSET if self.description is None else self.description
        )
        description = _description

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

        _created_at: datetime.datetime | Unset = (
            UNSET if self.created_at is None else self.created_at
        )
        created_at: str | Unset = UNSET
        if not isinstance(_created_at, Unset):
            created_at = _created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if messages is not UNSET:
            field_dict["messages"] = messages
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Transaction)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "str", src_dict) from None

        try:
            _type_ = d.pop("type", UNSET)
            type_: TransactionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = TransactionType(_type_)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("type") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "type", "TransactionType", src_dict
            ) from None

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
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("description") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("description", "str", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            type_=type_,
            amount=amount,
            currency=currency,
            description=description,
            messages=messages,
            created_at=created_at,
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
