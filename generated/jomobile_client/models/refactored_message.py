from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.refactored_message_encoding import RefactoredMessageEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefactoredMessage")


@_attrs_define
class RefactoredMessage:
    """
    Attributes:
        number (str | Unset):
        sender_id (str | Unset):
        text (str | Unset):
        encoding (RefactoredMessageEncoding | Unset):
        parts (int | Unset):
    """

    number: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    text: str | Unset = UNSET
    encoding: RefactoredMessageEncoding | Unset = UNSET
    parts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sender_id = self.sender_id

        text = self.text

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if sender_id is not UNSET:
            field_dict["senderID"] = sender_id
        if text is not UNSET:
            field_dict["text"] = text
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (RefactoredMessage)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "str", src_dict) from None

        try:
            sender_id = d.pop("senderID", UNSET)
            if not isinstance(sender_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("senderID") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("senderID", "str", src_dict) from None

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            _encoding = d.pop("encoding", UNSET)
            encoding: RefactoredMessageEncoding | Unset
            if isinstance(_encoding, Unset):
                encoding = UNSET
            else:
                encoding = RefactoredMessageEncoding(_encoding)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("encoding") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "encoding", "RefactoredMessageEncoding", src_dict
            ) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        refactored_message = cls(
            number=number,
            sender_id=sender_id,
            text=text,
            encoding=encoding,
            parts=parts,
        )

        refactored_message.additional_properties = d
        return refactored_message

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
