from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_v1 import ContactV1


T = TypeVar("T", bound="ContactListV1")


@_attrs_define
class ContactListV1:
    """A contact list in the legacy (v1) format, which keeps its contacts inside. Only `id` is sure to be present (see
    `fields`).

        Attributes:
            id (int): An object id; these stay below 2^53, so they are JSON numbers.
            name (str | Unset):
            size (int | Unset):
            created_at (datetime.datetime | Unset):
            contacts (list[ContactV1] | Unset):
    """

    id: int
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    contacts: list[ContactV1] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size = self.size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_v1 import ContactV1

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactV1] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactV1.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        contact_list_v1 = cls(
            id=id,
            name=name,
            size=size,
            created_at=created_at,
            contacts=contacts,
        )

        contact_list_v1.additional_properties = d
        return contact_list_v1

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
