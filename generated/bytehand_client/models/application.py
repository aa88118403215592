from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.right import Right
from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """An application that can ask users for access. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str | Unset):
        description (str | Unset):
        client_id (str | Unset):
        website (str | Unset):
        redirect_uris (list[str] | Unset): The prefixes a `redirect_uri` must start with.
        rights (list[Right] | Unset): The rights the application may ask for.
    """

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    client_id: str | Unset = UNSET
    website: str | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    rights: list[Right] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        client_id = self.client_id

        website = self.website

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        rights: list[str] | Unset = UNSET
        if not isinstance(self.rights, Unset):
            rights = []
            for rights_item_data in self.rights:
                rights_item = rights_item_data.value
                rights.append(rights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if website is not UNSET:
            field_dict["website"] = website
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        client_id = d.pop("client_id", UNSET)

        website = d.pop("website", UNSET)

        redirect_uris = cast(list[str], d.pop("redirect_uris", UNSET))

        _rights = d.pop("rights", UNSET)
        rights: list[Right] | Unset = UNSET
        if _rights is not UNSET:
            rights = []
            for rights_item_data in _rights:
                rights_item = Right(rights_item_data)

                rights.append(rights_item)

        application = cls(
            id=id,
            name=name,
            description=description,
            client_id=client_id,
            website=website,
            redirect_uris=redirect_uris,
            rights=rights,
        )

        application.additional_properties = d
        return application

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
