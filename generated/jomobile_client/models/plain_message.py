from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN

T = TypeVar("T", bound="PlainMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class PlainMessage:
    """
    Attributes:
        number (str): A phone number of 5 to 15 digits, written any way (spaces, dashes, dots, brackets and a leading
            `+` are dropped). Example: +380 66 218-52-99.
        sender_id (str): A sender ID; surrounding spaces are dropped and it is cut to 11 characters (15 digits for a
            number).
        text (str): The text. Longer than one SMS, it is sent in parts (GSM-7 153 characters per part, UCS-2 67) and
            each part is charged.
    """

    number: str
    sender_id: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        number: str,
        sender_id: str,
        text: str,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if number is NOT_GIVEN:
            raise TypeError("PlainMessage() needs number=")
        self.number = number
        if sender_id is NOT_GIVEN:
            raise TypeError("PlainMessage() needs sender_id=")
        self.sender_id = sender_id
        if text is NOT_GIVEN:
            raise TypeError("PlainMessage() needs text=")
        self.text = text
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
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sender_id = self.sender_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "senderID": sender_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (PlainMessage)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            number = d.pop("number")
            if not isinstance(number, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "str", src_dict) from None

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            number=number,
            sender_id=sender_id,
            text=text,
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
