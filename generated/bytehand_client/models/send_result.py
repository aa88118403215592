from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.send_result_result import SendResultResult
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SendResult")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SendResult:
    """What a send accepted.

    Attributes:
        result (SendResultResult):
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        count (int): How many messages were created.
        ids (list[str] | None): Every new message's id, in request order (`sendSms` only).
    """

    result: SendResultResult
    id: str
    count: int
    ids: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        result: SendResultResult,
        id: str,
        count: int,
        ids: list[str] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if result is NOT_GIVEN:
            raise TypeError("SendResult() needs result=")
        self.result = result
        if id is NOT_GIVEN:
            raise TypeError("SendResult() needs id=")
        self.id = id
        if count is NOT_GIVEN:
            raise TypeError("SendResult() needs count=")
        self.count = count
        self.ids = None if ids is NOT_GIVEN else ids
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "result",
            "id",
            "count",
        )
        optional: tuple[str, ...] = ("ids",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        id = self.id

        count = self.count

        _ids: list[str] | Unset = UNSET if self.ids is None else self.ids
        ids: list[str] | Unset = UNSET
        if not isinstance(_ids, Unset):
            ids = _ids

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            result=result,
            id=id,
            count=count,
            ids=ids,
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
