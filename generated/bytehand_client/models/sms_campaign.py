from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_campaign_state import SmsCampaignState
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsCampaign")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsCampaign:
    """A campaign and its progress. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        name (str | None):
        sender (str | None):
        text (str | None):
        state (SmsCampaignState | None): NEW (waiting for `send_after`), STOPPED, SENDING (some messages not final yet)
            or FINISHED.
        contact_list_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        segment_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        messages (int | None): How many messages the campaign has.
        parts (int | None):
        cost (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):
        created_at (datetime.datetime | None):
        send_after (datetime.datetime | None):
    """

    id: str
    name: str | None
    sender: str | None
    text: str | None
    state: SmsCampaignState | None
    contact_list_id: int | None
    segment_id: int | None
    messages: int | None
    parts: int | None
    cost: float | None
    currency: str | None
    created_at: datetime.datetime | None
    send_after: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: str,
        name: str | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        state: SmsCampaignState | None = NOT_GIVEN,
        contact_list_id: int | None = NOT_GIVEN,
        segment_id: int | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        cost: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("SmsCampaign() needs id=")
        self.id = id
        self.name = None if name is NOT_GIVEN else name
        self.sender = None if sender is NOT_GIVEN else sender
        self.text = None if text is NOT_GIVEN else text
        self.state = None if state is NOT_GIVEN else state
        self.contact_list_id = None if contact_list_id is NOT_GIVEN else contact_list_id
        self.segment_id = None if segment_id is NOT_GIVEN else segment_id
        self.messages = None if messages is NOT_GIVEN else messages
        self.parts = None if parts is NOT_GIVEN else parts
        self.cost = None if cost is NOT_GIVEN else cost
        self.currency = None if currency is NOT_GIVEN else currency
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.send_after = None if send_after is NOT_GIVEN else send_after
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "name",
            "sender",
            "text",
            "state",
            "contact_list_id",
            "segment_id",
            "messages",
            "parts",
            "cost",
            "currency",
            "created_at",
            "send_after",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _text: str | Unset = UNSET if self.text is None else self.text
        text = _text

        _state: SmsCampaignState | Unset = UNSET if self.state is None else self.state
        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state.value

        _contact_list_id: int | Unset = (
            UNSET if self.contact_list_id is None else self.contact_list_id
        )
        contact_list_id = _contact_list_id

        _segment_id: int | Unset = UNSET if self.segment_id is None else self.segment_id
        segment_id = _segment_id

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _cost: float | Unset = UNSET if self.cost is None else self.cost
        cost = _cost

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _created_at: datetime.datetime | Unset = (
            UNSET if self.created_at is None else self.created_at
        )
        created_at: str | Unset = UNSET
        if not isinstance(_created_at, Unset):
            created_at = _created_at.isoformat()

        _send_after: datetime.datetime | Unset = (
            UNSET if self.send_after is None else self.send_after
        )
        send_after: str | Unset = UNSET
        if not isinstance(_send_after, Unset):
            send_after = _send_after.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if sender is not UNSET:
            field_dict["sender"] = sender
        if text is not UNSET:
            field_dict["text"] = text
        if state is not UNSET:
            field_dict["state"] = state
        if contact_list_id is not UNSET:
            field_dict["contact_list_id"] = contact_list_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if send_after is not UNSET:
            field_dict["send_after"] = send_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsCampaign)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "str", src_dict) from None

        try:
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            _state = d.pop("state", UNSET)
            state: SmsCampaignState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = SmsCampaignState(_state)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("state") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "state", "SmsCampaignState", src_dict
            ) from None

        try:
            contact_list_id = d.pop("contact_list_id", UNSET)
            if not isinstance(contact_list_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contact_list_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("contact_list_id", "int", src_dict) from None

        try:
            segment_id = d.pop("segment_id", UNSET)
            if not isinstance(segment_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("segment_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("segment_id", "int", src_dict) from None

        try:
            messages = d.pop("messages", UNSET)
            if not isinstance(messages, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("messages") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("messages", "int", src_dict) from None

        try:
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        try:
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("created_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "created_at", "datetime.datetime", src_dict
            ) from None

        try:
            _send_after = d.pop("send_after", UNSET)
            send_after: datetime.datetime | Unset
            if isinstance(_send_after, Unset):
                send_after = UNSET
            else:
                send_after = datetime.datetime.fromisoformat(_send_after)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_after") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "send_after", "datetime.datetime", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            name=name,
            sender=sender,
            text=text,
            state=state,
            contact_list_id=contact_list_id,
            segment_id=segment_id,
            messages=messages,
            parts=parts,
            cost=cost,
            currency=currency,
            created_at=created_at,
            send_after=send_after,
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
