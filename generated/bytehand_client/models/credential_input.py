from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.right import Right
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialInput")


@_attrs_define
class CredentialInput:
    """
    Example:
        {'name': 'CRM integration', 'rights': ['sms_view', 'sms_send']}

    Attributes:
        name (str):
        rights (list[Right]):
        expires_at (datetime.datetime | Unset): When the key stops working; never when left out.
    """

    name: str
    rights: list[Right]
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rights = []
        for rights_item_data in self.rights:
            rights_item = rights_item_data.value
            rights.append(rights_item)

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rights": rights,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CredentialInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            name = d.pop("name")
            if not isinstance(name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            _rights = d.pop("rights")
            if not isinstance(_rights, list):
                raise TypeError("not a list")
            rights = []
            for _rights_index, rights_item_data in enumerate(_rights):
                try:
                    rights_item = Right(rights_item_data)

                except _errors.ReplyMismatch as _mismatch:
                    raise _mismatch.within(_rights_index) from None
                except (KeyError, TypeError, ValueError, AttributeError):
                    raise _errors.ReplyMismatch.at(
                        _rights_index, "Right", _rights
                    ) from None
                rights.append(rights_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("rights") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("rights", "list[Right]", src_dict) from None

        try:
            _expires_at = d.pop("expires_at", UNSET)
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("expires_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "expires_at", "datetime.datetime", src_dict
            ) from None

        credential_input = cls(
            name=name,
            rights=rights,
            expires_at=expires_at,
        )

        credential_input.additional_properties = d
        return credential_input

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
