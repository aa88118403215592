from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_state import SmsState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStateStatistics")


@_attrs_define
class CampaignStateStatistics:
    """
    Attributes:
        state (SmsState): NEW - accepted, waiting for `send_after` (or for the queue).
            STOPPED - sending was stopped by the user before the message left.
            SENT - handed over to the operator, no delivery report yet.
            DELIVERED - the phone confirmed delivery.
            UNDELIVERED - the operator could not deliver it (see `error_code`).
            REJECTED - the operator refused it (see `error_code`).
        messages (int):
        error_code (int | Unset): The error code, for UNDELIVERED and REJECTED.
    """

    state: SmsState
    messages: int
    error_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        messages = self.messages

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
                "messages": messages,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        state = SmsState(d.pop("state"))

        messages = d.pop("messages")

        error_code = d.pop("error_code", UNSET)

        campaign_state_statistics = cls(
            state=state,
            messages=messages,
            error_code=error_code,
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
