from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN

T = TypeVar("T", bound="AddedSender")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class AddedSender:
    """The id of a newly added sender name, in fmt 3.

    Attributes:
        sender (int):
    """

    sender: int
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        sender: int,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if sender is NOT_GIVEN:
            raise TypeError("AddedSender() needs sender=")
        self.sender = sender

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("sender",)
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sender": sender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (AddedSender)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            sender = d.pop("sender")
            if not isinstance(sender, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            sender=sender,
        )

        return _built_model
