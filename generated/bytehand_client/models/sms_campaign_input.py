from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsCampaignInput")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsCampaignInput:
    """A campaign to send.

    Example:
        {'name': 'Spring sale', 'text': 'Hello, {name}! Spring sale starts today.', 'contact_list_id': 1}

    Attributes:
        name (str):
        text (str): The text; `{name}`, `{phone}`, `{email}` and `{<property>}` are replaced with each contact's values.
        contact_list_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        sender (str | None): A sender signature - up to 11 letters, digits, spaces and `._&-` starting with a letter or
            digit, or a phone number. Example: SMS-INFO.
        segment_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        send_after (datetime.datetime | None):
    """

    name: str
    text: str
    contact_list_id: int
    sender: str | None
    segment_id: int | None
    send_after: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        name: str,
        text: str,
        contact_list_id: int,
        sender: str | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if name is NOT_GIVEN:
            raise TypeError("SmsCampaignInput() needs name=")
        self.name = name
        if text is NOT_GIVEN:
            raise TypeError("SmsCampaignInput() needs text=")
        self.text = text
        if contact_list_id is NOT_GIVEN:
            raise TypeError("SmsCampaignInput() needs contact_list_id=")
        self.contact_list_id = contact_list_id
        self.sender = None if sender is NOT_GIVEN else sender
        self.segment_id = None if segment_id is NOT_GIVEN else segment_id
        self.send_after = None if send_after is NOT_GIVEN else send_after
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "name",
            "text",
            "contact_list_id",
        )
        optional: tuple[str, ...] = (
            "sender",
            "segment_id",
            "send_after",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        text = self.text

        contact_list_id = self.contact_list_id

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _segment_id: int | Unset = UNSET if self.segment_id is None else self.segment_id
        segment_id = _segment_id

        _send_after: datetime.datetime | Unset = (
            UNSET if self.send_after is None else self.send_after
        )
        send_after: str | Unset = UNSET
        if not isinstance(_send_after, Unset):
            send_after = _send_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "text": text,
                "contact_list_id": contact_list_id,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsCampaignInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            text = d.pop("text")
            if not isinstance(text, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            contact_list_id = d.pop("contact_list_id")
            if not isinstance(contact_list_id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contact_list_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contact_list_id", "int", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            segment_id = d.pop("segment_id", UNSET)
            if not isinstance(segment_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("segment_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("segment_id", "int", src_dict) from None

        try:
            _send_after = d.pop("send_after", UNSET)
            send_after: datetime.datetime | Unset
            if isinstance(_send_after, Unset):
                send_after = UNSET
            else:
                send_after = datetime.datetime.fromisoformat(_send_after)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_after") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "send_after", "datetime.datetime", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            name=name,
            text=text,
            contact_list_id=contact_list_id,
            sender=sender,
            segment_id=segment_id,
            send_after=send_after,
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
