from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.routing import Routing


T = TypeVar("T", bound="User")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class User:
    """A BYTEHAND user.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        email (str | None):
        pending_email (str | None): A new address waiting for confirmation (see `updateCurrentUserEmail`).
        name (str | None):
        phone (str | None):
        time_zone_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        balance (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):  Example: RUB.
        billing_plan_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        routing (Routing | None): Which countries messages may go to. Example: {'mode': 'listed', 'countries': ['RU',
            'KZ']}.
        referrer_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime | None):
    """

    id: int
    email: str | None
    pending_email: str | None
    name: str | None
    phone: str | None
    time_zone_id: int | None
    balance: float | None
    currency: str | None
    billing_plan_id: int | None
    routing: Routing | None
    referrer_id: int | None
    created_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        email: str | None = NOT_GIVEN,
        pending_email: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
        balance: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        billing_plan_id: int | None = NOT_GIVEN,
        routing: Routing | None = NOT_GIVEN,
        referrer_id: int | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("User() needs id=")
        self.id = id
        self.email = None if email is NOT_GIVEN else email
        self.pending_email = None if pending_email is NOT_GIVEN else pending_email
        self.name = None if name is NOT_GIVEN else name
        self.phone = None if phone is NOT_GIVEN else phone
        self.time_zone_id = None if time_zone_id is NOT_GIVEN else time_zone_id
        self.balance = None if balance is NOT_GIVEN else balance
        self.currency = None if currency is NOT_GIVEN else currency
        self.billing_plan_id = None if billing_plan_id is NOT_GIVEN else billing_plan_id
        self.routing = None if routing is NOT_GIVEN else routing
        self.referrer_id = None if referrer_id is NOT_GIVEN else referrer_id
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
            "email",
            "pending_email",
            "name",
            "phone",
            "time_zone_id",
            "balance",
            "currency",
            "billing_plan_id",
            "routing",
            "referrer_id",
            "created_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _email: str | Unset = UNSET if self.email is None else self.email
        email = _email

        _pending_email: str | Unset = (
            UNSET if self.pending_email is None else self.pending_email
        )
        pending_email = _pending_email

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _time_zone_id: int | Unset = (
            UNSET if self.time_zone_id is None else self.time_zone_id
        )
        time_zone_id = _time_zone_id

        _balance: float | Unset = UNSET if self.balance is None else self.balance
        balance = _balance

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _billing_plan_id: int | Unset = (
            UNSET if self.billing_plan_id is None else self.billing_plan_id
        )
        billing_plan_id = _billing_plan_id

        _routing: Routing | Unset = UNSET if self.routing is None else self.routing
        routing: dict[str, Any] | Unset = UNSET
        if not isinstance(_routing, Unset):
            routing = _routing.to_dict()

        _referrer_id: int | Unset = (
            UNSET if self.referrer_id is None else self.referrer_id
        )
        referrer_id = _referrer_id

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
