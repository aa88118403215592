from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GroupList")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class GroupList:
    """
    Attributes:
        total (int | None): How many groups match before `limit` and `offset`.
        groups (list[Group] | None):
    """

    total: int | None
    groups: list[Group] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        total: int | None = NOT_GIVEN,
        groups: list[Group] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.total = None if total is NOT_GIVEN else total
        self.groups = None if groups is NOT_GIVEN else groups
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "total",
            "groups",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _total: int | Unset = UNSET if self.total is None else self.total
        total = _total

        _groups: list[Group] | Unset = UNSET if self.groups is None else self.groups
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_groups, Unset):
            groups = []
            for groups_item_data in _groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group import Group

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupList)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            total = d.pop("total", UNSET)
            if not isinstance(total, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("total") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("total", "int", src_dict) from None

        try:
            _groups = d.pop("groups", UNSET)
            groups: list[Group] | Unset = UNSET
            if not isinstance(_groups, Unset):
                if not isinstance(_groups, list):
                    raise TypeError("not a list")
                groups = []
                for _groups_index, groups_item_data in enumerate(_groups):
                    try:
                        groups_item = Group.from_dict(groups_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_groups_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _groups_index, "Group", _groups
                        ) from None
                    groups.append(groups_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("groups") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("groups", "list[Group]", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            total=total,
            groups=groups,
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
