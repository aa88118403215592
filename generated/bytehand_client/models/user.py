from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.routing import Routing


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A BYTEHAND user.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        email (str | Unset):
        pending_email (str | Unset): A new address waiting for confirmation (see `updateCurrentUserEmail`).
        name (str | Unset):
        phone (str | Unset):
        time_zone_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        balance (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):  Example: RUB.
        billing_plan_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        routing (Routing | Unset): Which countries messages may go to. Example: {'mode': 'listed', 'countries': ['RU',
            'KZ']}.
        referrer_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime | Unset):
    """

    id: int
    email: str | Unset = UNSET
    pending_email: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    time_zone_id: int | Unset = UNSET
    balance: float | Unset = UNSET
    currency: str | Unset = UNSET
    billing_plan_id: int | Unset = UNSET
    routing: Routing | Unset = UNSET
    referrer_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        pending_email = self.pending_email

        name = self.name

        phone = self.phone

        time_zone_id = self.time_zone_id

        balance = self.balance

        currency = self.currency

        billing_plan_id = self.billing_plan_id

        routing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing, Unset):
            routing = self.routing.to_dict()

        referrer_id = self.referrer_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if pending_email is not UNSET:
            field_dict["pending_email"] = pending_email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if time_zone_id is not UNSET:
            field_dict["time_zone_id"] = time_zone_id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_plan_id is not UNSET:
            field_dict["billing_plan_id"] = billing_plan_id
        if routing is not UNSET:
            field_dict["routing"] = routing
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.routing import Routing

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (User)", _errors.describe(src_dict)
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
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            pending_email = d.pop("pending_email", UNSET)
            if not isinstance(pending_email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("pending_email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("pending_email", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            time_zone_id = d.pop("time_zone_id", UNSET)
            if not isinstance(time_zone_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_zone_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("time_zone_id", "int", src_dict) from None

        try:
            balance = d.pop("balance", UNSET)
            if not isinstance(balance, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("balance") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("balance", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            billing_plan_id = d.pop("billing_plan_id", UNSET)
            if not isinstance(billing_plan_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("billing_plan_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("billing_plan_id", "int", src_dict) from None

        try:
            _routing = d.pop("routing", UNSET)
            routing: Routing | Unset
            if isinstance(_routing, Unset):
                routing = UNSET
            else:
                routing = Routing.from_dict(_routing)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("routing") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("routing", "Routing", src_dict) from None

        try:
            referrer_id = d.pop("referrer_id", UNSET)
            if not isinstance(referrer_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("referrer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("referrer_id", "int", src_dict) from None

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

        user = cls(
            id=id,
            email=email,
            pending_email=pending_email,
            name=name,
            phone=phone,
            time_zone_id=time_zone_id,
            balance=balance,
            currency=currency,
            billing_plan_id=billing_plan_id,
            routing=routing,
            referrer_id=referrer_id,
            created_at=created_at,
        )

        user.additional_properties = d
        return user

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
