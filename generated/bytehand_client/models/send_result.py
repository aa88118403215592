from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_result_result import SendResultResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """What a send accepted.

    Attributes:
        result (SendResultResult):
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        count (int): How many messages were created.
        ids (list[str] | Unset): Every new message's id, in request order (`sendSms` only).
    """

    result: SendResultResult
    id: str
    count: int
    ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        id = self.id

        count = self.count

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "id": id,
                "count": count,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = SendResultResult(d.pop("result"))

        id = d.pop("id")

        count = d.pop("count")

        ids = cast(list[str], d.pop("ids", UNSET))

        send_result = cls(
            result=result,
            id=id,
            count=count,
            ids=ids,
        )

        send_result.additional_properties = d
        return send_result

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
