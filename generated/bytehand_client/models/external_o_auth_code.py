from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOAuthCode")


@_attrs_define
class ExternalOAuthCode:
    """
    Example:
        {'code': '4/0AX4XfWh-example'}

    Attributes:
        code (str): The authorization code the external provider gave.
        redirect_uri (str | Unset): An absolute http(s) URL of printable ASCII. Example:
            https://example.com/oauth/callback.
    """

    code: str
    redirect_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ExternalOAuthCode)", _errors.describe(src_dict)
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
            redirect_uri = d.pop("redirect_uri", UNSET)
            if not isinstance(redirect_uri, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("redirect_uri") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("redirect_uri", "str", src_dict) from None

        external_o_auth_code = cls(
            code=code,
            redirect_uri=redirect_uri,
        )

        external_o_auth_code.additional_properties = d
        return external_o_auth_code

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
