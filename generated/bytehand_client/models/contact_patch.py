from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_properties import ContactProperties


T = TypeVar("T", bound="ContactPatch")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ContactPatch:
    """The fields to change; `properties` are merged into the contact's.

    Example:
        {'email': 'client@example.com'}

    Attributes:
        phone (str | None): A phone number in E.164, with or without the leading `+`. Example: +79161234567.
        name (str | None):
        email (str | None):
        properties (ContactProperties | None): Values of the list's additional fields, by property name. Example:
            {'city': 'Moscow'}.
    """

    phone: str | None
    name: str | None
    email: str | None
    properties: ContactProperties | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        phone: str | None = NOT_GIVEN,
        name: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        properties: ContactProperties | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.phone = None if phone is NOT_GIVEN else phone
        self.name = None if name is NOT_GIVEN else name
        self.email = None if email is NOT_GIVEN else email
        self.properties = None if properties is NOT_GIVEN else properties
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "phone",
            "name",
            "email",
            "properties",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _email: str | Unset = UNSET if self.email is None else self.email
        email = _email

        _properties: ContactProperties | Unset = (
            UNSET if self.properties is None else self.properties
        )
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(_properties, Unset):
            properties = _properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_properties import ContactProperties

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ContactPatch)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            _properties = d.pop("properties", UNSET)
            properties: ContactProperties | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = ContactProperties.from_dict(_properties)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("properties") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "properties", "ContactProperties", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            phone=phone,
            name=name,
            email=email,
            properties=properties,
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
