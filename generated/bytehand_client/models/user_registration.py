from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRegistration")


@_attrs_define
class UserRegistration:
    """
    Example:
        {'email': 'new.user@example.com', 'password': 'correct-horse-battery', 'name': 'New User'}

    Attributes:
        email (str):
        password (str):
        name (str | Unset):
        phone (str | Unset): A phone number in E.164, with or without the leading `+`. Example: +79161234567.
        time_zone_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        referrer_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
    """

    email: str
    password: str
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    time_zone_id: int | Unset = UNSET
    referrer_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        name = self.name

        phone = self.phone

        time_zone_id = self.time_zone_id

        referrer_id = self.referrer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if time_zone_id is not UNSET:
            field_dict["time_zone_id"] = time_zone_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (UserRegistration)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            email = d.pop("email")
            if not isinstance(email, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            password = d.pop("password")
            if not isinstance(password, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("password") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("password", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            time_zone_id = d.pop("time_zone_id", UNSET)
            if not isinstance(time_zone_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("time_zone_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("time_zone_id", "int", src_dict) from None

        try:
            referrer_id = d.pop("referrer_id", UNSET)
            if not isinstance(referrer_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("referrer_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("referrer_id", "int", src_dict) from None

        user_registration = cls(
            email=email,
            password=password,
            name=name,
            phone=phone,
            time_zone_id=time_zone_id,
            referrer_id=referrer_id,
        )

        user_registration.additional_properties = d
        return user_registration

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
