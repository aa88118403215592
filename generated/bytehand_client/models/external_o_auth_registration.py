from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOAuthRegistration")


@_attrs_define
class ExternalOAuthRegistration:
    """
    Example:
        {'code': '4/0AX4XfWh-example', 'email': 'oauth.user@example.com'}

    Attributes:
        code (str):
        email (str): The new account's address (providers do not always share theirs).
        redirect_uri (str | Unset): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
        name (str | Unset):
        time_zone_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
    """

    code: str
    email: str
    redirect_uri: str | Unset = UNSET
    name: str | Unset = UNSET
    time_zone_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        email = self.email

        redirect_uri = self.redirect_uri

        name = self.name

        time_zone_id = self.time_zone_id

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

        external_o_auth_registration = cls(
            code=code,
            email=email,
            redirect_uri=redirect_uri,
            name=name,
            time_zone_id=time_zone_id,
        )

        external_o_auth_registration.additional_properties = d
        return external_o_auth_registration

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
