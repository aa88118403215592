from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.deposit_request_state import DepositRequestState
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="DepositRequest")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class DepositRequest:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        method (str | None):
        amount (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):
        state (DepositRequestState | None):
        payment_url (str | None): The payment page to send the user to.
        created_at (datetime.datetime | None):
        paid_at (datetime.datetime | None):
    """

    id: int
    method: str | None
    amount: float | None
    currency: str | None
    state: DepositRequestState | None
    payment_url: str | None
    created_at: datetime.datetime | None
    paid_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        method: str | None = NOT_GIVEN,
        amount: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        state: DepositRequestState | None = NOT_GIVEN,
        payment_url: str | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        paid_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("DepositRequest() needs id=")
        self.id = id
        self.method = None if method is NOT_GIVEN else method
        self.amount = None if amount is NOT_GIVEN else amount
        self.currency = None if currency is NOT_GIVEN else currency
        self.state = None if state is NOT_GIVEN else state
        self.payment_url = None if payment_url is NOT_GIVEN else payment_url
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.paid_at = None if paid_at is NOT_GIVEN else paid_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "method",
            "amount",
            "currency",
            "state",
            "payment_url",
            "created_at",
            "paid_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _method: str | Unset = UNSET if self.method is None else self.method
        method = _method

        _amount: float | Unset = UNSET if self.amount is None else self.amount
        amount = _amount

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _state: DepositRequestState | Unset = (
            UNSET if self.state is None else self.state
        )
        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state.value

        _payment_url: str | Unset = (
            UNSET if self.payment_url is None else self.payment_url
        )
        payment_url = _payment_url

        _created_at: datetime.datetime | Unset = (
            UNSET if self.created_at is None else self.created_at
        )
        created_at: str | Unset = UNSET
        if not isinstance(_created_at, Unset):
            created_at = _created_at.isoformat()

        _paid_at: datetime.datetime | Unset = (
            UNSET if self.paid_at is None else self.paid_at
        )
        paid_at: str | Unset = UNSET
        if not isinstance(_paid_at, Unset):
            paid_at = _paid_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if state is not UNSET:
            field_dict["state"] = state
        if payment_url is not UNSET:
            field_dict["payment_url"] = payment_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (DepositRequest)", _errors.describe(src_dict)
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
            method = d.pop("method", UNSET)
            if not isinstance(method, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("method") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("method", "str", src_dict) from None

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
            state: DepositRequestState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = DepositRequestState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "state", "DepositRequestState", src_dict
            ) from None

        try:
            payment_url = d.pop("payment_url", UNSET)
            if not isinstance(payment_url, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("payment_url") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("payment_url", "str", src_dict) from None

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

        try:
            _paid_at = d.pop("paid_at", UNSET)
            paid_at: datetime.datetime | Unset
            if isinstance(_paid_at, Unset):
                paid_at = UNSET
            else:
                paid_at = datetime.datetime.fromisoformat(_paid_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("paid_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "paid_at", "datetime.datetime", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            method=method,
            amount=amount,
            currency=currency,
            state=state,
            payment_url=payment_url,
            created_at=created_at,
            paid_at=paid_at,
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
