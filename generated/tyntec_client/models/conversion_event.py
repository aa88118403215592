from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ConversionEvent")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ConversionEvent:
    """This is the event where delivery information regarding the message can be reported back to tyntec

    Attributes:
        request_id (str): The unique identifier provided for each messaging request. Example:
            e74db8d4-77ad-4671-8feb-9bc76b0df188.
        delivered (bool | None): Has the message been delivered to the end user or not. By default would be considered
            as true Default: True.
        timestamp (datetime.datetime | str | None): The timestamp when the message converted. If empty, the conversion
            timestamp is the time the API received the event. Example: 2018-06-01T00:00:00+02:00.
    """

    request_id: str
    delivered: bool | None
    timestamp: datetime.datetime | str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        request_id: str,
        delivered: bool | None = True,
        timestamp: datetime.datetime | str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if request_id is NOT_GIVEN:
            raise TypeError("ConversionEvent() needs request_id=")
        self.request_id = request_id
        self.delivered = None if delivered is NOT_GIVEN else delivered
        self.timestamp = None if timestamp is NOT_GIVEN else timestamp
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("request_id",)
        optional: tuple[str, ...] = (
            "delivered",
            "timestamp",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        _delivered: bool | Unset = UNSET if self.delivered is None else self.delivered
        delivered = _delivered

        _timestamp: datetime.datetime | str | Unset = (
            UNSET if self.timestamp is None else self.timestamp
        )
        timestamp: str | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        elif isinstance(_timestamp, datetime.datetime):
            timestamp = _timestamp.isoformat()
        else:
            timestamp = _timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
            }
        )
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ConversionEvent)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            request_id = d.pop("requestId")
            if not isinstance(request_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("requestId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("requestId", "str", src_dict) from None

        try:
            delivered = d.pop("delivered", UNSET)
            if not isinstance(delivered, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("delivered") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("delivered", "bool", src_dict) from None

        try:

            def _parse_timestamp(data: object) -> datetime.datetime | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | str | Unset, data)

            timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("timestamp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "timestamp", "datetime.datetime | str", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            request_id=request_id,
            delivered=delivered,
            timestamp=timestamp,
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
