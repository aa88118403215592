from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sent_sms_status import SentSmsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SentSms")


@_attrs_define
class SentSms:
    """
    Attributes:
        number (str):
        status (SentSmsStatus): `SCHEDULED` (waiting for `beginDate`/`beginTime`), `SENT`, or `BLACKLISTED` (the number
            is on your black list; nothing was sent or charged).
        id (int | None | Unset): The message's id (`id_base` in `/v1/sms-full-data`); null when nothing was sent.
        parts (int | Unset): How many SMS the text takes (0 for HLR).
        price (float | Unset): What the message cost.
    """

    number: str
    status: SentSmsStatus
    id: int | None | Unset = UNSET
    parts: int | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status = self.status.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parts = self.parts

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parts is not UNSET:
            field_dict["parts"] = parts
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        status = SentSmsStatus(d.pop("status"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        parts = d.pop("parts", UNSET)

        price = d.pop("price", UNSET)

        sent_sms = cls(
            number=number,
            status=status,
            id=id,
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
