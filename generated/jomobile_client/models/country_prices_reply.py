from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN

if TYPE_CHECKING:
    from ..models.country_price import CountryPrice


T = TypeVar("T", bound="CountryPricesReply")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class CountryPricesReply:
    """
    Attributes:
        status (bool): Always true.
        data (list[CountryPrice]):
    """

    status: bool
    data: list[CountryPrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        status: bool,
        data: list[CountryPrice],
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if status is NOT_GIVEN:
            raise TypeError("CountryPricesReply() needs status=")
        self.status = status
        if data is NOT_GIVEN:
            raise TypeError("CountryPricesReply() needs data=")
        self.data = data
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "status",
            "data",
        )
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.country_price import CountryPrice

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CountryPricesReply)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            status = d.pop("status")
            if not isinstance(status, (bool)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "bool", src_dict) from None

        try:
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise TypeError("not a list")
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:
                    data_item = CountryPrice.from_dict(data_item_data)

                except _errors.ReplyMismatch as _mismatch:
                    raise _mismatch.within(_data_index) from None
                except (KeyError, TypeError, ValueError, AttributeError):
                    raise _errors.ReplyMismatch.at(
                        _data_index, "CountryPrice", _data
                    ) from None
                data.append(data_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("data") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "data", "list[CountryPrice]", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            status=status,
            data=data,
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
