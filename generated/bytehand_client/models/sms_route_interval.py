from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsRouteInterval")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsRouteInterval:
    """A range of numbers served by one route. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        route_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        country (str | None): An ISO 3166-1 alpha-2 country code. Example: RU.
        operator (str | None):
        number_from (str | None): The first number of the range (E.164 digits, no `+`).
        number_to (str | None): The last number of the range.
    """

    id: int
    route_id: int | None
    country: str | None
    operator: str | None
    number_from: str | None
    number_to: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        route_id: int | None = NOT_GIVEN,
        country: str | None = NOT_GIVEN,
        operator: str | None = NOT_GIVEN,
        number_from: str | None = NOT_GIVEN,
        number_to: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("SmsRouteInterval() needs id=")
        self.id = id
        self.route_id = None if route_id is NOT_GIVEN else route_id
        self.country = None if country is NOT_GIVEN else country
        self.operator = None if operator is NOT_GIVEN else operator
        self.number_from = None if number_from is NOT_GIVEN else number_from
        self.number_to = None if number_to is NOT_GIVEN else number_to
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "route_id",
            "country",
            "operator",
            "number_from",
            "number_to",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _route_id: int | Unset = UNSET if self.route_id is None else self.route_id
        route_id = _route_id

        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

        _operator: str | Unset = UNSET if self.operator is None else self.operator
        operator = _operator

        _number_from: str | Unset = (
            UNSET if self.number_from is None else self.number_from
        )
        number_from = _number_from

        _number_to: str | Unset = UNSET if self.number_to is None else self.number_to
        number_to = _number_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if route_id is not UNSET:
            field_dict["route_id"] = route_id
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if number_from is not UNSET:
            field_dict["number_from"] = number_from
        if number_to is not UNSET:
            field_dict["number_to"] = number_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsRouteInterval)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            route_id = d.pop("route_id", UNSET)
            if not isinstance(route_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("route_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("route_id", "int", src_dict) from None

        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        try:
            operator = d.pop("operator", UNSET)
            if not isinstance(operator, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("operator") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("operator", "str", src_dict) from None

        try:
            number_from = d.pop("number_from", UNSET)
            if not isinstance(number_from, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number_from") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number_from", "str", src_dict) from None

        try:
            number_to = d.pop("number_to", UNSET)
            if not isinstance(number_to, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number_to") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number_to", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            route_id=route_id,
            country=country,
            operator=operator,
            number_from=number_from,
            number_to=number_to,
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
