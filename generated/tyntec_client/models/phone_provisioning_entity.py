from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneProvisioningEntity")


@_attrs_define
class PhoneProvisioningEntity:
    """Phone provisioning schema

    Attributes:
        account_id (str | Unset): The account that created this entry
        contact_id (str | Unset): Contact ID of this entry
        friendly_name (str | Unset): Friendly name of this entry
        request_id (str | Unset): Request ID of this entry
        status (str | Unset): Status of this entry; the emulator reports PENDING, then ACTIVE once provisioning
            completes.
        phone_number (str | Unset): The registered number (phone book entries only)
        country (str | Unset): The number's country, ISO 3166-1 alpha-2 (phone book entries only)
    """

    account_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    friendly_name: str | Unset = UNSET
    request_id: str | Unset = UNSET
    status: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        contact_id = self.contact_id

        friendly_name = self.friendly_name

        request_id = self.request_id

        status = self.status

        phone_number = self.phone_number

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if status is not UNSET:
            field_dict["status"] = status
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (PhoneProvisioningEntity)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            account_id = d.pop("accountId", UNSET)
            if not isinstance(account_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("accountId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("accountId", "str", src_dict) from None

        try:
            contact_id = d.pop("contactId", UNSET)
            if not isinstance(contact_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactId", "str", src_dict) from None

        try:
            friendly_name = d.pop("friendlyName", UNSET)
            if not isinstance(friendly_name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("friendlyName") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("friendlyName", "str", src_dict) from None

        try:
            request_id = d.pop("requestId", UNSET)
            if not isinstance(request_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("requestId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("requestId", "str", src_dict) from None

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "str", src_dict) from None

        try:
            phone_number = d.pop("phoneNumber", UNSET)
            if not isinstance(phone_number, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phoneNumber") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phoneNumber", "str", src_dict) from None

        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        phone_provisioning_entity = cls(
            account_id=account_id,
            contact_id=contact_id,
            friendly_name=friendly_name,
            request_id=request_id,
            status=status,
            phone_number=phone_number,
            country=country,
        )

        phone_provisioning_entity.additional_properties = d
        return phone_provisioning_entity

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
