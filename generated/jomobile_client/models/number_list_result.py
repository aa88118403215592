from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="NumberListResult")


@_attrs_define(init=False)
class NumberListResult:
    """
    Attributes:
        numbers (list[str] | None):
    """

    numbers: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields_set: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def __init__(
        self,
        numbers: list[str] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        _given: list[str] = []
        if (
            numbers is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.numbers = None
        else:
            self.numbers = numbers
            _given.append("numbers")
        self.additional_properties = {}
        self._fields_set = frozenset(_given)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields given to the constructor, or present in the reply this was read from (attribute names).

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        return self._fields_set

    def to_dict(self) -> dict[str, Any]:
        _numbers: list[str] | Unset = UNSET if self.numbers is None else self.numbers
        numbers: list[str] | Unset = UNSET
        if not isinstance(_numbers, Unset):
            numbers = _numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numbers is not UNSET:
            field_dict["numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (NumberListResult)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _numbers = d.pop("numbers", UNSET)
            if not isinstance(_numbers, (list, Unset)):
                raise TypeError("not a list")
            numbers = cast(list[str], _numbers)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("numbers") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("numbers", "list[str]", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None, left out of fields_set.
        _built_model: Self = cast(Any, cls)(
            numbers=numbers,
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
