from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizationCodeExchange")


@_attrs_define
class AuthorizationCodeExchange:
    """
    Attributes:
        authorization_code (str): The code from `/v1/authorize`.
        password (bool | str | Unset): Listed by the document; not needed and ignored.
    """

    authorization_code: str
    password: bool | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_code = self.authorization_code

        password: bool | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorization_code": authorization_code,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (AuthorizationCodeExchange)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            authorization_code = d.pop("authorization_code")
            if not isinstance(authorization_code, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("authorization_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "authorization_code", "str", src_dict
            ) from None

        try:

            def _parse_password(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            password = _parse_password(d.pop("password", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("password") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("password", "bool | str", src_dict) from None

        authorization_code_exchange = cls(
            authorization_code=authorization_code,
            password=password,
        )

        authorization_code_exchange.additional_properties = d
        return authorization_code_exchange

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
