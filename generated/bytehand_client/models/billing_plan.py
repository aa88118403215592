from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="BillingPlan")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class BillingPlan:
    """
    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str | None):
        description (str | None):
        monthly_fee (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example:
            2.5.
        discount_percent (float | None): The discount on route prices.
        currency (str | None):
    """

    id: int
    name: str | None
    description: str | None
    monthly_fee: float | None
    discount_percent: float | None
    currency: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        monthly_fee: float | None = NOT_GIVEN,
        discount_percent: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("BillingPlan() needs id=")
        self.id = id
        self.name = None if name is NOT_GIVEN else name
        self.description = None if description is NOT_GIVEN else description
        self.monthly_fee = None if monthly_fee is NOT_GIVEN else monthly_fee
        self.discount_percent = (
            None if discount_percent is NOT_GIVEN else discount_percent
        )
        self.currency = None if currency is NOT_GIVEN else currency
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "name",
            "description",
            "monthly_fee",
            "discount_percent",
            "currency",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _description: str | Unset = (
            UNSET if self.description is None else self.description
        )
        description = _description

        _monthly_fee: float | Unset = (
            UNSET if self.monthly_fee is None else self.monthly_fee
        )
        monthly_fee = _monthly_fee

        _discount_percent: float | Unset = (
            UNSET if self.discount_percent is None else self.discount_percent
        )
        discount_percent = _discount_percent

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (BillingPlan)", _errors.describe(src_dict)
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
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("description") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("description", "str", src_dict) from None

        try:
            monthly_fee = d.pop("monthly_fee", UNSET)
            if not isinstance(monthly_fee, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("monthly_fee") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("monthly_fee", "float", src_dict) from None

        try:
            discount_percent = d.pop("discount_percent", UNSET)
            if not isinstance(discount_percent, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("discount_percent") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "discount_percent", "float", src_dict
            ) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            name=name,
            description=description,
            monthly_fee=monthly_fee,
            discount_percent=discount_percent,
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
