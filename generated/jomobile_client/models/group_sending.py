from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="GroupSending")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class GroupSending:
    """
    Attributes:
        sender_id (str): The sender shown to the recipient; up to 11 letters, digits, spaces and `._&-`, or a number of
            up to 15 digits. Example: SenderID.
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per part, UCS-2 67) and
            each part is charged.
        date_start (bool | str | None): The day to send on; today when not set.
        time_start (bool | str | None): When sending starts; at once when not set or past.
        time_stop (bool | str | None): By when sending must be done; no limit when not set.
        phone (bool | str | None):
        id_group (bool | list[int] | None): The groups to send to.
        id_group_excluded (bool | list[int] | None): Numbers in these groups get nothing.
    """

    sender_id: str
    text: str
    date_start: bool | str | None
    time_start: bool | str | None
    time_stop: bool | str | None
    phone: bool | str | None
    id_group: bool | list[int] | None
    id_group_excluded: bool | list[int] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        sender_id: str,
        text: str,
        date_start: bool | str | None = NOT_GIVEN,
        time_start: bool | str | None = NOT_GIVEN,
        time_stop: bool | str | None = NOT_GIVEN,
        phone: bool | str | None = NOT_GIVEN,
        id_group: bool | list[int] | None = NOT_GIVEN,
        id_group_excluded: bool | list[int] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if sender_id is NOT_GIVEN:
            raise TypeError("GroupSending() needs sender_id=")
        self.sender_id = sender_id
        if text is NOT_GIVEN:
            raise TypeError("GroupSending() needs text=")
        self.text = text
        self.date_start = None if date_start is NOT_GIVEN else date_start
        self.time_start = None if time_start is NOT_GIVEN else time_start
        self.time_stop = None if time_stop is NOT_GIVEN else time_stop
        self.phone = None if phone is NOT_GIVEN else phone
        self.id_group = None if id_group is NOT_GIVEN else id_group
        self.id_group_excluded = (
            None if id_group_excluded is NOT_GIVEN else id_group_excluded
        )
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "sender_id",
            "text",
        )
        optional: tuple[str, ...] = (
            "date_start",
            "time_start",
            "time_stop",
            "phone",
            "id_group",
            "id_group_excluded",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        text = self.text

        _date_start: bool | str | Unset = (
            UNSET if self.date_start is None else self.date_start
        )
        date_start: bool | str | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = _date_start

        _time_start: bool | str | Unset = (
            UNSET if self.time_start is None else self.time_start
        )
        time_start: bool | str | Unset
        if isinstance(_time_start, Unset):
            time_start = UNSET
        else:
            time_start = _time_start

        _time_stop: bool | str | Unset = (
            UNSET if self.time_stop is None else self.time_stop
        )
        time_stop: bool | str | Unset
        if isinstance(_time_stop, Unset):
            time_stop = UNSET
        else:
            time_stop = _time_stop

        _phone: bool | str | Unset = UNSET if self.phone is None else self.phone
        phone: bool | str | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = _phone

        _id_group: bool | list[int] | Unset = (
            UNSET if self.id_group is None else self.id_group
        )
        id_group: bool | list[int] | Unset
        if isinstance(_id_group, Unset):
            id_group = UNSET
        elif isinstance(_id_group, list):
            id_group = _id_group

        else:
            id_group = _id_group

        _id_group_excluded: bool | list[int] | Unset = (
            UNSET if self.id_group_excluded is None else self.id_group_excluded
        )
        id_group_excluded: bool | list[int] | Unset
        if isinstance(_id_group_excluded, Unset):
            id_group_excluded = UNSET
        elif isinstance(_id_group_excluded, list):
            id_group_excluded = _id_group_excluded

        else:
            id_group_excluded = _id_group_excluded

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            sender_id=sender_id,
            text=text,
            date_start=date_start,
            time_start=time_start,
            time_stop=time_stop,
            phone=phone,
            id_group=id_group,
            id_group_excluded=id_group_excluded,
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
