from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="CredentialGeo")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class CredentialGeo:
    """Where a credential was created from.

    Attributes:
        credential_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        ip (str | None):
        country (str | None): ISO 3166-1 alpha-2, when known.
        city (str | None):
    """

    credential_id: int | None
    ip: str | None
    country: str | None
    city: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        credential_id: int | None = NOT_GIVEN,
        ip: str | None = NOT_GIVEN,
        country: str | None = NOT_GIVEN,
        city: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.credential_id = None if credential_id is NOT_GIVEN else credential_id
        self.ip = None if ip is NOT_GIVEN else ip
        self.country = None if country is NOT_GIVEN else country
        self.city = None if city is NOT_GIVEN else city
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "credential_id",
            "ip",
            "country",
            "city",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _credential_id: int | Unset = (
            UNSET if self.credential_id is None else self.credential_id
        )
        credential_id = _credential_id

        _ip: str | Unset = UNSET if self.ip is None else self.ip
        ip = _ip

        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

        _city: str | Unset = UNSET if self.city is None else self.city
        city = _city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CredentialGeo)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            credential_id = d.pop("credential_id", UNSET)
            if not isinstance(credential_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("credential_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("credential_id", "int", src_dict) from None

        try:
            ip = d.pop("ip", UNSET)
            if not isinstance(ip, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ip") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ip", "str", src_dict) from None

        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        try:
            city = d.pop("city", UNSET)
            if not isinstance(city, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("city") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("city", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            credential_id=credential_id,
            ip=ip,
            country=country,
            city=city,
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
