from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_reply_errors import ErrorReplyErrors


T = TypeVar("T", bound="ErrorReply")


@_attrs_define
class ErrorReply:
    """Every error. `errors` maps each field at fault (or `access_token`, or `body` for the body as a whole) to what is
    wrong with it.

        Attributes:
            status (bool): Always false.
            error_code (int): The HTTP status. Example: 400.
            errors (ErrorReplyErrors):
    """

    status: bool
    error_code: int
    errors: ErrorReplyErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error_code = self.error_code

        errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "error_code": error_code,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_reply_errors import ErrorReplyErrors

        d = dict(src_dict)
        status = d.pop("status")

        error_code = d.pop("error_code")

        errors = ErrorReplyErrors.from_dict(d.pop("errors"))

        error_reply = cls(
            status=status,
            error_code=error_code,
            errors=errors,
        )

        error_reply.additional_properties = d
        return error_reply

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
