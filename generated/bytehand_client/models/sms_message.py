from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.sms_message_encoding import SmsMessageEncoding
from ..models.sms_state import SmsState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """A message and its current state. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (str): A 64-bit id above 2^53, written as a string of digits so it never passes through a float. Example:
            164030947974825423.
        sender (str | Unset):
        receiver (str | Unset): The receiver in E.164 with the `+`.
        text (str | Unset):
        state (SmsState | Unset): NEW - accepted, waiting for `send_after` (or for the queue).
            STOPPED - sending was stopped by the user before the message left.
            SENT - handed over to the operator, no delivery report yet.
            DELIVERED - the phone confirmed delivery.
            UNDELIVERED - the operator could not deliver it (see `error_code`).
            REJECTED - the operator refused it (see `error_code`).
        parts (int | Unset): How many SMS parts the text takes (each is charged).
        encoding (SmsMessageEncoding | Unset):
        cost (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):  Example: RUB.
        country (str | Unset): An ISO 3166-1 alpha-2 country code. Example: RU.
        operator (str | Unset): The receiver's operator (the route taken).
        campaign_id (str | Unset): A 64-bit id above 2^53, written as a string of digits so it never passes through a
            float. Example: 164030947974825423.
        error_code (int | Unset): The operator's reason for UNDELIVERED or REJECTED.
        created_at (datetime.datetime | Unset):
        send_after (datetime.datetime | Unset):
        sent_at (datetime.datetime | Unset): When the message left for the operator.
        done_at (datetime.datetime | Unset): When it reached its final state.
    """

    id: str
    sender: str | Unset = UNSET
    receiver: str | Unset = UNSET
    text: str | Unset = UNSET
    state: SmsState | Unset = UNSET
    parts: int | Unset = UNSET
    encoding: SmsMessageEncoding | Unset = UNSET
    cost: float | Unset = UNSET
    currency: str | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    error_code: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    send_after: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    done_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender = self.sender

        receiver = self.receiver

        text = self.text

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        parts = self.parts

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        cost = self.cost

        currency = self.currency

        country = self.country

        operator = self.operator

        campaign_id = self.campaign_id

        error_code = self.error_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        send_after: str | Unset = UNSET
        if not isinstance(self.send_after, Unset):
            send_after = self.send_after.isoformat()

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        done_at: str | Unset = UNSET
        if not isinstance(self.done_at, Unset):
            done_at = self.done_at.isoformat()

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

        sms_message = cls(
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

        sms_message.additional_properties = d
        return sms_message

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
