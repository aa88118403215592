from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_type import SmsType
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsMessage:
    """
    Attributes:
        number (list[str] | str): One number, or a list of numbers (one message to each).
        sender_id (str): The sender shown to the recipient; up to 11 letters, digits, spaces and `._&-`, or a number of
            up to 15 digits. Example: SenderID.
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per part, UCS-2 67) and
            each part is charged.
        type_ (bool | SmsType | None): The kind of message; `SMS` when not set.
        begin_date (bool | str | None): The day to send on (with `beginTime`); not set or in the past, the message goes
            at once.
        begin_time (bool | str | None): The time to send at; without `beginDate` it means today.
        lifetime (int | str | None): Seconds the message is kept trying from submission (86400, a day, when not set), as
            a number or a string of digits. A message that could not be sent or delivered by then ends `EXPIRED`.
        delivery (bool | None): Ask for a delivery report. With it the message ends `DELIVERED` or `UNDELIVERED` and
            `date_delivery` is filled in; without it, it stays `SENT`.
    """

    number: list[str] | str
    sender_id: str
    text: str
    type_: bool | SmsType | None
    begin_date: bool | str | None
    begin_time: bool | str | None
    lifetime: int | str | None
    delivery: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        number: list[str] | str,
        sender_id: str,
        text: str,
        type_: bool | SmsType | None = NOT_GIVEN,
        begin_date: bool | str | None = NOT_GIVEN,
        begin_time: bool | str | None = NOT_GIVEN,
        lifetime: int | str | None = NOT_GIVEN,
        delivery: bool | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if number is NOT_GIVEN:
            raise TypeError("SmsMessage() needs number=")
        self.number = number
        if sender_id is NOT_GIVEN:
            raise TypeError("SmsMessage() needs sender_id=")
        self.sender_id = sender_id
        if text is NOT_GIVEN:
            raise TypeError("SmsMessage() needs text=")
        self.text = text
        self.type_ = None if type_ is NOT_GIVEN else type_
        self.begin_date = None if begin_date is NOT_GIVEN else begin_date
        self.begin_time = None if begin_time is NOT_GIVEN else begin_time
        self.lifetime = None if lifetime is NOT_GIVEN else lifetime
        self.delivery = None if delivery is NOT_GIVEN else delivery
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "number",
            "sender_id",
            "text",
        )
        optional: tuple[str, ...] = (
            "type_",
            "begin_date",
            "begin_time",
            "lifetime",
            "delivery",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        number: list[str] | str
        if isinstance(self.number, list):
            number = self.number

        else:
            number = self.number

        sender_id = self.sender_id

        text = self.text

        _type_: bool | SmsType | Unset = UNSET if self.type_ is None else self.type_
        type_: bool | str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        elif isinstance(_type_, SmsType):
            type_ = _type_.value
        else:
            type_ = _type_

        _begin_date: bool | str | Unset = (
            UNSET if self.begin_date is None else self.begin_date
        )
        begin_date: bool | str | Unset
        if isinstance(_begin_date, Unset):
            begin_date = UNSET
        else:
            begin_date = _begin_date

        _begin_time: bool | str | Unset = (
            UNSET if self.begin_time is None else self.begin_time
        )
        begin_time: bool | str | Unset
        if isinstance(_begin_time, Unset):
            begin_time = UNSET
        else:
            begin_time = _begin_time

        _lifetime: int | str | Unset = UNSET if self.lifetime is None else self.lifetime
        lifetime: int | str | Unset
        if isinstance(_lifetime, Unset):
            lifetime = UNSET
        else:
            lifetime = _lifetime

        _delivery: bool | Unset = UNSET if self.delivery is None else self.delivery
        delivery = _delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "senderID": sender_id,
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if begin_date is not UNSET:
            field_dict["beginDate"] = begin_date
        if begin_time is not UNSET:
            field_dict["beginTime"] = begin_time
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsMessage)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:

            def _parse_number(data: object) -> list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _number_type_1 = data
                    if not isinstance(_number_type_1, list):
                        raise TypeError("not a list")
                    number_type_1 = cast(list[str], _number_type_1)

                    return number_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str, data)

            number = _parse_number(d.pop("number"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "number", "list[str] | str", src_dict
            ) from None

        try:
            sender_id = d.pop("senderID")
            if not isinstance(sender_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("senderID") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("senderID", "str", src_dict) from None

        try:
            text = d.pop("text")
            if not isinstance(text, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:

            def _parse_type_(data: object) -> bool | SmsType | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = SmsType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | SmsType | Unset, data)

            type_ = _parse_type_(d.pop("type", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("type") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("type", "bool | SmsType", src_dict) from None

        try:

            def _parse_begin_date(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            begin_date = _parse_begin_date(d.pop("beginDate", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("beginDate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "beginDate", "bool | str", src_dict
            ) from None

        try:

            def _parse_begin_time(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            begin_time = _parse_begin_time(d.pop("beginTime", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("beginTime") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "beginTime", "bool | str", src_dict
            ) from None

        try:

            def _parse_lifetime(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            lifetime = _parse_lifetime(d.pop("lifetime", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("lifetime") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("lifetime", "int | str", src_dict) from None

        try:
            delivery = d.pop("delivery", UNSET)
            if not isinstance(delivery, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("delivery") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("delivery", "bool", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            number=number,
            sender_id=sender_id,
            text=text,
            type_=type_,
            begin_date=begin_date,
            begin_time=begin_time,
            lifetime=lifetime,
            delivery=delivery,
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
