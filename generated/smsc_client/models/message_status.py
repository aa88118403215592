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
    """

    status: int
    last_timestamp: int | Unset = UNSET
    err: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        last_timestamp = self.last_timestamp

        err = self.err

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

        message_status = cls(
            status=status,
            last_timestamp=last_timestamp,
            err=err,
        )

        return message_status
