from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorReply")


@_attrs_define
class ErrorReply:
    """An error in fmt 3. The fmt 0, 1 and 2 shapes are in the API description.

    Attributes:
        error (str): What went wrong, in words.
        error_code (int): The error code; its meaning depends on the script.
        id (int | Unset): The message id, in send.php errors 3, 6, 7 and 8.
    """

    error: str
    error_code: int
    id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code = self.error_code

        id = self.id

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

        error_reply = cls(
            error=error,
            error_code=error_code,
            id=id,
        )

        return error_reply
