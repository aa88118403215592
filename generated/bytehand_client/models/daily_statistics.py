from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="DailyStatistics")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class DailyStatistics:
    """
    Attributes:
        date (datetime.date | None):
        messages (int | None):
        parts (int | None):
        delivered (int | None):
        cost (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
    """

    date: datetime.date | None
    messages: int | None
    parts: int | None
    delivered: int | None
    cost: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        date: datetime.date | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        delivered: int | None = NOT_GIVEN,
        cost: float | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.date = None if date is NOT_GIVEN else date
        self.messages = None if messages is NOT_GIVEN else messages
        self.parts = None if parts is NOT_GIVEN else parts
        self.delivered = None if delivered is NOT_GIVEN else delivered
        self.cost = None if cost is NOT_GIVEN else cost
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "date",
            "messages",
            "parts",
            "delivered",
            "cost",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _date: datetime.date | Unset = UNSET if self.date is None else self.date
        date: str | Unset = UNSET
        if not isinstance(_date, Unset):
            date = _date.isoformat()

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _delivered: int | Unset = UNSET if self.delivered is None else self.delivered
        delivered = _delivered

        _cost: float | Unset = UNSET if self.cost is None else self.cost
        cost = _cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (DailyStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _date = d.pop("date", UNSET)
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("date", "datetime.date", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            delivered = d.pop("delivered", UNSET)
            if not isinstance(delivered, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("delivered") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("delivered", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "float", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            date=date,
            messages=messages,
            parts=parts,
            delivered=delivered,
            cost=cost,
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
