from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_record_status import SmsRecordStatus
from ..models.sms_record_type_sms import SmsRecordTypeSms
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecord")


@_attrs_define
class SmsRecord:
    """Everything known about one message.

    Attributes:
        id_base (int): The message's id.
        phone (str):
        sender (str):
        text (str): The text as sent (placeholders filled in).
        type_sms (SmsRecordTypeSms):
        status (SmsRecordStatus): `SCHEDULED` until its send time, then `SENT`. With a delivery
            report asked for (`delivery`) it ends `DELIVERED` or
            `UNDELIVERED`; a message that could not be sent or delivered
            within its `lifetime` ends `EXPIRED`. For HLR, `DELIVERED` means
            the number is reachable.
        mcc (int):
        mnc (int):
        parts (int):
        price (float):
        currency (str):
        date_create (str): When the message was submitted (UTC). Example: 2023-02-12 10:00:00.
        date_send (str): When the message is (or was) sent (UTC).
        lifetime (int): Seconds the message is kept trying.
        delivery (bool): Whether a delivery report was asked for.
        country (None | str | Unset): The destination's ISO country code; null for numbers of no known network.
        operator (None | str | Unset):
        url (None | str | Unset): The link of a WAP push.
        date_delivery (None | str | Unset): When the message reached its final state, if a delivery report was asked for
            (UTC).
        id_group (int | None | Unset): The group the number was taken from, for a group sending.
    """

    id_base: int
    phone: str
    sender: str
    text: str
    type_sms: SmsRecordTypeSms
    status: SmsRecordStatus
    mcc: int
    mnc: int
    parts: int
    price: float
    currency: str
    date_create: str
    date_send: str
    lifetime: int
    delivery: bool
    country: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    date_delivery: None | str | Unset = UNSET
    id_group: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_base = self.id_base

        phone = self.phone

        sender = self.sender

        text = self.text

        type_sms = self.type_sms.value

        status = self.status.value

        mcc = self.mcc

        mnc = self.mnc

        parts = self.parts

        price = self.price

        currency = self.currency

        date_create = self.date_create

        date_send = self.date_send

        lifetime = self.lifetime

        delivery = self.delivery

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

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        date_delivery: None | str | Unset
        if isinstance(self.date_delivery, Unset):
            date_delivery = UNSET
        else:
            date_delivery = self.date_delivery

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
                "phone": phone,
                "sender": sender,
                "text": text,
                "type_sms": type_sms,
                "status": status,
                "MCC": mcc,
                "MNC": mnc,
                "parts": parts,
                "price": price,
                "currency": currency,
                "date_create": date_create,
                "date_send": date_send,
                "lifetime": lifetime,
                "delivery": delivery,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if url is not UNSET:
            field_dict["url"] = url
        if date_delivery is not UNSET:
            field_dict["date_delivery"] = date_delivery
        if id_group is not UNSET:
            field_dict["id_group"] = id_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id_base = d.pop("id_base")

        phone = d.pop("phone")

        sender = d.pop("sender")

        text = d.pop("text")

        type_sms = SmsRecordTypeSms(d.pop("type_sms"))

        status = SmsRecordStatus(d.pop("status"))

        mcc = d.pop("MCC")

        mnc = d.pop("MNC")

        parts = d.pop("parts")

        price = d.pop("price")

        currency = d.pop("currency")

        date_create = d.pop("date_create")

        date_send = d.pop("date_send")

        lifetime = d.pop("lifetime")

        delivery = d.pop("delivery")

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_operator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_date_delivery(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_delivery = _parse_date_delivery(d.pop("date_delivery", UNSET))

        def _parse_id_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id_group = _parse_id_group(d.pop("id_group", UNSET))

        sms_record = cls(
            id_base=id_base,
            phone=phone,
            sender=sender,
            text=text,
            type_sms=type_sms,
            status=status,
            mcc=mcc,
            mnc=mnc,
            parts=parts,
            price=price,
            currency=currency,
            date_create=date_create,
            date_send=date_send,
            lifetime=lifetime,
            delivery=delivery,
            country=country,
            operator=operator,
            url=url,
            date_delivery=date_delivery,
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
