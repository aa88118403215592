from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN

if TYPE_CHECKING:
    from ..models.error_reply_errors import ErrorReplyErrors


T = TypeVar("T", bound="ErrorReply")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
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
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        status: bool,
        error_code: int,
        errors: ErrorReplyErrors,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if status is NOT_GIVEN:
            raise TypeError("ErrorReply() needs status=")
        self.status = status
        if error_code is NOT_GIVEN:
            raise TypeError("ErrorReply() needs error_code=")
        self.error_code = error_code
        if errors is NOT_GIVEN:
            raise TypeError("ErrorReply() needs errors=")
        self.errors = errors
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "status",
            "error_code",
            "errors",
        )
        optional: tuple[str, ...] = ()
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

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

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ErrorReply)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            status = d.pop("status")
            if not isinstance(status, (bool)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "bool", src_dict) from None

        try:
            error_code = d.pop("error_code")
            if not isinstance(error_code, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("error_code", "int", src_dict) from None

        try:
            errors = ErrorReplyErrors.from_dict(d.pop("errors"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("errors") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "errors", "ErrorReplyErrors", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            status=status,
            error_code=error_code,
            errors=errors,
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
