from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="CountryPrice")


@_attrs_define(init=False)
class CountryPrice:
    """
    Attributes:
        country (str | None):
        iso (str | None):
        mcc (int | None):
        price (float | None):
        currency (str | None):
    """

    country: str | None
    iso: str | None
    mcc: int | None
    price: float | None
    currency: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields_set: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def __init__(
        self,
        country: str | None = NOT_GIVEN,
        iso: str | None = NOT_GIVEN,
        mcc: int | None = NOT_GIVEN,
        price: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        _given: list[str] = []
        if (
            country is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.country = None
        else:
            self.country = country
            _given.append("country")
        if (
            iso is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.iso = None
        else:
            self.iso = iso
            _given.append("iso")
        if (
            mcc is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.mcc = None
        else:
            self.mcc = mcc
            _given.append("mcc")
        if (
            price is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.price = None
        else:
            self.price = price
            _given.append("price")
        if (
            currency is NOT_GIVEN
        ):  # UNSET, typed Any: an identity test, cheaper than isinstance
            self.currency = None
        else:
            self.currency = currency
            _given.append("currency")
        self.additional_properties = {}
        self._fields_set = frozenset(_given)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields given to the constructor, or present in the reply this was read from (attribute names).

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        return self._fields_set

    def to_dict(self) -> dict[str, Any]:
        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

        _iso: str | Unset = UNSET if self.iso is None else self.iso
        iso = _iso

        _mcc: int | Unset = UNSET if self.mcc is None else self.mcc
        mcc = _mcc

        _price: float | Unset = UNSET if self.price is None else self.price
        price = _price

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if iso is not UNSET:
            field_dict["ISO"] = iso
        if mcc is not UNSET:
            field_dict["MCC"] = mcc
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CountryPrice)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        try:
            iso = d.pop("ISO", UNSET)
            if not isinstance(iso, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ISO") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ISO", "str", src_dict) from None

        try:
            mcc = d.pop("MCC", UNSET)
            if not isinstance(mcc, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("MCC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("MCC", "int", src_dict) from None

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("price") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("price", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None, left out of fields_set.
        _built_model: Self = cast(Any, cls)(
            country=country,
            iso=iso,
            mcc=mcc,
            price=price,
            currency=currency,
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
