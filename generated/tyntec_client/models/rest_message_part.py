from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestMessagePart")


@_attrs_define
class RestMessagePart:
    """The part of the message request that the message is split to

    Attributes:
        currency (str | Unset): The currency in which the pricing is given; it corresponds to the currency of the
            invoice. Example: EUR.
        delivery_state (str | Unset): The delivery status of this specific part; one of the delivery states.
        done_date (str | Unset): The time stamp when the message was successfully delivered
        error_code (str | Unset): The reason for an unsuccessful delivery attempt (GSM error codes)
        part_id (str | Unset): The identification number of the specific message part
        price (str | Unset): The price per message from the respective network; negative prices represent payouts in
            favor of a tyntec's customer. Example: 0.005.
        price_effective (datetime.datetime | Unset): The date when the price became effective Example:
            2018-06-01T00:00:00+02:00.
        status_text (str | Unset): The first 20 characters of the sent message
    """

    currency: str | Unset = UNSET
    delivery_state: str | Unset = UNSET
    done_date: str | Unset = UNSET
    error_code: str | Unset = UNSET
    part_id: str | Unset = UNSET
    price: str | Unset = UNSET
    price_effective: datetime.datetime | Unset = UNSET
    status_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        delivery_state = self.delivery_state

        done_date = self.done_date

        error_code = self.error_code

        part_id = self.part_id

        price = self.price

        price_effective: str | Unset = UNSET
        if not isinstance(self.price_effective, Unset):
            price_effective = self.price_effective.isoformat()

        status_text = self.status_text

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

        rest_message_part = cls(
            currency=currency,
            delivery_state=delivery_state,
            done_date=done_date,
            error_code=error_code,
            part_id=part_id,
            price=price,
            price_effective=price_effective,
            status_text=status_text,
        )

        rest_message_part.additional_properties = d
        return rest_message_part

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
