from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_record_status import SmsRecordStatus
from ..models.sms_record_type_sms import SmsRecordTypeSms
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsRecord")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsRecord:
    """Everything known about one message.

    Attributes:
        id_base (int): The message's id.
        phone (str | None):
        sender (str | None):
        text (str | None): The text as sent (placeholders filled in).
        type_sms (SmsRecordTypeSms | None):
        status (SmsRecordStatus | None): `SCHEDULED` until its send time, then `SENT`. With a delivery
            report asked for (`delivery`) it ends `DELIVERED` or
            `UNDELIVERED`; a message that could not be sent or delivered
            within its `lifetime` ends `EXPIRED`. For HLR, `DELIVERED` means
            the number is reachable.
        mcc (int | None):
        mnc (int | None):
        country (None | str): The destination's ISO country code; null for numbers of no known network.
        operator (None | str):
        parts (int | None):
        price (float | None):
        currency (str | None):
        url (None | str): The link of a WAP push.
        date_create (str | None): When the message was submitted (UTC). Example: 2023-02-12 10:00:00.
        date_send (str | None): When the message is (or was) sent (UTC).
        date_delivery (None | str): When the message reached its final state, if a delivery report was asked for (UTC).
        lifetime (int | None): Seconds the message is kept trying.
        delivery (bool | None): Whether a delivery report was asked for.
        id_group (int | None): The group the number was taken from, for a group sending.
    """

    id_base: int
    phone: str | None
    sender: str | None
    text: str | None
    type_sms: SmsRecordTypeSms | None
    status: SmsRecordStatus | None
    mcc: int | None
    mnc: int | None
    country: None | str
    operator: None | str
    parts: int | None
    price: float | None
    currency: str | None
    url: None | str
    date_create: str | None
    date_send: str | None
    date_delivery: None | str
    lifetime: int | None
    delivery: bool | None
    id_group: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id_base: int,
        phone: str | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        type_sms: SmsRecordTypeSms | None = NOT_GIVEN,
        status: SmsRecordStatus | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        country: None | str = NOT_GIVEN,
        operator: None | str = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        price: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        url: None | str = NOT_GIVEN,
        date_create: str | None = NOT_GIVEN,
        date_send: str | None = NOT_GIVEN,
        date_delivery: None | str = NOT_GIVEN,
        lifetime: int | None = NOT_GIVEN,
        delivery: bool | None = NOT_GIVEN,
        id_group: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id_base is NOT_GIVEN:
            raise TypeError("SmsRecord() needs id_base=")
        self.id_base = id_base
        self.phone = None if phone is NOT_GIVEN else phone
        self.sender = None if sender is NOT_GIVEN else sender
        self.text = None if text is NOT_GIVEN else text
        self.type_sms = None if type_sms is NOT_GIVEN else type_sms
        self.status = None if status is NOT_GIVEN else status
        self.mcc = None if mcc is NOT_GIVEN else mcc
        self.mnc = None if mnc is NOT_GIVEN else mnc
        if country is NOT_GIVEN:
            self.country = None
        else:
            self.country = country
            if country is None:
                self._nulls = self._nulls | {"country"}
        if operator is NOT_GIVEN:
            self.operator = None
        else:
            self.operator = operator
            if operator is None:
                self._nulls = self._nulls | {"operator"}
        self.parts = None if parts is NOT_GIVEN else parts
        self.price = None if price is NOT_GIVEN else price
        self.currency = None if currency is NOT_GIVEN else currency
        if url is NOT_GIVEN:
            self.url = None
        else:
            self.url = url
            if url is None:
                self._nulls = self._nulls | {"url"}
        self.date_create = None if date_create is NOT_GIVEN else date_create
        self.date_send = None if date_send is NOT_GIVEN else date_send
        if date_delivery is NOT_GIVEN:
            self.date_delivery = None
        else:
            self.date_delivery = date_delivery
            if date_delivery is None:
                self._nulls = self._nulls | {"date_delivery"}
        self.lifetime = None if lifetime is NOT_GIVEN else lifetime
        self.delivery = None if delivery is NOT_GIVEN else delivery
        if id_group is NOT_GIVEN:
            self.id_group = None
        else:
            self.id_group = id_group
            if id_group is None:
                self._nulls = self._nulls | {"id_group"}
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id_base",)
        optional: tuple[str, ...] = (
            "phone",
            "sender",
            "text",
            "type_sms",
            "status",
            "mcc",
            "mnc",
            "country",
            "operator",
            "parts",
            "price",
            "currency",
            "url",
            "date_create",
            "date_send",
            "date_delivery",
            "lifetime",
            "delivery",
            "id_group",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id_base = self.id_base

        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _text: str | Unset = UNSET if self.text is None else self.text
        text = _text

        _type_sms: SmsRecordTypeSms | Unset = (
            UNSET if self.type_sms is None else self.type_sms
        )
        type_sms: str | Unset = UNSET
        if not isinstance(_type_sms, Unset):
            type_sms = _type_sms.value

        _status: SmsRecordStatus | Unset = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status, Unset):
            status = _status.value

        _mcc: int | Unset = UNSET if self.mcc is None else self.mcc
        mcc = _mcc

        _mnc: int | Unset = UNSET if self.mnc is None else self.mnc
        mnc = _mnc

        _country: None | str | Unset = (
            self.country
            if self.country is not None or "country" in self._nulls
            else UNSET
        )
        country: None | str | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = _country

        _operator: None | str | Unset = (
            self.operator
            if self.operator is not None or "operator" in self._nulls
            else UNSET
        )
        operator: None | str | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = _operator

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _price: float | Unset = UNSET if self.price is None else self.price
        price = _price

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _url: None | str | Unset = (
            self.url if self.url is not None or "url" in self._nulls else UNSET
        )
        url: None | str | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = _url

        _date_create: str | Unset = (
            UNSET if self.date_create is None else self.date_create
        )
        date_create = _date_create

        _date_send: str | Unset = UNSET if self.date_send is None else self.date_send
        date_send = _date_send

        _date_delivery: None | str | Unset = (
            self.date_delivery
            if self.date_delivery is not None or "date_delivery" in self._nulls
            else UNSET
        )
        date_delivery: None | str | Unset
        if isinstance(_date_delivery, Unset):
            date_delivery = UNSET
        else:
            date_delivery = _date_delivery

        _lifetime: int | Unset = UNSET if self.lifetime is None else self.lifetime
        lifetime = _lifetime

        _delivery: bool | Unset = UNSET if self.delivery is None else self.delivery
        delivery = _delivery

        _id_group: int | None | Unset = (
            self.id_group
            if self.id_group is not None or "id_group" in self._nulls
            else UNSET
        )
        id_group: int | None | Unset
        if isinstance(_id_group, Unset):
            id_group = UNSET
        else:
            id_group = _id_group

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
