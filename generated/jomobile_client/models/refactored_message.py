from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.refactored_message_encoding import RefactoredMessageEncoding
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="RefactoredMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class RefactoredMessage:
    """
    Attributes:
        number (str | None):
        sender_id (str | None):
        text (str | None):
        encoding (RefactoredMessageEncoding | None):
        parts (int | None):
    """

    number: str | None
    sender_id: str | None
    text: str | None
    encoding: RefactoredMessageEncoding | None
    parts: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        number: str | None = NOT_GIVEN,
        sender_id: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        encoding: RefactoredMessageEncoding | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.number = None if number is NOT_GIVEN else number
        self.sender_id = None if sender_id is NOT_GIVEN else sender_id
        self.text = None if text is NOT_GIVEN else text
        self.encoding = None if encoding is NOT_GIVEN else encoding
        self.parts = None if parts is NOT_GIVEN else parts
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "number",
            "sender_id",
            "text",
            "encoding",
            "parts",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _number: str | Unset = UNSET if self.number is None else self.number
        number = _number

        _sender_id: str | Unset = UNSET if self.sender_id is None else self.sender_id
        sender_id = _sender_id

        _text: str | Unset = UNSET if self.text is None else self.text
        text = _text

        _encoding: RefactoredMessageEncoding | Unset = (
            UNSET if self.encoding is None else self.encoding
        )
        encoding: str | Unset = UNSET
        if not isinstance(_encoding, Unset):
            encoding = _encoding.value

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            number=number,
            sender_id=sender_id,
            text=text,
            encoding=encoding,
            parts=parts,
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
