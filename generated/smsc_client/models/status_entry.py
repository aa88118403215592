from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusEntry")


@_attrs_define
class StatusEntry:
    """One message of a status list; an unknown message has status -3 (not found).

    Attributes:
        id (int | Unset): The message id this entry answers.
        phone (str | Unset): The number this entry answers.
        status (int | Unset): The message status; -3 when the message is not found.
        last_timestamp (int | Unset): When the status last changed, in Unix seconds.
        err (int | Unset): The delivery error code; 0 when there is none.
        send_timestamp (int | Unset): With `all=1` or `all=2`: when the message was sent, in Unix seconds.
        cost (str | Unset): An amount in the account's currency, with two decimals.
        sender (str | Unset): With `all=1` or `all=2`: the sender name.
        country (str | Unset): With `all=2`: the recipient's country.
        operator (str | Unset): With `all=2`: the recipient's operator.
        region (str | Unset): With `all=2`: the recipient's region.
    """

    id: int | Unset = UNSET
    phone: str | Unset = UNSET
    status: int | Unset = UNSET
    last_timestamp: int | Unset = UNSET
    err: int | Unset = UNSET
    send_timestamp: int | Unset = UNSET
    cost: str | Unset = UNSET
    sender: str | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        status = self.status

        last_timestamp = self.last_timestamp

        err = self.err

        send_timestamp = self.send_timestamp

        cost = self.cost

        sender = self.sender

        country = self.country

        operator = self.operator

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp
        if err is not UNSET:
            field_dict["err"] = err
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender is not UNSET:
            field_dict["sender"] = sender
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (StatusEntry)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "int", src_dict) from None

        try:
            last_timestamp = d.pop("last_timestamp", UNSET)
            if not isinstance(last_timestamp, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("last_timestamp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("last_timestamp", "int", src_dict) from None

        try:
            err = d.pop("err", UNSET)
            if not isinstance(err, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("err") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("err", "int", src_dict) from None

        try:
            send_timestamp = d.pop("send_timestamp", UNSET)
            if not isinstance(send_timestamp, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_timestamp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("send_timestamp", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("country") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("country", "str", src_dict) from None

        try:
            operator = d.pop("operator", UNSET)
            if not isinstance(operator, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("operator") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("operator", "str", src_dict) from None

        try:
            region = d.pop("region", UNSET)
            if not isinstance(region, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("region") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("region", "str", src_dict) from None

        status_entry = cls(
            id=id,
            phone=phone,
            status=status,
            last_timestamp=last_timestamp,
            err=err,
            send_timestamp=send_timestamp,
            cost=cost,
            sender=sender,
            country=country,
            operator=operator,
            region=region,
        )

        status_entry.additional_properties = d
        return status_entry

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
