from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refactored_message_encoding import RefactoredMessageEncoding

T = TypeVar("T", bound="RefactoredMessage")


@_attrs_define
class RefactoredMessage:
    """
    Attributes:
        number (str):
        sender_id (str):
        text (str):
        encoding (RefactoredMessageEncoding):
        parts (int):
    """

    number: str
    sender_id: str
    text: str
    encoding: RefactoredMessageEncoding
    parts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        sender_id = self.sender_id

        text = self.text

        encoding = self.encoding.value

        parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "senderID": sender_id,
                "text": text,
                "encoding": encoding,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        sender_id = d.pop("senderID")

        text = d.pop("text")

        encoding = RefactoredMessageEncoding(d.pop("encoding"))

        parts = d.pop("parts")

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
