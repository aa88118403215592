from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupSending")


@_attrs_define
class GroupSending:
    """
    Attributes:
        sender_id (str): The sender shown to the recipient; up to 11 letters, digits, spaces and `._&-`, or a number of
            up to 15 digits. Example: SenderID.
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per part, UCS-2 67) and
            each part is charged.
        date_start (bool | str | Unset): The day to send on; today when not set.
        time_start (bool | str | Unset): When sending starts; at once when not set or past.
        time_stop (bool | str | Unset): By when sending must be done; no limit when not set.
        phone (bool | str | Unset):
        id_group (bool | list[int] | Unset): The groups to send to.
        id_group_excluded (bool | list[int] | Unset): Numbers in these groups get nothing.
    """

    sender_id: str
    text: str
    date_start: bool | str | Unset = UNSET
    time_start: bool | str | Unset = UNSET
    time_stop: bool | str | Unset = UNSET
    phone: bool | str | Unset = UNSET
    id_group: bool | list[int] | Unset = UNSET
    id_group_excluded: bool | list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        text = self.text

        date_start: bool | str | Unset
        if isinstance(self.date_start, Unset):
            date_start = UNSET
        else:
            date_start = self.date_start

        time_start: bool | str | Unset
        if isinstance(self.time_start, Unset):
            time_start = UNSET
        else:
            time_start = self.time_start

        time_stop: bool | str | Unset
        if isinstance(self.time_stop, Unset):
            time_stop = UNSET
        else:
            time_stop = self.time_stop

        phone: bool | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        id_group: bool | list[int] | Unset
        if isinstance(self.id_group, Unset):
            id_group = UNSET
        elif isinstance(self.id_group, list):
            id_group = self.id_group

        else:
            id_group = self.id_group

        id_group_excluded: bool | list[int] | Unset
        if isinstance(self.id_group_excluded, Unset):
            id_group_excluded = UNSET
        elif isinstance(self.id_group_excluded, list):
            id_group_excluded = self.id_group_excluded

        else:
            id_group_excluded = self.id_group_excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "senderID": sender_id,
                "text": text,
            }
        )
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if time_start is not UNSET:
            field_dict["timeStart"] = time_start
        if time_stop is not UNSET:
            field_dict["timeStop"] = time_stop
        if phone is not UNSET:
            field_dict["phone"] = phone
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if id_group_excluded is not UNSET:
            field_dict["id_group_excluded"] = id_group_excluded

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupSending)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
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

            def _parse_date_start(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            date_start = _parse_date_start(d.pop("dateStart", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("dateStart") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "dateStart", "bool | str", src_dict
            ) from None

        try:

            def _parse_time_start(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            time_start = _parse_time_start(d.pop("timeStart", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("timeStart") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "timeStart", "bool | str", src_dict
            ) from None

        try:

            def _parse_time_stop(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            time_stop = _parse_time_stop(d.pop("timeStop", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("timeStop") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("timeStop", "bool | str", src_dict) from None

        try:

            def _parse_phone(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            phone = _parse_phone(d.pop("phone", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "bool | str", src_dict) from None

        try:

            def _parse_id_group(data: object) -> bool | list[int] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _id_group_type_0 = data
                    if not isinstance(_id_group_type_0, list):
                        raise TypeError("not a list")
                    id_group_type_0 = cast(list[int], _id_group_type_0)

                    return id_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | list[int] | Unset, data)

            id_group = _parse_id_group(d.pop("id_group", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "id_group", "bool | list[int]", src_dict
            ) from None

        try:

            def _parse_id_group_excluded(data: object) -> bool | list[int] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _id_group_excluded_type_0 = data
                    if not isinstance(_id_group_excluded_type_0, list):
                        raise TypeError("not a list")
                    id_group_excluded_type_0 = cast(
                        list[int], _id_group_excluded_type_0
                    )

                    return id_group_excluded_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | list[int] | Unset, data)

            id_group_excluded = _parse_id_group_excluded(
                d.pop("id_group_excluded", UNSET)
            )

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group_excluded") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "id_group_excluded", "bool | list[int]", src_dict
            ) from None

        group_sending = cls(
            sender_id=sender_id,
            text=text,
            date_start=date_start,
            time_start=time_start,
            time_stop=time_stop,
            phone=phone,
            id_group=id_group,
            id_group_excluded=id_group_excluded,
        )

        group_sending.additional_properties = d
        return group_sending

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
