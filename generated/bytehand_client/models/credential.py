from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.credential_type import CredentialType
from ..models.right import Right
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Credential")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Credential:
    """An access key, a session or an OAuth token of the user.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str | None):
        type_ (CredentialType | None): `key` - made with `createCurrentUserCredential`; `session` - from signing in;
            `oauth` - an access token issued to an application.
        rights (list[Right] | None):
        key (str | None): The secret; only in the reply that created it.
        application_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        created_at (datetime.datetime | None):
        expires_at (datetime.datetime | None):
        last_used_at (datetime.datetime | None):
    """

    id: int
    name: str | None
    type_: CredentialType | None
    rights: list[Right] | None
    key: str | None
    application_id: int | None
    created_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        name: str | None = NOT_GIVEN,
        type_: CredentialType | None = NOT_GIVEN,
        rights: list[Right] | None = NOT_GIVEN,
        key: str | None = NOT_GIVEN,
        application_id: int | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        expires_at: datetime.datetime | None = NOT_GIVEN,
        last_used_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Credential() needs id=")
        self.id = id
        self.name = None if name is NOT_GIVEN else name
        self.type_ = None if type_ is NOT_GIVEN else type_
        self.rights = None if rights is NOT_GIVEN else rights
        self.key = None if key is NOT_GIVEN else key
        self.application_id = None if application_id is NOT_GIVEN else application_id
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.expires_at = None if expires_at is NOT_GIVEN else expires_at
        self.last_used_at = None if last_used_at is NOT_GIVEN else last_used_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "name",
            "type_",
            "rights",
            "key",
            "application_id",
            "created_at",
            "expires_at",
            "last_used_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _type_: CredentialType | Unset = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(_type_, Unset):
            type_ = _type_.value

        _rights: list[Right] | Unset = UNSET if self.rights is None else self.rights
        rights: list[str] | Unset = UNSET
        if not isinstance(_rights, Unset):
            rights = []
            for rights_item_data in _rights:
                rights_item = rights_item_data.value
                rights.append(rights_item)

        _key: str | Unset = UNSET if self.key is None else self.key
        key = _key

        _application_id: int | Unset = (
            UNSET if self.application_id is None else self.application_id
        )
        application_id = _application_id

        _created_at: datetime.datetime | Unset = (
            UNSET if self.created_at is None else self.created_at
        )
        created_at: str | Unset = UNSET
        if not isinstance(_created_at, Unset):
            created_at = _created_at.isoformat()

        _expires_at: datetime.datetime | Unset = (
            UNSET if self.expires_at is None else self.expires_at
        )
        expires_at: str | Unset = UNSET
        if not isinstance(_expires_at, Unset):
            expires_at = _expires_at.isoformat()

        _last_used_at: datetime.datetime | Unset = (
            UNSET if self.last_used_at is None else self.last_used_at
        )
        last_used_at: str | Unset = UNSET
        if not isinstance(_last_used_at, Unset):
            last_used_at = _last_used_at.isoformat()

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
