from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.deposit_request_state import DepositRequestState
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositRequest")


@_attrs_define
class DepositRequest:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        method (str | Unset):
        amount (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
        state (DepositRequestState | Unset):
        payment_url (str | Unset): The payment page to send the user to.
        created_at (datetime.datetime | Unset):
        paid_at (datetime.datetime | Unset):
    """

    id: int
    method: str | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    state: DepositRequestState | Unset = UNSET
    payment_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    paid_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        method = self.method

        amount = self.amount

        currency = self.currency

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        payment_url = self.payment_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        paid_at: str | Unset = UNSET
        if not isinstance(self.paid_at, Unset):
            paid_at = self.paid_at.isoformat()

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

        deposit_request = cls(
            id=id,
            method=method,
            amount=amount,
            currency=currency,
            state=state,
            payment_url=payment_url,
            created_at=created_at,
            paid_at=paid_at,
        )

        deposit_request.additional_properties = d
        return deposit_request

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
