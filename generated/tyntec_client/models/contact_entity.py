from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactEntity")


@_attrs_define
class ContactEntity:
    """Contact Entity schema

    Example:
        {'companyName': 'Example GmbH', 'contactEmail': 'ops@example.com', 'contactName': 'Jane Doe', 'contactPhone':
            '+4915112345678', 'friendlyName': 'ops'}

    Attributes:
        company_name (str): Company's name
        contact_email (str): E-mail address
        contact_name (str): Requestor's name
        contact_phone (str): Requestor's phone number
        contact_id (str | Unset): The contact's id, assigned by tyntec on creation. Example:
            3f6c0c2e-4a8b-4f6e-9d7a-1c2b3d4e5f60.
        company_address (str | Unset): Company's postal address
        contact_title (str | Unset): Requestor's title
        friendly_name (str | Unset): A friendly name for the contact; the list can be filtered by it.
    """

    company_name: str
    contact_email: str
    contact_name: str
    contact_phone: str
    contact_id: str | Unset = UNSET
    company_address: str | Unset = UNSET
    contact_title: str | Unset = UNSET
    friendly_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        contact_email = self.contact_email

        contact_name = self.contact_name

        contact_phone = self.contact_phone

        contact_id = self.contact_id

        company_address = self.company_address

        contact_title = self.contact_title

        friendly_name = self.friendly_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyName": company_name,
                "contactEmail": contact_email,
                "contactName": contact_name,
                "contactPhone": contact_phone,
            }
        )
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if company_address is not UNSET:
            field_dict["companyAddress"] = company_address
        if contact_title is not UNSET:
            field_dict["contactTitle"] = contact_title
        if friendly_name is not UNSET:
            field_dict["friendlyName"] = friendly_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ContactEntity)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            company_name = d.pop("companyName")
            if not isinstance(company_name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("companyName") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("companyName", "str", src_dict) from None

        try:
            contact_email = d.pop("contactEmail")
            if not isinstance(contact_email, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactEmail") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactEmail", "str", src_dict) from None

        try:
            contact_name = d.pop("contactName")
            if not isinstance(contact_name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactName") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactName", "str", src_dict) from None

        try:
            contact_phone = d.pop("contactPhone")
            if not isinstance(contact_phone, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactPhone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactPhone", "str", src_dict) from None

        try:
            contact_id = d.pop("contactId", UNSET)
            if not isinstance(contact_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactId", "str", src_dict) from None

        try:
            company_address = d.pop("companyAddress", UNSET)
            if not isinstance(company_address, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("companyAddress") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("companyAddress", "str", src_dict) from None

        try:
            contact_title = d.pop("contactTitle", UNSET)
            if not isinstance(contact_title, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contactTitle") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contactTitle", "str", src_dict) from None

        try:
            friendly_name = d.pop("friendlyName", UNSET)
            if not isinstance(friendly_name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("friendlyName") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("friendlyName", "str", src_dict) from None

        contact_entity = cls(
            company_name=company_name,
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            contact_id=contact_id,
            company_address=company_address,
            contact_title=contact_title,
            friendly_name=friendly_name,
        )

        contact_entity.additional_properties = d
        return contact_entity

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
