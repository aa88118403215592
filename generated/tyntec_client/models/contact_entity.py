from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ContactEntity")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
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
        contact_id (str | None): The contact's id, assigned by tyntec on creation. Example:
            3f6c0c2e-4a8b-4f6e-9d7a-1c2b3d4e5f60.
        company_address (str | None): Company's postal address
        contact_title (str | None): Requestor's title
        friendly_name (str | None): A friendly name for the contact; the list can be filtered by it.
    """

    company_name: str
    contact_email: str
    contact_name: str
    contact_phone: str
    contact_id: str | None
    company_address: str | None
    contact_title: str | None
    friendly_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        company_name: str,
        contact_email: str,
        contact_name: str,
        contact_phone: str,
        contact_id: str | None = NOT_GIVEN,
        company_address: str | None = NOT_GIVEN,
        contact_title: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if company_name is NOT_GIVEN:
            raise TypeError("ContactEntity() needs company_name=")
        self.company_name = company_name
        if contact_email is NOT_GIVEN:
            raise TypeError("ContactEntity() needs contact_email=")
        self.contact_email = contact_email
        if contact_name is NOT_GIVEN:
            raise TypeError("ContactEntity() needs contact_name=")
        self.contact_name = contact_name
        if contact_phone is NOT_GIVEN:
            raise TypeError("ContactEntity() needs contact_phone=")
        self.contact_phone = contact_phone
        self.contact_id = None if contact_id is NOT_GIVEN else contact_id
        self.company_address = None if company_address is NOT_GIVEN else company_address
        self.contact_title = None if contact_title is NOT_GIVEN else contact_title
        self.friendly_name = None if friendly_name is NOT_GIVEN else friendly_name
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "company_name",
            "contact_email",
            "contact_name",
            "contact_phone",
        )
        optional: tuple[str, ...] = (
            "contact_id",
            "company_address",
            "contact_title",
            "friendly_name",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        contact_email = self.contact_email

        contact_name = self.contact_name

        contact_phone = self.contact_phone

        _contact_id: str | Unset = UNSET if self.contact_id is None else self.contact_id
        contact_id = _contact_id

        _company_address: str | Unset = (
            UNSET if self.company_address is None else self.company_address
        )
        company_address = _company_address

        _contact_title: str | Unset = (
            UNSET if self.contact_title is None else self.contact_title
        )
        contact_title = _contact_title

        _friendly_name: str | Unset = (
            UNSET if self.friendly_name is None else self.friendly_name
        )
        friendly_name = _friendly_name

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            company_name=company_name,
            contact_email=contact_email,
            contact_name=contact_name,
            contact_phone=contact_phone,
            contact_id=contact_id,
            company_address=company_address,
            contact_title=contact_title,
            friendly_name=friendly_name,
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
