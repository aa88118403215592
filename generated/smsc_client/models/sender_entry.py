from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SenderEntry")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SenderEntry:
    """One sender name: with `all=0` its name and id; with `all=1` also its
    status; with `operators=1` its status at every operator (as strings,
    the id too) and any substitute as `<operator>_subst`.

        Attributes:
            sender (str):
            id (int | str):
            status (int | None): 0 waiting for moderation, 1 allowed, 2 switched off.
    """

    sender: str
    id: int | str
    status: int | None
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        sender: str,
        id: int | str,
        status: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if sender is NOT_GIVEN:
            raise TypeError("SenderEntry() needs sender=")
        self.sender = sender
        if id is NOT_GIVEN:
            raise TypeError("SenderEntry() needs id=")
        self.id = id
        self.status = None if status is NOT_GIVEN else status
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "sender",
            "id",
        )
        optional: tuple[str, ...] = ("status",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        id: int | str
        id = self.id

        _status: int | Unset = UNSET if self.status is None else self.status
        status = _status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SenderEntry)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            sender = d.pop("sender")
            if not isinstance(sender, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:

            def _parse_id(data: object) -> int | str:
                return cast(int | str, data)

            id = _parse_id(d.pop("id"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int | str", src_dict) from None

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            sender=sender,
            id=id,
            status=status,
        )

        _built_model.additional_properties = d
        return _built_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
