from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """A status.php result in fmt 3.

    Attributes:
        status (int): The message status: -1 waiting, 0 handed to the operator, 1 delivered, 20 impossible to deliver.
        last_timestamp (int): When the status last changed, in Unix seconds.
        err (int): The delivery error code; 0 when there is none.
    """

    status: int
    last_timestamp: int
    err: int

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        last_timestamp = self.last_timestamp

        err = self.err

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "last_timestamp": last_timestamp,
                "err": err,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        last_timestamp = d.pop("last_timestamp")

        err = d.pop("err")

        message_status = cls(
            status=status,
            last_timestamp=last_timestamp,
            err=err,
        )

        return message_status
