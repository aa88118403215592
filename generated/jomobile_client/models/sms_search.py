from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_type import SmsType
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsSearch")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsSearch:
    """
    Attributes:
        mcc (int | None): Mobile country code of the destination network.
        mnc (int | None): Mobile network code of the destination network (best used with `MCC`).
        sender (bool | str | None): The sender ID the messages were sent from.
        phone (bool | list[str] | None): Numbers the messages were sent to.
        id_base (bool | list[int | str] | None): Message ids, as `/v1/send` and `/v1/send-bulk` return them.
        time_period (bool | str | None): When the messages were submitted: `start - end`, both included, in UTC.
        type_sms (bool | SmsType | None): The kind of message.
        limit (int | None): At most this many messages (the newest); null or absent, no limit.
    """

    mcc: int | None
    mnc: int | None
    sender: bool | str | None
    phone: bool | list[str] | None
    id_base: bool | list[int | str] | None
    time_period: bool | str | None
    type_sms: bool | SmsType | None
    limit: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        mcc: int | None = NOT_GIVEN,
        mnc: int | None = NOT_GIVEN,
        sender: bool | str | None = NOT_GIVEN,
        phone: bool | list[str] | None = NOT_GIVEN,
        id_base: bool | list[int | str] | None = NOT_GIVEN,
        time_period: bool | str | None = NOT_GIVEN,
        type_sms: bool | SmsType | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.mcc = None if mcc is NOT_GIVEN else mcc
        self.mnc = None if mnc is NOT_GIVEN else mnc
        self.sender = None if sender is NOT_GIVEN else sender
        self.phone = None if phone is NOT_GIVEN else phone
        self.id_base = None if id_base is NOT_GIVEN else id_base
        self.time_period = None if time_period is NOT_GIVEN else time_period
        self.type_sms = None if type_sms is NOT_GIVEN else type_sms
        if limit is NOT_GIVEN:
            self.limit = None
        else:
            self.limit = limit
            if limit is None:
                self._nulls = self._nulls | {"limit"}
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "mcc",
            "mnc",
            "sender",
            "phone",
            "id_base",
            "time_period",
            "type_sms",
            "limit",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _mcc: int | Unset = UNSET if self.mcc is None else self.mcc
        mcc = _mcc

        _mnc: int | Unset = UNSET if self.mnc is None else self.mnc
        mnc = _mnc

        _sender: bool | str | Unset = UNSET if self.sender is None else self.sender
        sender: bool | str | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = _sender

        _phone: bool | list[str] | Unset = UNSET if self.phone is None else self.phone
        phone: bool | list[str] | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        elif isinstance(_phone, list):
            phone = _phone

        else:
            phone = _phone

        _id_base: bool | list[int | str] | Unset = (
            UNSET if self.id_base is None else self.id_base
        )
        id_base: bool | list[int | str] | Unset
        if isinstance(_id_base, Unset):
            id_base = UNSET
        elif isinstance(_id_base, list):
            id_base = []
            for id_base_type_0_item_data in _id_base:
                id_base_type_0_item: int | str
                id_base_type_0_item = id_base_type_0_item_data
                id_base.append(id_base_type_0_item)

        else:
            id_base = _id_base

        _time_period: bool | str | Unset = (
            UNSET if self.time_period is None else self.time_period
        )
        time_period: bool | str | Unset
        if isinstance(_time_period, Unset):
            time_period = UNSET
        else:
            time_period = _time_period

        _type_sms: bool | SmsType | Unset = (
            UNSET if self.type_sms is None else self.type_sms
        )
        type_sms: bool | str | Unset
        if isinstance(_type_sms, Unset):
            type_sms = UNSET
        elif isinstance(_type_sms, SmsType):
            type_sms = _type_sms.value
        else:
            type_sms = _type_sms

        _limit: int | None | Unset = (
            self.limit if self.limit is not None or "limit" in self._nulls else UNSET
        )
        limit: int | None | Unset
        if isinstance(_limit, Unset):
            limit = UNSET
        else:
            limit = _limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcc is not UNSET:
            field_dict["MCC"] = mcc
        if mnc is not UNSET:
            field_dict["MNC"] = mnc
        if sender is not UNSET:
            field_dict["sender"] = sender
        if phone is not UNSET:
            field_dict["phone"] = phone
        if id_base is not UNSET:
            field_dict["id_base"] = id_base
        if time_period is not UNSET:
            field_dict["time_period"] = time_period
        if type_sms is not UNSET:
            field_dict["type_sms"] = type_sms
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsSearch)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
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

            def _parse_sender(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            sender = _parse_sender(d.pop("sender", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "bool | str", src_dict) from None

        try:

            def _parse_phone(data: object) -> bool | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _phone_type_0 = data
                    if not isinstance(_phone_type_0, list):
                        raise TypeError("not a list")
                    phone_type_0 = cast(list[str], _phone_type_0)

                    return phone_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | list[str] | Unset, data)

            phone = _parse_phone(d.pop("phone", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "phone", "bool | list[str]", src_dict
            ) from None

        try:

            def _parse_id_base(data: object) -> bool | list[int | str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _id_base_type_0 = data
                    if not isinstance(_id_base_type_0, list):
                        raise TypeError("not a list")
                    id_base_type_0 = []
                    for _id_base_type_0_index, id_base_type_0_item_data in enumerate(
                        _id_base_type_0
                    ):
                        try:

                            def _parse_id_base_type_0_item(data: object) -> int | str:
                                return cast(int | str, data)

                            id_base_type_0_item = _parse_id_base_type_0_item(
                                id_base_type_0_item_data
                            )

                        except _errors.ReplyMismatch as _mismatch:
                            raise _mismatch.within(_id_base_type_0_index) from None
                        except (KeyError, TypeError, ValueError, AttributeError):
                            raise _errors.ReplyMismatch.at(
                                _id_base_type_0_index, "int | str", _id_base_type_0
                            ) from None
                        id_base_type_0.append(id_base_type_0_item)

                    return id_base_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | list[int | str] | Unset, data)

            id_base = _parse_id_base(d.pop("id_base", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_base") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "id_base", "bool | list[int | str]", src_dict
            ) from None

        try:

            def _parse_time_period(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            time_period = _parse_time_period(d.pop("time_period", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_period") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "time_period", "bool | str", src_dict
            ) from None

        try:

            def _parse_type_sms(data: object) -> bool | SmsType | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_sms_type_0 = SmsType(data)

                    return type_sms_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | SmsType | Unset, data)

            type_sms = _parse_type_sms(d.pop("type_sms", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("type_sms") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "type_sms", "bool | SmsType", src_dict
            ) from None

        try:

            def _parse_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            limit = _parse_limit(d.pop("limit", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("limit") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("limit", "int | None", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            mcc=mcc,
            mnc=mnc,
            sender=sender,
            phone=phone,
            id_base=id_base,
            time_period=time_period,
            type_sms=type_sms,
            limit=limit,
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
