from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ExternalOAuthRegistration")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ExternalOAuthRegistration:
    """
    Example:
        {'code': '4/0AX4XfWh-example', 'email': 'oauth.user@example.com'}

    Attributes:
        code (str):
        email (str): The new account's address (providers do not always share theirs).
        redirect_uri (str | None): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        name (str | None):
        time_zone_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
    """

    code: str
    email: str
    redirect_uri: str | None
    name: str | None
    time_zone_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        code: str,
        email: str,
        redirect_uri: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        time_zone_id: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if code is NOT_GIVEN:
            raise TypeError("ExternalOAuthRegistration() needs code=")
        self.code = code
        if email is NOT_GIVEN:
            raise TypeError("ExternalOAuthRegistration() needs email=")
        self.email = email
        self.redirect_uri = None if redirect_uri is NOT_GIVEN else redirect_uri
        self.name = None if name is NOT_GIVEN else name
        self.time_zone_id = None if time_zone_id is NOT_GIVEN else time_zone_id
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "code",
            "email",
        )
        optional: tuple[str, ...] = (
            "redirect_uri",
            "name",
            "time_zone_id",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        email = self.email

        _redirect_uri: str | Unset = (
            UNSET if self.redirect_uri is None else self.redirect_uri
        )
        redirect_uri = _redirect_uri

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _time_zone_id: int | Unset = (
            UNSET if self.time_zone_id is None else self.time_zone_id
        )
        time_zone_id = _time_zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "email": email,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone_id is not UNSET:
            field_dict["time_zone_id"] = time_zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ExternalOAuthRegistration)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            code = d.pop("code")
            if not isinstance(code, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("code", "str", src_dict) from None

        try:
            email = d.pop("email")
            if not isinstance(email, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            redirect_uri = d.pop("redirect_uri", UNSET)
            if not isinstance(redirect_uri, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("redirect_uri") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("redirect_uri", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            time_zone_id = d.pop("time_zone_id", UNSET)
            if not isinstance(time_zone_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_zone_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("time_zone_id", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            code=code,
            email=email,
            redirect_uri=redirect_uri,
            name=name,
            time_zone_id=time_zone_id,
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
