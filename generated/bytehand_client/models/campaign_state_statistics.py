from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_state import SmsState
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="CampaignStateStatistics")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class CampaignStateStatistics:
    """
    Attributes:
        state (SmsState | None): NEW - accepted, waiting for `send_after` (or for the queue).
            STOPPED - sending was stopped by the user before the message left.
            SENT - handed over to the operator, no delivery report yet.
            DELIVERED - the phone confirmed delivery.
            UNDELIVERED - the operator could not deliver it (see `error_code`).
            REJECTED - the operator refused it (see `error_code`).
        error_code (int | None): The error code, for UNDELIVERED and REJECTED.
        messages (int | None):
    """

    state: SmsState | None
    error_code: int | None
    messages: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        state: SmsState | None = NOT_GIVEN,
        error_code: int | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.state = None if state is NOT_GIVEN else state
        self.error_code = None if error_code is NOT_GIVEN else error_code
        self.messages = None if messages is NOT_GIVEN else messages
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "state",
            "error_code",
            "messages",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _state: SmsState | Unset = UNSET if self.state is None else self.state
        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state.value

        _error_code: int | Unset = UNSET if self.error_code is None else self.error_code
        error_code = _error_code

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            state=state,
            error_code=error_code,
            messages=messages,
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
