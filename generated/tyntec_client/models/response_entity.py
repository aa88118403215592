from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.response_entity_status_code import ResponseEntityStatusCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_entity_body import ResponseEntityBody


T = TypeVar("T", bound="ResponseEntity")


@_attrs_define
class ResponseEntity:
    """Response schema (listed by the doc, used by no operation).

    Attributes:
        body (ResponseEntityBody | Unset): Short, human-readable summary of the response (free-form).
        status_code (ResponseEntityStatusCode | Unset): Response ID (an HTTP status code)
        status_code_value (int | Unset): Response code value
    """

    body: ResponseEntityBody | Unset = UNSET
    status_code: ResponseEntityStatusCode | Unset = UNSET
    status_code_value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        status_code: str | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        status_code_value = self.status_code_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if status_code_value is not UNSET:
            field_dict["statusCodeValue"] = status_code_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_entity_body import ResponseEntityBody

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ResponseEntity)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _body = d.pop("body", UNSET)
            body: ResponseEntityBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = ResponseEntityBody.from_dict(_body)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("body") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "body", "ResponseEntityBody", src_dict
            ) from None

        try:
            _status_code = d.pop("statusCode", UNSET)
            status_code: ResponseEntityStatusCode | Unset
            if isinstance(_status_code, Unset):
                status_code = UNSET
            else:
                status_code = ResponseEntityStatusCode(_status_code)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("statusCode") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "statusCode", "ResponseEntityStatusCode", src_dict
            ) from None

        try:
            status_code_value = d.pop("statusCodeValue", UNSET)
            if not isinstance(status_code_value, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("statusCodeValue") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("statusCodeValue", "int", src_dict) from None

        response_entity = cls(
            body=body,
            status_code=status_code,
            status_code_value=status_code_value,
        )

        response_entity.additional_properties = d
        return response_entity

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
