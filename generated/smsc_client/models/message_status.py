from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """A status.php result in fmt 3.

    Attributes:
        status (int): The message status: -1 waiting, 0 handed to the operator, 1 delivered, 20 impossible to deliver.
        last_timestamp (int): When the status last changed, in Unix seconds.
        err (int): The delivery error code; 0 when there is none.
        send_timestamp (int | Unset): With `all=1` or `all=2`: when the message was sent, in Unix seconds.
        cost (str | Unset): An amount in the account's currency, with two decimals.
        sender (str | Unset): With `all=1` or `all=2`: the sender name.
        country (str | Unset): With `all=2`: the recipient's country.
        operator (str | Unset): With `all=2`: the recipient's operator.
        region (str | Unset): With `all=2`: the recipient's region.
    """

    status: int
    last_timestamp: int
    err: int
    send_timestamp: int | Unset = UNSET
    cost: str | Unset = UNSET
    sender: str | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    region: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update(
            {
                "status": status,
                "last_timestamp": last_timestamp,
                "err": err,
            }
        )
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
        status = d.pop("status")

        last_timestamp = d.pop("last_timestamp")

        err = d.pop("err")

        send_timestamp = d.pop("send_timestamp", UNSET)

        cost = d.pop("cost", UNSET)

        sender = d.pop("sender", UNSET)

        country = d.pop("country", UNSET)

        operator = d.pop("operator", UNSET)

        region = d.pop("region", UNSET)

        message_status = cls(
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

        return message_status
