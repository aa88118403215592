from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.ok_reply_result import OkReplyResult
from ..types import NOT_GIVEN

T = TypeVar("T", bound="OkReply")


@_attrs_define(init=False)
class OkReply:
    """The reply to chg, del, send_code and check_code in fmt 3.

    Attributes:
        result (OkReplyResult):
    """

    result: OkReplyResult
    _fields_set: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )

    def __init__(
        self,
        result: OkReplyResult,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        _given: list[str] = [
            "result",
        ]
        if result is NOT_GIVEN:
            raise TypeError("OkReply() needs result=")
        self.result = result
        self._fields_set = frozenset(_given)

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields given to the constructor, or present in the reply this was read from (attribute names).

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        return self._fields_set

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

        # A value read is UNSET where the field was absent: the constructor makes it None, left out of fields_set.
        _built_model: Self = cast(Any, cls)(
            result=result,
        )

        return _built_model
