from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.routing_mode import RoutingMode
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Routing")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Routing:
    """Which countries messages may go to.

    Example:
        {'mode': 'listed', 'countries': ['RU', 'KZ']}

    Attributes:
        mode (RoutingMode): `all` - anywhere BYTEHAND sends to; `listed` - only to `countries`.
        countries (list[str] | None):
    """

    mode: RoutingMode
    countries: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        mode: RoutingMode,
        countries: list[str] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if mode is NOT_GIVEN:
            raise TypeError("Routing() needs mode=")
        self.mode = mode
        self.countries = None if countries is NOT_GIVEN else countries
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("mode",)
        optional: tuple[str, ...] = ("countries",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        _countries: list[str] | Unset = (
            UNSET if self.countries is None else self.countries
        )
        countries: list[str] | Unset = UNSET
        if not isinstance(_countries, Unset):
            countries = _countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Routing)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            mode = RoutingMode(d.pop("mode"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("mode") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("mode", "RoutingMode", src_dict) from None

        try:
            _countries = d.pop("countries", UNSET)
            if not isinstance(_countries, (list, Unset)):
                raise TypeError("not a list")
            countries = cast(list[str], _countries)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("countries") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("countries", "list[str]", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            mode=mode,
            countries=countries,
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
