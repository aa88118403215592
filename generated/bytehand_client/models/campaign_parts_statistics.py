from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="CampaignPartsStatistics")


@_attrs_define(init=False)
class CampaignPartsStatistics:
    """
    Attributes:
        parts (int | None): A number of parts.
        messages (int | None): How many of the campaign's messages have that many parts.
    """

    parts: int | None
    messages: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields_set: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def __init__(
        self,
        parts: int | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        _given: list[str] = []
        if (
            parts is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.parts = None
        else:
            self.parts = parts
            _given.append("parts")
        if (
            messages is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.messages = None
        else:
            self.messages = messages
            _given.append("messages")
        self.additional_properties = {}
        self._fields_set = frozenset(_given)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields given to the constructor, or present in the reply this was read from (attribute names).

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        return self._fields_set

    def to_dict(self) -> dict[str, Any]:
        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parts is not UNSET:
            field_dict["parts"] = parts
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CampaignPartsStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None, left out of fields_set.
        _built_model: Self = cast(Any, cls)(
            parts=parts,
            messages=messages,
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
