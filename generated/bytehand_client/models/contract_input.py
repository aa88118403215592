from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractInput")


@_attrs_define
class ContractInput:
    """
    Example:
        {'legal_entity_id': 1, 'company_name': 'Romashka LLC', 'inn': '7701234567', 'kpp': '770101001', 'ogrn':
            '1027700123456', 'address': 'Moscow, Tverskaya st. 1'}

    Attributes:
        legal_entity_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        company_name (str):
        inn (str): The Russian taxpayer number (10 digits for a company, 12 for a sole trader).
        kpp (str | Unset):
        ogrn (str | Unset):
        address (str | Unset):
        contact_person (str | Unset):
        email (str | Unset):
        phone (str | Unset): A phone number in E.164, with or without the leading `+`. Example: +79161234567.
    """

    legal_entity_id: int
    company_name: str
    inn: str
    kpp: str | Unset = UNSET
    ogrn: str | Unset = UNSET
    address: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        legal_entity_id = self.legal_entity_id

        company_name = self.company_name

        inn = self.inn

        kpp = self.kpp

        ogrn = self.ogrn

        address = self.address

        contact_person = self.contact_person

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "legal_entity_id": legal_entity_id,
                "company_name": company_name,
                "inn": inn,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        legal_entity_id = d.pop("legal_entity_id")

        company_name = d.pop("company_name")

        inn = d.pop("inn")

        kpp = d.pop("kpp", UNSET)

        ogrn = d.pop("ogrn", UNSET)

        address = d.pop("address", UNSET)

        contact_person = d.pop("contact_person", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        contract_input = cls(
            legal_entity_id=legal_entity_id,
            company_name=company_name,
            inn=inn,
            kpp=kpp,
            ogrn=ogrn,
            address=address,
            contact_person=contact_person,
            email=email,
            phone=phone,
        )

        contract_input.additional_properties = d
        return contract_input

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
