from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.credential_type import CredentialType
from ..models.right import Right
from ..types import UNSET, Unset

T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """An access key, a session or an OAuth token of the user.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str | Unset):
        type_ (CredentialType | Unset): `key` - made with `createCurrentUserCredential`; `session` - from signing in;
            `oauth` - an access token issued to an application.
        rights (list[Right] | Unset):
        key (str | Unset): The secret; only in the reply that created it.
        application_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime | Unset):
        expires_at (datetime.datetime | Unset):
        last_used_at (datetime.datetime | Unset):
    """

    id: int
    name: str | Unset = UNSET
    type_: CredentialType | Unset = UNSET
    rights: list[Right] | Unset = UNSET
    key: str | Unset = UNSET
    application_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        rights: list[str] | Unset = UNSET
        if not isinstance(self.rights, Unset):
            rights = []
            for rights_item_data in self.rights:
                rights_item = rights_item_data.value
                rights.append(rights_item)

        key = self.key

        application_id = self.application_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rights is not UNSET:
            field_dict["rights"] = rights
        if key is not UNSET:
            field_dict["key"] = key
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Credential)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            _type_ = d.pop("type", UNSET)
            type_: CredentialType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = CredentialType(_type_)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("type") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("type", "CredentialType", src_dict) from None

        try:
            _rights = d.pop("rights", UNSET)
            rights: list[Right] | Unset = UNSET
            if not isinstance(_rights, Unset):
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
            key = d.pop("key", UNSET)
            if not isinstance(key, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("key") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("key", "str", src_dict) from None

        try:
            application_id = d.pop("application_id", UNSET)
            if not isinstance(application_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("application_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("application_id", "int", src_dict) from None

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "created_at", "datetime.datetime", src_dict
            ) from None

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

        try:
            _last_used_at = d.pop("last_used_at", UNSET)
            last_used_at: datetime.datetime | Unset
            if isinstance(_last_used_at, Unset):
                last_used_at = UNSET
            else:
                last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("last_used_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "last_used_at", "datetime.datetime", src_dict
            ) from None

        credential = cls(
            id=id,
            name=name,
            type_=type_,
            rights=rights,
            key=key,
            application_id=application_id,
            created_at=created_at,
            expires_at=expires_at,
            last_used_at=last_used_at,
        )

        credential.additional_properties = d
        return credential

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
