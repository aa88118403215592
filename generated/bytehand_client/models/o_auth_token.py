from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.o_auth_token_token_type import OAuthTokenTokenType
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="OAuthToken")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class OAuthToken:
    """
    Attributes:
        access_token (str):
        token_type (OAuthTokenTokenType):
        expires_in (int | None): Seconds until the token expires.
        scope (str | None): The granted rights, space-separated.
    """

    access_token: str
    token_type: OAuthTokenTokenType
    expires_in: int | None
    scope: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        access_token: str,
        token_type: OAuthTokenTokenType,
        expires_in: int | None = NOT_GIVEN,
        scope: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if access_token is NOT_GIVEN:
            raise TypeError("OAuthToken() needs access_token=")
        self.access_token = access_token
        if token_type is NOT_GIVEN:
            raise TypeError("OAuthToken() needs token_type=")
        self.token_type = token_type
        self.expires_in = None if expires_in is NOT_GIVEN else expires_in
        self.scope = None if scope is NOT_GIVEN else scope
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "access_token",
            "token_type",
        )
        optional: tuple[str, ...] = (
            "expires_in",
            "scope",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type.value

        _expires_in: int | Unset = UNSET if self.expires_in is None else self.expires_in
        expires_in = _expires_in

        _scope: str | Unset = UNSET if self.scope is None else self.scope
        scope = _scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (OAuthToken)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            access_token = d.pop("access_token")
            if not isinstance(access_token, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("access_token") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("access_token", "str", src_dict) from None

        try:
            token_type = OAuthTokenTokenType(d.pop("token_type"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("token_type") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "token_type", "OAuthTokenTokenType", src_dict
            ) from None

        try:
            expires_in = d.pop("expires_in", UNSET)
            if not isinstance(expires_in, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("expires_in") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("expires_in", "int", src_dict) from None

        try:
            scope = d.pop("scope", UNSET)
            if not isinstance(scope, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("scope") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("scope", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            scope=scope,
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
