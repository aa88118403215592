from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_state import SmsState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStateStatistics")


@_attrs_define
class CampaignStateStatistics:
    """
    Attributes:
        state (SmsState | Unset): NEW - accepted, waiting for `send_after` (or for the queue).
            STOPPED - sending was stopped by the user before the message left.
            SENT - handed over to the operator, no delivery report yet.
            DELIVERED - the phone confirmed delivery.
            UNDELIVERED - the operator could not deliver it (see `error_code`).
            REJECTED - the operator refused it (see `error_code`).
        error_code (int | Unset): The error code, for UNDELIVERED and REJECTED.
        messages (int | Unset):
    """

    state: SmsState | Unset = UNSET
    error_code: int | Unset = UNSET
    messages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        error_code = self.error_code

        messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (CampaignStateStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _state = d.pop("state", UNSET)
            state: SmsState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = SmsState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("state", "SmsState", src_dict) from None

        try:
            error_code = d.pop("error_code", UNSET)
            if not isinstance(error_code, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("error_code", "int", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

        campaign_state_statistics = cls(
            state=state,
            error_code=error_code,
            messages=messages,
        )

        campaign_state_statistics.additional_properties = d
        return campaign_state_statistics

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
