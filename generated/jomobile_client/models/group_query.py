from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="GroupQuery")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class GroupQuery:
    """
    Attributes:
        id_group (int | None): One group's id; 0 or absent for every group.
        limit (int | None): At most this many groups.
        offset (int | None): The page to show, 0 the first; a page holds `limit` groups.
    """

    id_group: int | None
    limit: int | None
    offset: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id_group: int | None = NOT_GIVEN,
        limit: int | None = NOT_GIVEN,
        offset: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.id_group = None if id_group is NOT_GIVEN else id_group
        self.limit = None if limit is NOT_GIVEN else limit
        self.offset = None if offset is NOT_GIVEN else offset
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "id_group",
            "limit",
            "offset",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _id_group: int | Unset = UNSET if self.id_group is None else self.id_group
        id_group = _id_group

        _limit: int | Unset = UNSET if self.limit is None else self.limit
        limit = _limit

        _offset: int | Unset = UNSET if self.offset is None else self.offset
        offset = _offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_group is not UNSET:
            field_dict["id_group"] = id_group
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupQuery)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id_group = d.pop("id_group", UNSET)
            if not isinstance(id_group, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id_group") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id_group", "int", src_dict) from None

        try:
            limit = d.pop("limit", UNSET)
            if not isinstance(limit, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("limit") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("limit", "int", src_dict) from None

        try:
            offset = d.pop("offset", UNSET)
            if not isinstance(offset, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("offset") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("offset", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id_group=id_group,
            limit=limit,
            offset=offset,
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
