from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_entity import ContactEntity


T = TypeVar("T", bound="ContactArrayResponse")


@_attrs_define
class ContactArrayResponse:
    """Contact Array Response schema

    Attributes:
        contacts (list[ContactEntity] | Unset):
        size (int | Unset): The number of contacts in `contacts`.
    """

    contacts: list[ContactEntity] | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_entity import ContactEntity

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ContactArrayResponse)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _contacts = d.pop("contacts", UNSET)
            contacts: list[ContactEntity] | Unset = UNSET
            if not isinstance(_contacts, Unset):
                if not isinstance(_contacts, list):
                    raise TypeError("not a list")
                contacts = []
                for _contacts_index, contacts_item_data in enumerate(_contacts):
                    try:
                        contacts_item = ContactEntity.from_dict(contacts_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_contacts_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _contacts_index, "ContactEntity", _contacts
                        ) from None
                    contacts.append(contacts_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contacts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "contacts", "list[ContactEntity]", src_dict
            ) from None

        try:
            size = d.pop("size", UNSET)
            if not isinstance(size, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("size") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("size", "int", src_dict) from None

        contact_array_response = cls(
            contacts=contacts,
            size=size,
        )

        contact_array_response.additional_properties = d
        return contact_array_response

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
