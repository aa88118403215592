from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ContractInput)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            legal_entity_id = d.pop("legal_entity_id")
            if not isinstance(legal_entity_id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("legal_entity_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("legal_entity_id", "int", src_dict) from None

        try:
            company_name = d.pop("company_name")
            if not isinstance(company_name, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("company_name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("company_name", "str", src_dict) from None

        try:
            inn = d.pop("inn")
            if not isinstance(inn, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("inn") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("inn", "str", src_dict) from None

        try:
            kpp = d.pop("kpp", UNSET)
            if not isinstance(kpp, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("kpp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("kpp", "str", src_dict) from None

        try:
            ogrn = d.pop("ogrn", UNSET)
            if not isinstance(ogrn, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ogrn") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ogrn", "str", src_dict) from None

        try:
            address = d.pop("address", UNSET)
            if not isinstance(address, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("address") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("address", "str", src_dict) from None

        try:
            contact_person = d.pop("contact_person", UNSET)
            if not isinstance(contact_person, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contact_person") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contact_person", "str", src_dict) from None

        try:
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

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
