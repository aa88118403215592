from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.user import User


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A user and a new credential for them.

    Attributes:
        user (User | Unset): A BYTEHAND user.
        credential (Credential | Unset): An access key, a session or an OAuth token of the user.
    """

    user: User | Unset = UNSET
    credential: Credential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential import Credential
        from ..models.user import User

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Session)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _user = d.pop("user", UNSET)
            user: User | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = User.from_dict(_user)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("user") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("user", "User", src_dict) from None

        try:
            _credential = d.pop("credential", UNSET)
            credential: Credential | Unset
            if isinstance(_credential, Unset):
                credential = UNSET
            else:
                credential = Credential.from_dict(_credential)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("credential") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "credential", "Credential", src_dict
            ) from None

        session = cls(
            user=user,
            credential=credential,
        )

        session.additional_properties = d
        return session

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
