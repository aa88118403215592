from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.country import Country


T = TypeVar("T", bound="Continent")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Continent:
    """
    Attributes:
        continent (str | None):
        countries (list[Country] | None):
    """

    continent: str | None
    countries: list[Country] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        continent: str | None = NOT_GIVEN,
        countries: list[Country] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.continent = None if continent is NOT_GIVEN else continent
        self.countries = None if countries is NOT_GIVEN else countries
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "continent",
            "countries",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _continent: str | Unset = UNSET if self.continent is None else self.continent
        continent = _continent

        _countries: list[Country] | Unset = (
            UNSET if self.countries is None else self.countries
        )
        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_countries, Unset):
            countries = []
            for countries_item_data in _countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continent is not UNSET:
            field_dict["continent"] = continent
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.country import Country

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Continent)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            continent = d.pop("continent", UNSET)
            if not isinstance(continent, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("continent") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("continent", "str", src_dict) from None

        try:
            _countries = d.pop("countries", UNSET)
            countries: list[Country] | Unset = UNSET
            if not isinstance(_countries, Unset):
                if not isinstance(_countries, list):
                    raise TypeError("not a list")
                countries = []
                for _countries_index, countries_item_data in enumerate(_countries):
                    try:
                        countries_item = Country.from_dict(countries_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_countries_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _countries_index, "Country", _countries
                        ) from None
                    countries.append(countries_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("countries") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "countries", "list[Country]", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            continent=continent,
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
