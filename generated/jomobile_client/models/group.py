from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Group")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Group:
    """
    Attributes:
        id_group (int):
        name_group (str | None):
        time_birth (None | str):
        originator_birth (None | str):
        text_birth (None | str):
        on_birth (bool | None):
        numbers_count (int | None): How many numbers are in the group.
    """

    id_group: int
    name_group: str | None
    time_birth: None | str
    originator_birth: None | str
    text_birth: None | str
    on_birth: bool | None
    numbers_count: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id_group: int,
        name_group: str | None = NOT_GIVEN,
        time_birth: None | str = NOT_GIVEN,
        originator_birth: None | str = NOT_GIVEN,
        text_birth: None | str = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
        numbers_count: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id_group is NOT_GIVEN:
            raise TypeError("Group() needs id_group=")
        self.id_group = id_group
        self.name_group = None if name_group is NOT_GIVEN else name_group
        if time_birth is NOT_GIVEN:
            self.time_birth = None
        else:
            self.time_birth = time_birth
            if time_birth is None:
                self._nulls = self._nulls | {"time_birth"}
        if originator_birth is NOT_GIVEN:
            self.originator_birth = None
        else:
            self.originator_birth = originator_birth
            if originator_birth is None:
                self._nulls = self._nulls | {"originator_birth"}
        if text_birth is NOT_GIVEN:
            self.text_birth = None
        else:
            self.text_birth = text_birth
            if text_birth is None:
                self._nulls = self._nulls | {"text_birth"}
        self.on_birth = None if on_birth is NOT_GIVEN else on_birth
        self.numbers_count = None if numbers_count is NOT_GIVEN else numbers_count
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id_group",)
        optional: tuple[str, ...] = (
            "name_group",
            "time_birth",
            "originator_birth",
            "text_birth",
            "on_birth",
            "numbers_count",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id_group = self.id_group

        _name_group: str | Unset = UNSET if self.name_group is None else self.name_group
        name_group = _name_group

        _time_birth: None | str | Unset = (
            self.time_birth
            if self.time_birth is not None or "time_birth" in self._nulls
            else UNSET
        )
        time_birth: None | str | Unset
        if isinstance(_time_birth, Unset):
            time_birth = UNSET
        else:
            time_birth = _time_birth

        _originator_birth: None | str | Unset = (
            self.originator_birth
            if self.originator_birth is not None or "originator_birth" in self._nulls
            else UNSET
        )
        originator_birth: None | str | Unset
        if isinstance(_originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = _originator_birth

        _text_birth: None | str | Unset = (
            self.text_birth
            if self.text_birth is not None or "text_birth" in self._nulls
            else UNSET
        )
        text_birth: None | str | Unset
        if isinstance(_text_birth, Unset):
            text_birth = UNSET
        else:
            text_birth = _text_birth

        _on_birth: bool | Unset = UNSET if self.on_birth is None else self.on_birth
        on_birth = _on_birth

        _numbers_count: int | Unset = (
            UNSET if self.numbers_count is None else self.numbers_count
        )
        numbers_count = _numbers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_group": id_group,
            }
        )
        if name_group is not UNSET:
            field_dict["name_group"] = name_group
        if time_birth is not UNSET:
            field_dict["time_birth"] = time_birth
        if originator_birth is not UNSET:
            field_dict["originator_birth"] = originator_birth
        if text_birth is not UNSET:
            field_dict["text_birth"] = text_birth
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth
        if numbers_count is not UNSET:
            field_dict["numbers_count"] = numbers_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Group)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id_group = d.pop("id_group")
            if not isinstance(id_group, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_group", "int", src_dict) from None

        try:
            name_group = d.pop("name_group", UNSET)
            if not isinstance(name_group, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name_group", "str", src_dict) from None

        try:

            def _parse_time_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            time_birth = _parse_time_birth(d.pop("time_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "time_birth", "None | str", src_dict
            ) from None

        try:

            def _parse_originator_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originator_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "originator_birth", "None | str", src_dict
            ) from None

        try:

            def _parse_text_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            text_birth = _parse_text_birth(d.pop("text_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "text_birth", "None | str", src_dict
            ) from None

        try:
            on_birth = d.pop("on_birth", UNSET)
            if not isinstance(on_birth, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("on_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("on_birth", "bool", src_dict) from None

        try:
            numbers_count = d.pop("numbers_count", UNSET)
            if not isinstance(numbers_count, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("numbers_count") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("numbers_count", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id_group=id_group,
            name_group=name_group,
            time_birth=time_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            on_birth=on_birth,
            numbers_count=numbers_count,
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
