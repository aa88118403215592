from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="RestMessagePart")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class RestMessagePart:
    """The part of the message request that the message is split to

    Attributes:
        currency (str | None): The currency in which the pricing is given; it corresponds to the currency of the
            invoice. Example: EUR.
        delivery_state (str | None): The delivery status of this specific part; one of the delivery states.
        done_date (str | None): The time stamp when the message was successfully delivered
        error_code (str | None): The reason for an unsuccessful delivery attempt (GSM error codes)
        part_id (str | None): The identification number of the specific message part
        price (str | None): The price per message from the respective network; negative prices represent payouts in
            favor of a tyntec's customer. Example: 0.005.
        price_effective (datetime.datetime | None): The date when the price became effective Example:
            2018-06-01T00:00:00+02:00.
        status_text (str | None): The first 20 characters of the sent message
    """

    currency: str | None
    delivery_state: str | None
    done_date: str | None
    error_code: str | None
    part_id: str | None
    price: str | None
    price_effective: datetime.datetime | None
    status_text: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        currency: str | None = NOT_GIVEN,
        delivery_state: str | None = NOT_GIVEN,
        done_date: str | None = NOT_GIVEN,
        error_code: str | None = NOT_GIVEN,
        part_id: str | None = NOT_GIVEN,
        price: str | None = NOT_GIVEN,
        price_effective: datetime.datetime | None = NOT_GIVEN,
        status_text: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.currency = None if currency is NOT_GIVEN else currency
        self.delivery_state = None if delivery_state is NOT_GIVEN else delivery_state
        self.done_date = None if done_date is NOT_GIVEN else done_date
        self.error_code = None if error_code is NOT_GIVEN else error_code
        self.part_id = None if part_id is NOT_GIVEN else part_id
        self.price = None if price is NOT_GIVEN else price
        self.price_effective = None if price_effective is NOT_GIVEN else price_effective
        self.status_text = None if status_text is NOT_GIVEN else status_text
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "currency",
            "delivery_state",
            "done_date",
            "error_code",
            "part_id",
            "price",
            "price_effective",
            "status_text",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _delivery_state: str | Unset = (
            UNSET if self.delivery_state is None else self.delivery_state
        )
        delivery_state = _delivery_state

        _done_date: str | Unset = UNSET if self.done_date is None else self.done_date
        done_date = _done_date

        _error_code: str | Unset = UNSET if self.error_code is None else self.error_code
        error_code = _error_code

        _part_id: str | Unset = UNSET if self.part_id is None else self.part_id
        part_id = _part_id

        _price: str | Unset = UNSET if self.price is None else self.price
        price = _price

        _price_effective: datetime.datetime | Unset = (
            UNSET if self.price_effective is None else self.price_effective
        )
        price_effective: str | Unset = UNSET
        if not isinstance(_price_effective, Unset):
            price_effective = _price_effective.isoformat()

        _status_text: str | Unset = (
            UNSET if self.status_text is None else self.status_text
        )
        status_text = _status_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if delivery_state is not UNSET:
            field_dict["deliveryState"] = delivery_state
        if done_date is not UNSET:
            field_dict["doneDate"] = done_date
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if part_id is not UNSET:
            field_dict["partId"] = part_id
        if price is not UNSET:
            field_dict["price"] = price
        if price_effective is not UNSET:
            field_dict["priceEffective"] = price_effective
        if status_text is not UNSET:
            field_dict["statusText"] = status_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (RestMessagePart)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            delivery_state = d.pop("deliveryState", UNSET)
            if not isinstance(delivery_state, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("deliveryState") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("deliveryState", "str", src_dict) from None

        try:
            done_date = d.pop("doneDate", UNSET)
            if not isinstance(done_date, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("doneDate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("doneDate", "str", src_dict) from None

        try:
            error_code = d.pop("errorCode", UNSET)
            if not isinstance(error_code, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("errorCode") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("errorCode", "str", src_dict) from None

        try:
            part_id = d.pop("partId", UNSET)
            if not isinstance(part_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("partId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("partId", "str", src_dict) from None

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("price") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("price", "str", src_dict) from None

        try:
            _price_effective = d.pop("priceEffective", UNSET)
            price_effective: datetime.datetime | Unset
            if isinstance(_price_effective, Unset):
                price_effective = UNSET
            else:
                price_effective = datetime.datetime.fromisoformat(_price_effective)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("priceEffective") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "priceEffective", "datetime.datetime", src_dict
            ) from None

        try:
            status_text = d.pop("statusText", UNSET)
            if not isinstance(status_text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("statusText") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("statusText", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            currency=currency,
            delivery_state=delivery_state,
            done_date=done_date,
            error_code=error_code,
            part_id=part_id,
            price=price,
            price_effective=price_effective,
            status_text=status_text,
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
