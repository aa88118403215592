from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sent_sms_status import SentSmsStatus
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SentSms")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SentSms:
    """
    Attributes:
        id (int | None): The message's id (`id_base` in `/v1/sms-full-data`); null when nothing was sent.
        number (str | None):
        status (SentSmsStatus | None): `SCHEDULED` (waiting for `beginDate`/`beginTime`), `SENT`, or `BLACKLISTED` (the
            number is on your black list; nothing was sent or charged).
        parts (int | None): How many SMS the text takes (0 for HLR).
        price (float | None): What the message cost.
    """

    id: int | None
    number: str | None
    status: SentSmsStatus | None
    parts: int | None
    price: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int | None,
        number: str | None = NOT_GIVEN,
        status: SentSmsStatus | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        price: float | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("SentSms() needs id=")
        self.id = id
        self.number = None if number is NOT_GIVEN else number
        self.status = None if status is NOT_GIVEN else status
        self.parts = None if parts is NOT_GIVEN else parts
        self.price = None if price is NOT_GIVEN else price
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "number",
            "status",
            "parts",
            "price",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        _number: str | Unset = UNSET if self.number is None else self.number
        number = _number

        _status: SentSmsStatus | Unset = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status, Unset):
            status = _status.value

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _price: float | Unset = UNSET if self.price is None else self.price
        price = _price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SentSms)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:

            def _parse_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            id = _parse_id(d.pop("id"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int | None", src_dict) from None

        try:
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "str", src_dict) from None

        try:
            _status = d.pop("status", UNSET)
            status: SentSmsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SentSmsStatus(_status)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "status", "SentSmsStatus", src_dict
            ) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            price = d.pop("price", UNSET)
            if not isinstance(price, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("price") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("price", "float", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            number=number,
            status=status,
            parts=parts,
            price=price,
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
