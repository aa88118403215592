from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors
from ..models.ok_reply_result import OkReplyResult

T = TypeVar("T", bound="OkReply")


@_attrs_define
class OkReply:
    """The reply to chg, del, send_code and check_code in fmt 3.

    Attributes:
        result (OkReplyResult):
    """

    result: OkReplyResult

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (OkReply)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            result = OkReplyResult(d.pop("result"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("result") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "result", "OkReplyResult", src_dict
            ) from None

        ok_reply = cls(
            result=result,
        )

        return ok_reply
