from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sent_sms_status import SentSmsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentSms")


@_attrs_define
class SentSms:
    """
    Attributes:
        id (int | None): The message's id (`id_base` in `/v1/sms-full-data`); null when nothing was sent.
        number (str | Unset):
        status (SentSmsStatus | Unset): `SCHEDULED` (waiting for `beginDate`/`beginTime`), `SENT`, or `BLACKLISTED` (the
            number is on your black list; nothing was sent or charged).
        parts (int | Unset): How many SMS the text takes (0 for HLR).
        price (float | Unset): What the message cost.
    """

    id: int | None
    number: str | Unset = UNSET
    status: SentSmsStatus | Unset = UNSET
    parts: int | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        number = self.number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        parts = self.parts

        price = self.price

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

        sent_sms = cls(
            id=id,
            number=number,
            status=status,
            parts=parts,
            price=price,
        )

        sent_sms.additional_properties = d
        return sent_sms

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
