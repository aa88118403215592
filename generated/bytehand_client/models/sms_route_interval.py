from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRouteInterval")


@_attrs_define
class SmsRouteInterval:
    """A range of numbers served by one route. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        route_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        country (str | Unset): An ISO 3166-1 alpha-2 country code. Example: RU.
        operator (str | Unset):
        number_from (str | Unset): The first number of the range (E.164 digits, no `+`).
        number_to (str | Unset): The last number of the range.
    """

    id: int
    route_id: int | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    number_from: str | Unset = UNSET
    number_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        route_id = self.route_id

        country = self.country

        operator = self.operator

        number_from = self.number_from

        number_to = self.number_to

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

        sms_route_interval = cls(
            id=id,
            route_id=route_id,
            country=country,
            operator=operator,
            number_from=number_from,
            number_to=number_to,
        )

        sms_route_interval.additional_properties = d
        return sms_route_interval

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
