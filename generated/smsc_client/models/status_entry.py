from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        phone = d.pop("phone", UNSET)

        status = d.pop("status", UNSET)

        last_timestamp = d.pop("last_timestamp", UNSET)

        err = d.pop("err", UNSET)

        send_timestamp = d.pop("send_timestamp", UNSET)

        cost = d.pop("cost", UNSET)

        sender = d.pop("sender", UNSET)

        country = d.pop("country", UNSET)

        operator = d.pop("operator", UNSET)

        region = d.pop("region", UNSET)

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
