from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="InboundContent")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class InboundContent:
    """One part of an inbound message.

    Attributes:
        msg_id (str): Unique identifier provided for each message part Example:
            48799399408:0:cad578e86b324c0a80f8fe866bfdb2b6.
        sent_date (str): The time when the SMS was sent by the sending MSC (if available) or the time when the
            respective message was received by tyntec. Example: 2019-07-02T16:47:39+0200.
        sequence_number (int): The sequenceNumber orders the respective message parts of an overlength message. Example:
            1.
        price (float | None): The price per message from the respective network; negative prices represent payouts in
            favor of a tyntec's customer. Example: -0.005.
        currency (str | None): The currency in which the pricing is given; corresponding to the currency of the invoice
            Example: EUR.
        price_effective (str | None): The date when the price became effective Example: 2018-06-01T00:00:00+0200.
    """

    msg_id: str
    sent_date: str
    sequence_number: int
    price: float | None
    currency: str | None
    price_effective: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        msg_id: str,
        sent_date: str,
        sequence_number: int,
        price: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        price_effective: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if msg_id is NOT_GIVEN:
            raise TypeError("InboundContent() needs msg_id=")
        self.msg_id = msg_id
        if sent_date is NOT_GIVEN:
            raise TypeError("InboundContent() needs sent_date=")
        self.sent_date = sent_date
        if sequence_number is NOT_GIVEN:
            raise TypeError("InboundContent() needs sequence_number=")
        self.sequence_number = sequence_number
        self.price = None if price is NOT_GIVEN else price
        self.currency = None if currency is NOT_GIVEN else currency
        self.price_effective = None if price_effective is NOT_GIVEN else price_effective
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "msg_id",
            "sent_date",
            "sequence_number",
        )
        optional: tuple[str, ...] = (
            "price",
            "currency",
            "price_effective",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        sent_date = self.sent_date

        sequence_number = self.sequence_number

        _price: float | Unset = UNSET if self.price is None else self.price
        price = _price

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _price_effective: str | Unset = (
            UNSET if self.price_effective is None else self.price_effective
        )
        price_effective = _price_effective

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "sentDate": sent_date,
                "sequenceNumber": sequence_number,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if price_effective is not UNSET:
            field_dict["priceEffective"] = price_effective

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (InboundContent)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            msg_id = d.pop("msgId")
            if not isinstance(msg_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("msgId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("msgId", "str", src_dict) from None

        try:
            sent_date = d.pop("sentDate")
            if not isinstance(sent_date, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sentDate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sentDate", "str", src_dict) from None

        try:
            sequence_number = d.pop("sequenceNumber")
            if not isinstance(sequence_number, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sequenceNumber") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sequenceNumber", "int", src_dict) from None

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("price") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("price", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            price_effective = d.pop("priceEffective", UNSET)
            if not isinstance(price_effective, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("priceEffective") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("priceEffective", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            msg_id=msg_id,
            sent_date=sent_date,
            sequence_number=sequence_number,
            price=price,
            currency=currency,
            price_effective=price_effective,
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
