from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SendResult)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            result = SendResultResult(d.pop("result"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("result") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "result", "SendResultResult", src_dict
            ) from None

        try:
            id = d.pop("id")
            if not isinstance(id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "str", src_dict) from None

        try:
            count = d.pop("count")
            if not isinstance(count, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("count") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("count", "int", src_dict) from None

        try:
            _ids = d.pop("ids", UNSET)
            if not isinstance(_ids, (list, Unset)):
                raise TypeError("not a list")
            ids = cast(list[str], _ids)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ids") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ids", "list[str]", src_dict) from None

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
