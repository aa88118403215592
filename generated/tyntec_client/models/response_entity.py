from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.response_entity_status_code import ResponseEntityStatusCode
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_entity_body import ResponseEntityBody


T = TypeVar("T", bound="ResponseEntity")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ResponseEntity:
    """Response schema (listed by the doc, used by no operation).

    Attributes:
        body (ResponseEntityBody | None): Short, human-readable summary of the response (free-form).
        status_code (ResponseEntityStatusCode | None): Response ID (an HTTP status code)
        status_code_value (int | None): Response code value
    """

    body: ResponseEntityBody | None
    status_code: ResponseEntityStatusCode | None
    status_code_value: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        body: ResponseEntityBody | None = NOT_GIVEN,
        status_code: ResponseEntityStatusCode | None = NOT_GIVEN,
        status_code_value: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.body = None if body is NOT_GIVEN else body
        self.status_code = None if status_code is NOT_GIVEN else status_code
        self.status_code_value = (
            None if status_code_value is NOT_GIVEN else status_code_value
        )
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "body",
            "status_code",
            "status_code_value",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _body: ResponseEntityBody | Unset = UNSET if self.body is None else self.body
        body: dict[str, Any] | Unset = UNSET
        if not isinstance(_body, Unset):
            body = _body.to_dict()

        _status_code: ResponseEntityStatusCode | Unset = (
            UNSET if self.status_code is None else self.status_code
        )
        status_code: str | Unset = UNSET
        if not isinstance(_status_code, Unset):
            status_code = _status_code.value

        _status_code_value: int | Unset = (
            UNSET if self.status_code_value is None else self.status_code_value
        )
        status_code_value = _status_code_value

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            body=body,
            status_code=status_code,
            status_code_value=status_code_value,
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
