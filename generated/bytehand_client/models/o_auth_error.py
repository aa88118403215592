from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.o_auth_error_error import OAuthErrorError
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="OAuthError")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class OAuthError:
    """An OAuth 2.0 error (RFC 6749, section 5.2).

    Attributes:
        error (OAuthErrorError):
        error_description (str | None):
    """

    error: OAuthErrorError
    error_description: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        error: OAuthErrorError,
        error_description: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if error is NOT_GIVEN:
            raise TypeError("OAuthError() needs error=")
        self.error = error
        self.error_description = (
            None if error_description is NOT_GIVEN else error_description
        )
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("error",)
        optional: tuple[str, ...] = ("error_description",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        _error_description: str | Unset = (
            UNSET if self.error_description is None else self.error_description
        )
        error_description = _error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (OAuthError)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            error = OAuthErrorError(d.pop("error"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "error", "OAuthErrorError", src_dict
            ) from None

        try:
            error_description = d.pop("error_description", UNSET)
            if not isinstance(error_description, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error_description") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "error_description", "str", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            error=error,
            error_description=error_description,
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
