from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.right import Right
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="CredentialInput")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class CredentialInput:
    """
    Example:
        {'name': 'CRM integration', 'rights': ['sms_view', 'sms_send']}

    Attributes:
        name (str):
        rights (list[Right]):
        expires_at (datetime.datetime | None): When the key stops working; never when left out.
    """

    name: str
    rights: list[Right]
    expires_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        name: str,
        rights: list[Right],
        expires_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if name is NOT_GIVEN:
            raise TypeError("CredentialInput() needs name=")
        self.name = name
        if rights is NOT_GIVEN:
            raise TypeError("CredentialInput() needs rights=")
        self.rights = rights
        self.expires_at = None if expires_at is NOT_GIVEN else expires_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "name",
            "rights",
        )
        optional: tuple[str, ...] = ("expires_at",)
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rights = []
        for rights_item_data in self.rights:
            rights_item = rights_item_data.value
            rights.append(rights_item)

        _expires_at: datetime.datetime | Unset = (
            UNSET if self.expires_at is None else self.expires_at
        )
        expires_at: str | Unset = UNSET
        if not isinstance(_expires_at, Unset):
            expires_at = _expires_at.isoformat()

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            name=name,
            rights=rights,
            expires_at=expires_at,
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
