from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_probe_text_encoding import SmsProbeTextEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsProbe")


@_attrs_define
class SmsProbe:
    """What BYTEHAND makes of a number (and a text).

    Attributes:
        phone_is_valid (bool): Whether the number is a possible mobile number of a country BYTEHAND sends to.
        phone_e164 (str | Unset): The number in E.164 (present when it is valid).
        phone_country (str | Unset): The number's ISO 3166-1 alpha-2 country (present when it is valid).
        text_length (int | Unset): The text's length in characters (present when `text` is given).
        text_parts (int | Unset): How many SMS parts the text takes (present when `text` is given).
        text_encoding (SmsProbeTextEncoding | Unset): The encoding the text needs (present when `text` is given).
    """

    phone_is_valid: bool
    phone_e164: str | Unset = UNSET
    phone_country: str | Unset = UNSET
    text_length: int | Unset = UNSET
    text_parts: int | Unset = UNSET
    text_encoding: SmsProbeTextEncoding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_is_valid = self.phone_is_valid

        phone_e164 = self.phone_e164

        phone_country = self.phone_country

        text_length = self.text_length

        text_parts = self.text_parts

        text_encoding: str | Unset = UNSET
        if not isinstance(self.text_encoding, Unset):
            text_encoding = self.text_encoding.value

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

        sms_probe = cls(
            phone_is_valid=phone_is_valid,
            phone_e164=phone_e164,
            phone_country=phone_country,
            text_length=text_length,
            text_parts=text_parts,
            text_encoding=text_encoding,
        )

        sms_probe.additional_properties = d
        return sms_probe

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
