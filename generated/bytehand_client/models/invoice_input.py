from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="InvoiceInput")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class InvoiceInput:
    """
    Example:
        {'amount': 10000, 'legal_entity_id': 1}

    Attributes:
        amount (float): An amount to pay or withdraw, in the account's currency; rounded to two decimals. Example: 500.
        legal_entity_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
    """

    amount: float
    legal_entity_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        amount: float,
        legal_entity_id: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if amount is NOT_GIVEN:
            raise TypeError("InvoiceInput() needs amount=")
        self.amount = amount
        self.legal_entity_id = None if legal_entity_id is NOT_GIVEN else legal_entity_id
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("amount",)
        optional: tuple[str, ...] = ("legal_entity_id",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        _legal_entity_id: int | Unset = (
            UNSET if self.legal_entity_id is None else self.legal_entity_id
        )
        legal_entity_id = _legal_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (InvoiceInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            amount = d.pop("amount")
            if not isinstance(amount, (float, int)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("amount") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("amount", "float", src_dict) from None

        try:
            legal_entity_id = d.pop("legal_entity_id", UNSET)
            if not isinstance(legal_entity_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("legal_entity_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("legal_entity_id", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            amount=amount,
            legal_entity_id=legal_entity_id,
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
