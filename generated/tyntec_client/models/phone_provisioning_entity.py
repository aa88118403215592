from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="PhoneProvisioningEntity")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class PhoneProvisioningEntity:
    """Phone provisioning schema

    Attributes:
        account_id (str | None): The account that created this entry
        contact_id (str | None): Contact ID of this entry
        friendly_name (str | None): Friendly name of this entry
        request_id (str | None): Request ID of this entry
        status (str | None): Status of this entry; the emulator reports PENDING, then ACTIVE once provisioning
            completes.
        phone_number (str | None): The registered number (phone book entries only)
        country (str | None): The number's country, ISO 3166-1 alpha-2 (phone book entries only)
    """

    account_id: str | None
    contact_id: str | None
    friendly_name: str | None
    request_id: str | None
    status: str | None
    phone_number: str | None
    country: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        account_id: str | None = NOT_GIVEN,
        contact_id: str | None = NOT_GIVEN,
        friendly_name: str | None = NOT_GIVEN,
        request_id: str | None = NOT_GIVEN,
        status: str | None = NOT_GIVEN,
        phone_number: str | None = NOT_GIVEN,
        country: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.account_id = None if account_id is NOT_GIVEN else account_id
        self.contact_id = None if contact_id is NOT_GIVEN else contact_id
        self.friendly_name = None if friendly_name is NOT_GIVEN else friendly_name
        self.request_id = None if request_id is NOT_GIVEN else request_id
        self.status = None if status is NOT_GIVEN else status
        self.phone_number = None if phone_number is NOT_GIVEN else phone_number
        self.country = None if country is NOT_GIVEN else country
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "account_id",
            "contact_id",
            "friendly_name",
            "request_id",
            "status",
            "phone_number",
            "country",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _account_id: str | Unset = UNSET if self.account_id is None else self.account_id
        account_id = _account_id

        _contact_id: str | Unset = UNSET if self.contact_id is None else self.contact_id
        contact_id = _contact_id

        _friendly_name: str | Unset = (
            UNSET if self.friendly_name is None else self.friendly_name
        )
        friendly_name = _friendly_name

        _request_id: str | Unset = UNSET if self.request_id is None else self.request_id
        request_id = _request_id

        _status: str | Unset = UNSET if self.status is None else self.status
        status = _status

        _phone_number: str | Unset = (
            UNSET if self.phone_number is None else self.phone_number
        )
        phone_number = _phone_number

        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            account_id=account_id,
            contact_id=contact_id,
            friendly_name=friendly_name,
            request_id=request_id,
            status=status,
            phone_number=phone_number,
            country=country,
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
