from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_record_status import SmsRecordStatus
from ..models.sms_record_type_sms import SmsRecordTypeSms
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecord")


@_attrs_define
class SmsRecord:
    """Everything known about one message.

    Attributes:
        id_base (int): The message's id.
        phone (str | Unset):
        sender (str | Unset):
        text (str | Unset): The text as sent (placeholders filled in).
        type_sms (SmsRecordTypeSms | Unset):
        status (SmsRecordStatus | Unset): `SCHEDULED` until its send time, then `SENT`. With a delivery
            report asked for (`delivery`) it ends `DELIVERED` or
            `UNDELIVERED`; a message that could not be sent or delivered
            within its `lifetime` ends `EXPIRED`. For HLR, `DELIVERED` means
            the number is reachable.
        mcc (int | Unset):
        mnc (int | Unset):
        country (None | str | Unset): The destination's ISO country code; null for numbers of no known network.
        operator (None | str | Unset):
        parts (int | Unset):
        price (float | Unset):
        currency (str | Unset):
        url (None | str | Unset): The link of a WAP push.
        date_create (str | Unset): When the message was submitted (UTC). Example: 2023-02-12 10:00:00.
        date_send (str | Unset): When the message is (or was) sent (UTC).
        date_delivery (None | str | Unset): When the message reached its final state, if a delivery report was asked for
            (UTC).
        lifetime (int | Unset): Seconds the message is kept trying.
        delivery (bool | Unset): Whether a delivery report was asked for.
        id_group (int | None | Unset): The group the number was taken from, for a group sending.
    """

    id_base: int
    phone: str | Unset = UNSET
    sender: str | Unset = UNSET
    text: str | Unset = UNSET
    type_sms: SmsRecordTypeSms | Unset = UNSET
    status: SmsRecordStatus | Unset = UNSET
    mcc: int | Unset = UNSET
    mnc: int | Unset = UNSET
    country: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET
    parts: int | Unset = UNSET
    price: float | Unset = UNSET
    currency: str | Unset = UNSET
    url: None | str | Unset = UNSET
    date_create: str | Unset = UNSET
    date_send: str | Unset = UNSET
    date_delivery: None | str | Unset = UNSET
    lifetime: int | Unset = UNSET
    delivery: bool | Unset = UNSET
    id_group: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_base = self.id_base

        phone = self.phone

        sender = self.sender

        text = self.text

        type_sms: str | Unset = UNSET
        if not isinstance(self.type_sms, Unset):
            type_sms = self.type_sms.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        mcc = self.mcc

        mnc = self.mnc

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        operator: None | str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        parts = self.parts

        price = self.price

        currency = self.currency

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        date_create = self.date_create

        date_send = self.date_send

        date_delivery: None | str | Unset
        if isinstance(self.date_delivery, Unset):
            date_delivery = UNSET
        else:
            date_delivery = self.date_delivery

        lifetime = self.lifetime

        delivery = self.delivery

        id_group: int | None | Unset
        if isinstance(self.id_group, Unset):
            id_group = UNSET
        else:
            id_group = self.id_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_base": id_base,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sender is not UNSET:
            field_dict["sender"] = sender
        if text is not UNSET:
            field_dict["text"] = text
        if type_sms is not UNSET:
            field_dict["type_sms"] = type_sms
        if status is not UNSET:
            field_dict["status"] = status
        if mcc is not UNSET:
            field_dict["MCC"] = mcc
        if mnc is not UNSET:
            field_dict["MNC"] = mnc
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if parts is not UNSET:
            field_dict["parts"] = parts
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if url is not UNSET:
            field_dict["url"] = url
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if date_send is not UNSET:
            field_dict["date_send"] = date_send
        if date_delivery is not UNSET:
            field_dict["date_delivery"] = date_delivery
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if id_group is not UNSET:
            field_dict["id_group"] = id_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsRecord)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id_base = d.pop("id_base")
            if not isinstance(id_base, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_base") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_base", "int", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            _type_sms = d.pop("type_sms", UNSET)
            type_sms: SmsRecordTypeSms | Unset
            if isinstance(_type_sms, Unset):
                type_sms = UNSET
            else:
                type_sms = SmsRecordTypeSms(_type_sms)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("type_sms") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "type_sms", "SmsRecordTypeSms", src_dict
            ) from None

        try:
            _status = d.pop("status", UNSET)
            status: SmsRecordStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SmsRecordStatus(_status)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "status", "SmsRecordStatus", src_dict
            ) from None

        try:
            mcc = d.pop("MCC", UNSET)
            if not isinstance(mcc, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("MCC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("MCC", "int", src_dict) from None

        try:
            mnc = d.pop("MNC", UNSET)
            if not isinstance(mnc, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("MNC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("MNC", "int", src_dict) from None

        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(d.pop("country", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "None | str", src_dict) from None

        try:

            def _parse_operator(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            operator = _parse_operator(d.pop("operator", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("operator") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("operator", "None | str", src_dict) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

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

            def _parse_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            url = _parse_url(d.pop("url", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("url") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("url", "None | str", src_dict) from None

        try:
            date_create = d.pop("date_create", UNSET)
            if not isinstance(date_create, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date_create") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("date_create", "str", src_dict) from None

        try:
            date_send = d.pop("date_send", UNSET)
            if not isinstance(date_send, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date_send") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("date_send", "str", src_dict) from None

        try:

            def _parse_date_delivery(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            date_delivery = _parse_date_delivery(d.pop("date_delivery", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date_delivery") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "date_delivery", "None | str", src_dict
            ) from None

        try:
            lifetime = d.pop("lifetime", UNSET)
            if not isinstance(lifetime, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("lifetime") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("lifetime", "int", src_dict) from None

        try:
            delivery = d.pop("delivery", UNSET)
            if not isinstance(delivery, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("delivery") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("delivery", "bool", src_dict) from None

        try:

            def _parse_id_group(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            id_group = _parse_id_group(d.pop("id_group", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_group", "int | None", src_dict) from None

        sms_record = cls(
            id_base=id_base,
            phone=phone,
            sender=sender,
            text=text,
            type_sms=type_sms,
            status=status,
            mcc=mcc,
            mnc=mnc,
            country=country,
            operator=operator,
            parts=parts,
            price=price,
            currency=currency,
            url=url,
            date_create=date_create,
            date_send=date_send,
            date_delivery=date_delivery,
            lifetime=lifetime,
            delivery=delivery,
            id_group=id_group,
        )

        sms_record.additional_properties = d
        return sms_record

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
