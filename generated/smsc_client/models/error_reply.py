from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        error = d.pop("error")

        error_code = d.pop("error_code")

        id = d.pop("id", UNSET)

        error_reply = cls(
            error=error,
            error_code=error_code,
            id=id,
        )

        return error_reply
