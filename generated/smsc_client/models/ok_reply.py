from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.ok_reply_result import OkReplyResult
from ..types import NOT_GIVEN

T = TypeVar("T", bound="OkReply")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class OkReply:
    """The reply to chg, del, send_code and check_code in fmt 3.

    Attributes:
        result (OkReplyResult):
    """

    result: OkReplyResult
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        result: OkReplyResult,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if result is NOT_GIVEN:
            raise TypeError("OkReply() needs result=")
        self.result = result

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("result",)
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            result=result,
        )

        return _built_model
