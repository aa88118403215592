from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.contract_state import ContractState
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Contract")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Contract:
    """The user's contract with a BYTEHAND legal entity.

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        state (ContractState | None):
        legal_entity_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        company_name (str | None):
        inn (str | None):
        kpp (str | None):
        ogrn (str | None):
        address (str | None):
        contact_person (str | None):
        email (str | None):
        phone (str | None):
        created_at (datetime.datetime | None):
        signed_at (datetime.datetime | None):
    """

    id: int
    state: ContractState | None
    legal_entity_id: int | None
    company_name: str | None
    inn: str | None
    kpp: str | None
    ogrn: str | None
    address: str | None
    contact_person: str | None
    email: str | None
    phone: str | None
    created_at: datetime.datetime | None
    signed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        state: ContractState | None = NOT_GIVEN,
        legal_entity_id: int | None = NOT_GIVEN,
        company_name: str | None = NOT_GIVEN,
        inn: str | None = NOT_GIVEN,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        signed_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Contract() needs id=")
        self.id = id
        self.state = None if state is NOT_GIVEN else state
        self.legal_entity_id = None if legal_entity_id is NOT_GIVEN else legal_entity_id
        self.company_name = None if company_name is NOT_GIVEN else company_name
        self.inn = None if inn is NOT_GIVEN else inn
        self.kpp = None if kpp is NOT_GIVEN else kpp
        self.ogrn = None if ogrn is NOT_GIVEN else ogrn
        self.address = None if address is NOT_GIVEN else address
        self.contact_person = None if contact_person is NOT_GIVEN else contact_person
        self.email = None if email is NOT_GIVEN else email
        self.phone = None if phone is NOT_GIVEN else phone
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.signed_at = None if signed_at is NOT_GIVEN else signed_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "state",
            "legal_entity_id",
            "company_name",
            "inn",
            "kpp",
            "ogrn",
            "address",
            "contact_person",
            "email",
            "phone",
            "created_at",
            "signed_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _state: ContractState | Unset = UNSET if self.state is None else self.state
        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state.value

        _legal_entity_id: int | Unset = (
            UNSET if self.legal_entity_id is None else self.legal_entity_id
        )
        legal_entity_id = _legal_entity_id

        _company_name: str | Unset = (
            UNSET if self.company_name is None else self.company_name
        )
        company_name = _company_name

        _inn: str | Unset = UNSET if self.inn is None else self.inn
        inn = _inn

        _kpp: str | Unset = UNSET if self.kpp is None else self.kpp
        kpp = _kpp

        _ogrn: str | Unset = UNSET if self.ogrn is None else self.ogrn
        ogrn = _ogrn

        _address: str | Unset = UNSET if self.address is None else self.address
        address = _address

        _contact_person: str | Unset = (
            UNSET if self.contact_person is None else self.contact_person
        )
        contact_person = _contact_person

        _email: str | Unset = UNSET if self.email is None else self.email
        email = _email

        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _created_at: datetime.datetime | Unset = (
            UNSET if self.created_at is None else self.created_at
        )
        created_at: str | Unset = UNSET
        if not isinstance(_created_at, Unset):
            created_at = _created_at.isoformat()

        _signed_at: datetime.datetime | Unset = (
            UNSET if self.signed_at is None else self.signed_at
        )
        signed_at: str | Unset = UNSET
        if not isinstance(_signed_at, Unset):
            signed_at = _signed_at.isoformat()

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
