from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ContractInput")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ContractInput:
    """
    Example:
        {'legal_entity_id': 1, 'company_name': 'Romashka LLC', 'inn': '7701234567', 'kpp': '770101001', 'ogrn':
            '1027700123456', 'address': 'Moscow, Tverskaya st. 1'}

    Attributes:
        legal_entity_id (int): An object id; these stay below 2^53, so they are JSON numbers.
        company_name (str):
        inn (str): The Russian taxpayer number (10 digits for a company, 12 for a sole trader).
        kpp (str | None):
        ogrn (str | None):
        address (str | None):
        contact_person (str | None):
        email (str | None):
        phone (str | None): A phone number in E.164, with or without the leading `+`. Example: +79161234567.
    """

    legal_entity_id: int
    company_name: str
    inn: str
    kpp: str | None
    ogrn: str | None
    address: str | None
    contact_person: str | None
    email: str | None
    phone: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        legal_entity_id: int,
        company_name: str,
        inn: str,
        kpp: str | None = NOT_GIVEN,
        ogrn: str | None = NOT_GIVEN,
        address: str | None = NOT_GIVEN,
        contact_person: str | None = NOT_GIVEN,
        email: str | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if legal_entity_id is NOT_GIVEN:
            raise TypeError("ContractInput() needs legal_entity_id=")
        self.legal_entity_id = legal_entity_id
        if company_name is NOT_GIVEN:
            raise TypeError("ContractInput() needs company_name=")
        self.company_name = company_name
        if inn is NOT_GIVEN:
            raise TypeError("ContractInput() needs inn=")
        self.inn = inn
        self.kpp = None if kpp is NOT_GIVEN else kpp
        self.ogrn = None if ogrn is NOT_GIVEN else ogrn
        self.address = None if address is NOT_GIVEN else address
        self.contact_person = None if contact_person is NOT_GIVEN else contact_person
        self.email = None if email is NOT_GIVEN else email
        self.phone = None if phone is NOT_GIVEN else phone
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "legal_entity_id",
            "company_name",
            "inn",
        )
        optional: tuple[str, ...] = (
            "kpp",
            "ogrn",
            "address",
            "contact_person",
            "email",
            "phone",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        legal_entity_id = self.legal_entity_id

        company_name = self.company_name

        inn = self.inn

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
