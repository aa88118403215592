from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ErrorReply")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ErrorReply:
    """An error in fmt 3. The fmt 0, 1 and 2 shapes are in the API description.

    Attributes:
        error (str): What went wrong, in words.
        error_code (int): The error code; its meaning depends on the script.
        id (int | None): The message id, in send.php errors 3, 6, 7 and 8.
    """

    error: str
    error_code: int
    id: int | None
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        error: str,
        error_code: int,
        id: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if error is NOT_GIVEN:
            raise TypeError("ErrorReply() needs error=")
        self.error = error
        if error_code is NOT_GIVEN:
            raise TypeError("ErrorReply() needs error_code=")
        self.error_code = error_code
        self.id = None if id is NOT_GIVEN else id

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "error",
            "error_code",
        )
        optional: tuple[str, ...] = ("id",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code = self.error_code

        _id: int | Unset = UNSET if self.id is None else self.id
        id = _id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
                "error_code": error_code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ErrorReply)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            error = d.pop("error")
            if not isinstance(error, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("error", "str", src_dict) from None

        try:
            error_code = d.pop("error_code")
            if not isinstance(error_code, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("error_code", "int", src_dict) from None

        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            error=error,
            error_code=error_code,
            id=id,
        )

        return _built_model
