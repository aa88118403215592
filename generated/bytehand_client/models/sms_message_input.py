from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsMessageInput")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsMessageInput:
    """One message to send.

    Example:
        {'sender': 'SMS-INFO', 'receiver': '+79161234567', 'text': 'Hello!'}

    Attributes:
        receiver (str): A phone number in E.164, with or without the leading `+`. Example: +79161234567.
        text (str): The text; GSM-7 takes 160 characters in one part (153 per part when split), UCS-2 70 (67).
        sender (str | None): A sender signature - up to 11 letters, digits, spaces and `._&-` starting with a letter or
            digit, or a phone number. Example: SMS-INFO.
        send_after (datetime.datetime | None): Do not send before this moment; right away when left out or in the past.
    """

    receiver: str
    text: str
    sender: str | None
    send_after: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        receiver: str,
        text: str,
        sender: str | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if receiver is NOT_GIVEN:
            raise TypeError("SmsMessageInput() needs receiver=")
        self.receiver = receiver
        if text is NOT_GIVEN:
            raise TypeError("SmsMessageInput() needs text=")
        self.text = text
        self.sender = None if sender is NOT_GIVEN else sender
        self.send_after = None if send_after is NOT_GIVEN else send_after
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "receiver",
            "text",
        )
        optional: tuple[str, ...] = (
            "sender",
            "send_after",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        receiver = self.receiver

        text = self.text

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

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
                "receiver": receiver,
                "text": text,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsMessageInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            receiver = d.pop("receiver")
            if not isinstance(receiver, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("receiver") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("receiver", "str", src_dict) from None

        try:
            text = d.pop("text")
            if not isinstance(text, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

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
            receiver=receiver,
            text=text,
            sender=sender,
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
