from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="NewGroup")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class NewGroup:
    """
    Attributes:
        name_group (str): The group's name.
        time_birth (bool | str | None): When birthday greetings are sent.
        originator_birth (bool | str | None): The sender ID of birthday greetings.
        text_birth (bool | str | None): The text of birthday greetings; placeholders as for `/v1/send-bulk`.
        on_birth (bool | None): Whether birthday greetings are sent.
    """

    name_group: str
    time_birth: bool | str | None
    originator_birth: bool | str | None
    text_birth: bool | str | None
    on_birth: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        name_group: str,
        time_birth: bool | str | None = NOT_GIVEN,
        originator_birth: bool | str | None = NOT_GIVEN,
        text_birth: bool | str | None = NOT_GIVEN,
        on_birth: bool | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if name_group is NOT_GIVEN:
            raise TypeError("NewGroup() needs name_group=")
        self.name_group = name_group
        self.time_birth = None if time_birth is NOT_GIVEN else time_birth
        self.originator_birth = (
            None if originator_birth is NOT_GIVEN else originator_birth
        )
        self.text_birth = None if text_birth is NOT_GIVEN else text_birth
        self.on_birth = None if on_birth is NOT_GIVEN else on_birth
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("name_group",)
        optional: tuple[str, ...] = (
            "time_birth",
            "originator_birth",
            "text_birth",
            "on_birth",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        name_group = self.name_group

        _time_birth: bool | str | Unset = (
            UNSET if self.time_birth is None else self.time_birth
        )
        time_birth: bool | str | Unset
        if isinstance(_time_birth, Unset):
            time_birth = UNSET
        else:
            time_birth = _time_birth

        _originator_birth: bool | str | Unset = (
            UNSET if self.originator_birth is None else self.originator_birth
        )
        originator_birth: bool | str | Unset
        if isinstance(_originator_birth, Unset):
            originator_birth = UNSET
        else:
            originator_birth = _originator_birth

        _text_birth: bool | str | Unset = (
            UNSET if self.text_birth is None else self.text_birth
        )
        text_birth: bool | str | Unset
        if isinstance(_text_birth, Unset):
            text_birth = UNSET
        else:
            text_birth = _text_birth

        _on_birth: bool | Unset = UNSET if self.on_birth is None else self.on_birth
        on_birth = _on_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name_group": name_group,
            }
        )
        if time_birth is not UNSET:
            field_dict["time_birth"] = time_birth
        if originator_birth is not UNSET:
            field_dict["originator_birth"] = originator_birth
        if text_birth is not UNSET:
            field_dict["text_birth"] = text_birth
        if on_birth is not UNSET:
            field_dict["on_birth"] = on_birth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (NewGroup)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            name_group = d.pop("name_group")
            if not isinstance(name_group, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name_group", "str", src_dict) from None

        try:

            def _parse_time_birth(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            time_birth = _parse_time_birth(d.pop("time_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "time_birth", "bool | str", src_dict
            ) from None

        try:

            def _parse_originator_birth(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            originator_birth = _parse_originator_birth(d.pop("originator_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originator_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "originator_birth", "bool | str", src_dict
            ) from None

        try:

            def _parse_text_birth(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            text_birth = _parse_text_birth(d.pop("text_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "text_birth", "bool | str", src_dict
            ) from None

        try:
            on_birth = d.pop("on_birth", UNSET)
            if not isinstance(on_birth, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("on_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("on_birth", "bool", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            name_group=name_group,
            time_birth=time_birth,
            originator_birth=originator_birth,
            text_birth=text_birth,
            on_birth=on_birth,
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
