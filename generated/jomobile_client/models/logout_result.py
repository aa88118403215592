from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogoutResult")


@_attrs_define
class LogoutResult:
    """
    Attributes:
        logout (bool | Unset): True once the token is destroyed.
    """

    logout: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logout = self.logout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logout is not UNSET:
            field_dict["logout"] = logout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (LogoutResult)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            logout = d.pop("logout", UNSET)
            if not isinstance(logout, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("logout") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("logout", "bool", src_dict) from None

        logout_result = cls(
            logout=logout,
        )

        logout_result.additional_properties = d
        return logout_result

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
