from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.contract_state import ContractState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """The user's contract with a BYTEHAND legal entity.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        state (ContractState | Unset):
        legal_entity_id (int | Unset): An object id; these stay below 2^53, so they are JSON numbers.
        company_name (str | Unset):
        inn (str | Unset):
        kpp (str | Unset):
        ogrn (str | Unset):
        address (str | Unset):
        contact_person (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        created_at (datetime.datetime | Unset):
        signed_at (datetime.datetime | Unset):
    """

    id: int
    state: ContractState | Unset = UNSET
    legal_entity_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    inn: str | Unset = UNSET
    kpp: str | Unset = UNSET
    ogrn: str | Unset = UNSET
    address: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    signed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        legal_entity_id = self.legal_entity_id

        company_name = self.company_name

        inn = self.inn

        kpp = self.kpp

        ogrn = self.ogrn

        address = self.address

        contact_person = self.contact_person

        email = self.email

        phone = self.phone

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        signed_at: str | Unset = UNSET
        if not isinstance(self.signed_at, Unset):
            signed_at = self.signed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if inn is not UNSET:
            field_dict["inn"] = inn
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Contract)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            _state = d.pop("state", UNSET)
            state: ContractState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ContractState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("state", "ContractState", src_dict) from None

        try:
            legal_entity_id = d.pop("legal_entity_id", UNSET)
            if not isinstance(legal_entity_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("legal_entity_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("legal_entity_id", "int", src_dict) from None

        try:
            company_name = d.pop("company_name", UNSET)
            if not isinstance(company_name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("company_name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("company_name", "str", src_dict) from None

        try:
            inn = d.pop("inn", UNSET)
            if not isinstance(inn, (str, Unset)):
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

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "created_at", "datetime.datetime", src_dict
            ) from None

        try:
            _signed_at = d.pop("signed_at", UNSET)
            signed_at: datetime.datetime | Unset
            if isinstance(_signed_at, Unset):
                signed_at = UNSET
            else:
                signed_at = datetime.datetime.fromisoformat(_signed_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("signed_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "signed_at", "datetime.datetime", src_dict
            ) from None

        contract = cls(
            id=id,
            state=state,
            legal_entity_id=legal_entity_id,
            company_name=company_name,
            inn=inn,
            kpp=kpp,
            ogrn=ogrn,
            address=address,
            contact_person=contact_person,
            email=email,
            phone=phone,
            created_at=created_at,
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
