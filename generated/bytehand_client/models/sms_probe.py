from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_probe_text_encoding import SmsProbeTextEncoding
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsProbe")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsProbe:
    """What BYTEHAND makes of a number (and a text).

    Attributes:
        phone_is_valid (bool): Whether the number is a possible mobile number of a country BYTEHAND sends to.
        phone_e164 (str | None): The number in E.164 (present when it is valid).
        phone_country (str | None): The number's ISO 3166-1 alpha-2 country (present when it is valid).
        text_length (int | None): The text's length in characters (present when `text` is given).
        text_parts (int | None): How many SMS parts the text takes (present when `text` is given).
        text_encoding (SmsProbeTextEncoding | None): The encoding the text needs (present when `text` is given).
    """

    phone_is_valid: bool
    phone_e164: str | None
    phone_country: str | None
    text_length: int | None
    text_parts: int | None
    text_encoding: SmsProbeTextEncoding | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        phone_is_valid: bool,
        phone_e164: str | None = NOT_GIVEN,
        phone_country: str | None = NOT_GIVEN,
        text_length: int | None = NOT_GIVEN,
        text_parts: int | None = NOT_GIVEN,
        text_encoding: SmsProbeTextEncoding | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if phone_is_valid is NOT_GIVEN:
            raise TypeError("SmsProbe() needs phone_is_valid=")
        self.phone_is_valid = phone_is_valid
        self.phone_e164 = None if phone_e164 is NOT_GIVEN else phone_e164
        self.phone_country = None if phone_country is NOT_GIVEN else phone_country
        self.text_length = None if text_length is NOT_GIVEN else text_length
        self.text_parts = None if text_parts is NOT_GIVEN else text_parts
        self.text_encoding = None if text_encoding is NOT_GIVEN else text_encoding
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("phone_is_valid",)
        optional: tuple[str, ...] = (
            "phone_e164",
            "phone_country",
            "text_length",
            "text_parts",
            "text_encoding",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        phone_is_valid = self.phone_is_valid

        _phone_e164: str | Unset = UNSET if self.phone_e164 is None else self.phone_e164
        phone_e164 = _phone_e164

        _phone_country: str | Unset = (
            UNSET if self.phone_country is None else self.phone_country
        )
        phone_country = _phone_country

        _text_length: int | Unset = (
            UNSET if self.text_length is None else self.text_length
        )
        text_length = _text_length

        _text_parts: int | Unset = UNSET if self.text_parts is None else self.text_parts
        text_parts = _text_parts

        _text_encoding: SmsProbeTextEncoding | Unset = (
            UNSET if self.text_encoding is None else self.text_encoding
        )
        text_encoding: str | Unset = UNSET
        if not isinstance(_text_encoding, Unset):
            text_encoding = _text_encoding.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_is_valid": phone_is_valid,
            }
        )
        if phone_e164 is not UNSET:
            field_dict["phone_e164"] = phone_e164
        if phone_country is not UNSET:
            field_dict["phone_country"] = phone_country
        if text_length is not UNSET:
            field_dict["text_length"] = text_length
        if text_parts is not UNSET:
            field_dict["text_parts"] = text_parts
        if text_encoding is not UNSET:
            field_dict["text_encoding"] = text_encoding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsProbe)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            phone_is_valid = d.pop("phone_is_valid")
            if not isinstance(phone_is_valid, (bool)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone_is_valid") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone_is_valid", "bool", src_dict) from None

        try:
            phone_e164 = d.pop("phone_e164", UNSET)
            if not isinstance(phone_e164, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone_e164") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone_e164", "str", src_dict) from None

        try:
            phone_country = d.pop("phone_country", UNSET)
            if not isinstance(phone_country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone_country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone_country", "str", src_dict) from None

        try:
            text_length = d.pop("text_length", UNSET)
            if not isinstance(text_length, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_length") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text_length", "int", src_dict) from None

        try:
            text_parts = d.pop("text_parts", UNSET)
            if not isinstance(text_parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text_parts", "int", src_dict) from None

        try:
            _text_encoding = d.pop("text_encoding", UNSET)
            text_encoding: SmsProbeTextEncoding | Unset
            if isinstance(_text_encoding, Unset):
                text_encoding = UNSET
            else:
                text_encoding = SmsProbeTextEncoding(_text_encoding)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text_encoding") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "text_encoding", "SmsProbeTextEncoding", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            phone_is_valid=phone_is_valid,
            phone_e164=phone_e164,
            phone_country=phone_country,
            text_length=text_length,
            text_parts=text_parts,
            text_encoding=text_encoding,
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
