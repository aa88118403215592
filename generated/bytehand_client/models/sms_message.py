from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_message_encoding import SmsMessageEncoding
from ..models.sms_state import SmsState
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class SmsMessage:
    """A message and its current state. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        sender (str | None):
        receiver (str | None): The receiver in E.164 with the `+`.
        text (str | None):
        state (SmsState | None): NEW - accepted, waiting for `send_after` (or for the queue).
            STOPPED - sending was stopped by the user before the message left.
            SENT - handed over to the operator, no delivery report yet.
            DELIVERED - the phone confirmed delivery.
            UNDELIVERED - the operator could not deliver it (see `error_code`).
            REJECTED - the operator refused it (see `error_code`).
        parts (int | None): How many SMS parts the text takes (each is charged).
        encoding (SmsMessageEncoding | None):
        cost (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):  Example: RUB.
        country (str | None): An ISO 3166-1 alpha-2 country code. Example: RU.
        operator (str | None): The receiver's operator (the route taken).
        campaign_id (str | None): A 64-bit id above 2^53, written as a string of digits so it never passes through a
            float. Example: 164030947974825423.
        error_code (int | None): The operator's reason for UNDELIVERED or REJECTED.
        created_at (datetime.datetime | None):
        send_after (datetime.datetime | None):
        sent_at (datetime.datetime | None): When the message left for the operator.
        done_at (datetime.datetime | None): When it reached its final state.
    """

    id: str
    sender: str | None
    receiver: str | None
    text: str | None
    state: SmsState | None
    parts: int | None
    encoding: SmsMessageEncoding | None
    cost: float | None
    currency: str | None
    country: str | None
    operator: str | None
    campaign_id: str | None
    error_code: int | None
    created_at: datetime.datetime | None
    send_after: datetime.datetime | None
    sent_at: datetime.datetime | None
    done_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: str,
        sender: str | None = NOT_GIVEN,
        receiver: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        state: SmsState | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        encoding: SmsMessageEncoding | None = NOT_GIVEN,
        cost: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
        country: str | None = NOT_GIVEN,
        operator: str | None = NOT_GIVEN,
        campaign_id: str | None = NOT_GIVEN,
        error_code: int | None = NOT_GIVEN,
        created_at: datetime.datetime | None = NOT_GIVEN,
        send_after: datetime.datetime | None = NOT_GIVEN,
        sent_at: datetime.datetime | None = NOT_GIVEN,
        done_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("SmsMessage() needs id=")
        self.id = id
        self.sender = None if sender is NOT_GIVEN else sender
        self.receiver = None if receiver is NOT_GIVEN else receiver
        self.text = None if text is NOT_GIVEN else text
        self.state = None if state is NOT_GIVEN else state
        self.parts = None if parts is NOT_GIVEN else parts
        self.encoding = None if encoding is NOT_GIVEN else encoding
        self.cost = None if cost is NOT_GIVEN else cost
        self.currency = None if currency is NOT_GIVEN else currency
        self.country = None if country is NOT_GIVEN else country
        self.operator = None if operator is NOT_GIVEN else operator
        self.campaign_id = None if campaign_id is NOT_GIVEN else campaign_id
        self.error_code = None if error_code is NOT_GIVEN else error_code
        self.created_at = None if created_at is NOT_GIVEN else created_at
        self.send_after = None if send_after is NOT_GIVEN else send_after
        self.sent_at = None if sent_at is NOT_GIVEN else sent_at
        self.done_at = None if done_at is NOT_GIVEN else done_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "sender",
            "receiver",
            "text",
            "state",
            "parts",
            "encoding",
            "cost",
            "currency",
            "country",
            "operator",
            "campaign_id",
            "error_code",
            "created_at",
            "send_after",
            "sent_at",
            "done_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _receiver: str | Unset = UNSET if self.receiver is None else self.receiver
        receiver = _receiver

        _text: str | Unset = UNSET if self.text is None else self.text
        text = _text

        _state: SmsState | Unset = UNSET if self.state is None else self.state
        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state.value

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _encoding: SmsMessageEncoding | Unset = (
            UNSET if self.encoding is None else self.encoding
        )
        encoding: str | Unset = UNSET
        if not isinstance(_encoding, Unset):
            encoding = _encoding.value

        _cost: float | Unset = UNSET if self.cost is None else self.cost
        cost = _cost

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

        _operator: str | Unset = UNSET if self.operator is None else self.operator
        operator = _operator

        _campaign_id: str | Unset = (
            UNSET if self.campaign_id is None else self.campaign_id
        )
        campaign_id = _campaign_id

        _error_code: int | Unset = UNSET if self.error_code is None else self.error_code
        error_code = _error_code

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

        _sent_at: datetime.datetime | Unset = (
            UNSET if self.sent_at is None else self.sent_at
        )
        sent_at: str | Unset = UNSET
        if not isinstance(_sent_at, Unset):
            sent_at = _sent_at.isoformat()

        _done_at: datetime.datetime | Unset = (
            UNSET if self.done_at is None else self.done_at
        )
        done_at: str | Unset = UNSET
        if not isinstance(_done_at, Unset):
            done_at = _done_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if text is not UNSET:
            field_dict["text"] = text
        if state is not UNSET:
            field_dict["state"] = state
        if parts is not UNSET:
            field_dict["parts"] = parts
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if send_after is not UNSET:
            field_dict["send_after"] = send_after
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if done_at is not UNSET:
            field_dict["done_at"] = done_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsMessage)", _errors.describe(src_dict)
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
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

        try:
            receiver = d.pop("receiver", UNSET)
            if not isinstance(receiver, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("receiver") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("receiver", "str", src_dict) from None

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
            parts = d.pop("parts", UNSET)
            if not isinstance(parts, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("parts", "int", src_dict) from None

        try:
            _encoding = d.pop("encoding", UNSET)
            encoding: SmsMessageEncoding | Unset
            if isinstance(_encoding, Unset):
                encoding = UNSET
            else:
                encoding = SmsMessageEncoding(_encoding)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("encoding") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "encoding", "SmsMessageEncoding", src_dict
            ) from None

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
            campaign_id = d.pop("campaign_id", UNSET)
            if not isinstance(campaign_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("campaign_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("campaign_id", "str", src_dict) from None

        try:
            error_code = d.pop("error_code", UNSET)
            if not isinstance(error_code, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("error_code") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("error_code", "int", src_dict) from None

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

        try:
            _sent_at = d.pop("sent_at", UNSET)
            sent_at: datetime.datetime | Unset
            if isinstance(_sent_at, Unset):
                sent_at = UNSET
            else:
                sent_at = datetime.datetime.fromisoformat(_sent_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sent_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "sent_at", "datetime.datetime", src_dict
            ) from None

        try:
            _done_at = d.pop("done_at", UNSET)
            done_at: datetime.datetime | Unset
            if isinstance(_done_at, Unset):
                done_at = UNSET
            else:
                done_at = datetime.datetime.fromisoformat(_done_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("done_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "done_at", "datetime.datetime", src_dict
            ) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            sender=sender,
            receiver=receiver,
            text=text,
            state=state,
            parts=parts,
            encoding=encoding,
            cost=cost,
            currency=currency,
            country=country,
            operator=operator,
            campaign_id=campaign_id,
            error_code=error_code,
            created_at=created_at,
            send_after=send_after,
            sent_at=sent_at,
            done_at=done_at,
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
