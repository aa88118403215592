from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """A status.php result in fmt 3.

    Attributes:
        status (int): The message status: -1 waiting, 0 handed to the operator, 1 delivered, 20 impossible to deliver.
        last_timestamp (int | Unset): When the status last changed, in Unix seconds.
        err (int | Unset): The delivery error code; 0 when there is none.
        send_timestamp (int | Unset): With `all=1` or `all=2`: when the message was sent, in Unix seconds.
        cost (str | Unset): An amount in the account's currency, with two decimals.
        sender (str | Unset): With `all=1` or `all=2`: the sender name.
        country (str | Unset): With `all=2`: the recipient's country.
        operator (str | Unset): With `all=2`: the recipient's operator.
        region (str | Unset): With `all=2`: the recipient's region.
    """

    status: int
    last_timestamp: int | Unset = UNSET
    err: int | Unset = UNSET
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
            }
        )
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
                [], "an object (MessageStatus)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            status = d.pop("status")
            if not isinstance(status, (int)):
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
