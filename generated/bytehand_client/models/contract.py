from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_state import ContractState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """The user's contract with a BYTEHAND legal entity.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        state (ContractState):
        legal_entity_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        company_name (str):
        inn (str):
        created_at (datetime.datetime):
        kpp (str | Unset):
        ogrn (str | Unset):
        address (str | Unset):
        contact_person (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        signed_at (datetime.datetime | Unset):
    """

    id: int
    state: ContractState
    legal_entity_id: int
    company_name: str
    inn: str
    created_at: datetime.datetime
    kpp: str | Unset = UNSET
    ogrn: str | Unset = UNSET
    address: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    signed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state.value

        legal_entity_id = self.legal_entity_id

        company_name = self.company_name

        inn = self.inn

        created_at = self.created_at.isoformat()

        kpp = self.kpp

        ogrn = self.ogrn

        address = self.address

        contact_person = self.contact_person

        email = self.email

        phone = self.phone

        signed_at: str | Unset = UNSET
        if not isinstance(self.signed_at, Unset):
            signed_at = self.signed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "legal_entity_id": legal_entity_id,
                "company_name": company_name,
                "inn": inn,
                "created_at": created_at,
            }
        )
        if kpp is not UNSET:
            field_dict["kpp"] = kpp
        if ogrn is not UNSET:
            field_dict["ogrn"] = ogrn
        if address is not UNSET:
            field_dict["address"] = address
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        state = ContractState(d.pop("state"))

        legal_entity_id = d.pop("legal_entity_id")

        company_name = d.pop("company_name")

        inn = d.pop("inn")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        kpp = d.pop("kpp", UNSET)

        ogrn = d.pop("ogrn", UNSET)

        address = d.pop("address", UNSET)

        contact_person = d.pop("contact_person", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _signed_at = d.pop("signed_at", UNSET)
        signed_at: datetime.datetime | Unset
        if isinstance(_signed_at, Unset):
            signed_at = UNSET
        else:
            signed_at = datetime.datetime.fromisoformat(_signed_at)

        contract = cls(
            id=id,
            state=state,
            legal_entity_id=legal_entity_id,
            company_name=company_name,
            inn=inn,
            created_at=created_at,
            kpp=kpp,
            ogrn=ogrn,
            address=address,
            contact_person=contact_person,
            email=email,
            phone=phone,
            signed_at=signed_at,
        )

        contract.additional_properties = d
        return contract

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
