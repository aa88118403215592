from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.callback_method import CallbackMethod
from ..models.encoding import Encoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """
    Example:
        {'to': '+123456789', 'from': 'tyntec', 'message': 'Hello world!'}

    Attributes:
        to (str): A phone number in the international format (E.164), with or without the leading `+`. Example:
            +491701234567.
        from_ (str): A phone number in the international format, or an alphanumeric
            identifier of up to 11 characters.
             Example: tyntec.
        message (str): The message text. GSM-7 allows 160 characters in a single message and
            152 per part of a concatenated one; UCS-2 allows 70 and 66.
             Example: Hello world!.
        encoding (Encoding | Unset): Encoding selection between GSM7, UNICODE, or the default AUTO selection
        gateway (str | Unset): Which gateway to use for the message delivery
        conversion (bool | Unset): Whether this message is subject to conversion ratio
        send_date_time (datetime.datetime | Unset): Any future date and time in ISO 8601; if not set, the message is
            sent immediately. The default time zone is UTC.
        validity (str | Unset): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | Unset): Customer reference attached to the Delivery Reports
        callback_url (str | Unset): Your URL for delivering the Delivery Reports; leave it out for no Delivery Report.
            Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | Unset): Your preferred HTTP method for the Delivery Report callback.
        part_limit (int | Unset): Up to how many parts you allow this message to be concatenated.
        trate (float | Unset):
        mrate (float | Unset):
        upper_cased (bool | Unset): Whether you allow the transcoder to try an upper case version of the content in the
            case this improves the produced parts of the message
        keep_emojis (bool | Unset): Whether you allow the transcoder to keep emojis
        flash (bool | Unset): Whether this SMS will be delivered as flash; some networks do not support it.
    """

    to: str
    from_: str
    message: str
    encoding: Encoding | Unset = UNSET
    gateway: str | Unset = UNSET
    conversion: bool | Unset = UNSET
    send_date_time: datetime.datetime | Unset = UNSET
    validity: str | Unset = UNSET
    reference: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_method: CallbackMethod | Unset = UNSET
    part_limit: int | Unset = UNSET
    trate: float | Unset = UNSET
    mrate: float | Unset = UNSET
    upper_cased: bool | Unset = UNSET
    keep_emojis: bool | Unset = UNSET
    flash: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        message = self.message

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        gateway = self.gateway

        conversion = self.conversion

        send_date_time: str | Unset = UNSET
        if not isinstance(self.send_date_time, Unset):
            send_date_time = self.send_date_time.isoformat()

        validity = self.validity

        reference = self.reference

        callback_url = self.callback_url

        callback_method: str | Unset = UNSET
        if not isinstance(self.callback_method, Unset):
            callback_method = self.callback_method.value

        part_limit = self.part_limit

        trate = self.trate

        mrate = self.mrate

        upper_cased = self.upper_cased

        keep_emojis = self.keep_emojis

        flash = self.flash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "from": from_,
                "message": message,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if send_date_time is not UNSET:
            field_dict["sendDateTime"] = send_date_time
        if validity is not UNSET:
            field_dict["validity"] = validity
        if reference is not UNSET:
            field_dict["reference"] = reference
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if callback_method is not UNSET:
            field_dict["callbackMethod"] = callback_method
        if part_limit is not UNSET:
            field_dict["partLimit"] = part_limit
        if trate is not UNSET:
            field_dict["trate"] = trate
        if mrate is not UNSET:
            field_dict["mrate"] = mrate
        if upper_cased is not UNSET:
            field_dict["upperCased"] = upper_cased
        if keep_emojis is not UNSET:
            field_dict["keepEmojis"] = keep_emojis
        if flash is not UNSET:
            field_dict["flash"] = flash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (SmsMessage)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            to = d.pop("to")
            if not isinstance(to, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("to") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("to", "str", src_dict) from None

        try:
            from_ = d.pop("from")
            if not isinstance(from_, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("from") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("from", "str", src_dict) from None

        try:
            message = d.pop("message")
            if not isinstance(message, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("message") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("message", "str", src_dict) from None

        try:
            _encoding = d.pop("encoding", UNSET)
            encoding: Encoding | Unset
            if isinstance(_encoding, Unset):
                encoding = UNSET
            else:
                encoding = Encoding(_encoding)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("encoding") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("encoding", "Encoding", src_dict) from None

        try:
            gateway = d.pop("gateway", UNSET)
            if not isinstance(gateway, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("gateway") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("gateway", "str", src_dict) from None

        try:
            conversion = d.pop("conversion", UNSET)
            if not isinstance(conversion, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("conversion") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("conversion", "bool", src_dict) from None

        try:
            _send_date_time = d.pop("sendDateTime", UNSET)
            send_date_time: datetime.datetime | Unset
            if isinstance(_send_date_time, Unset):
                send_date_time = UNSET
            else:
                send_date_time = datetime.datetime.fromisoformat(_send_date_time)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sendDateTime") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "sendDateTime", "datetime.datetime", src_dict
            ) from None

        try:
            validity = d.pop("validity", UNSET)
            if not isinstance(validity, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("validity") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("validity", "str", src_dict) from None

        try:
            reference = d.pop("reference", UNSET)
            if not isinstance(reference, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("reference") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("reference", "str", src_dict) from None

        try:
            callback_url = d.pop("callbackUrl", UNSET)
            if not isinstance(callback_url, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("callbackUrl") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("callbackUrl", "str", src_dict) from None

        try:
            _callback_method = d.pop("callbackMethod", UNSET)
            callback_method: CallbackMethod | Unset
            if isinstance(_callback_method, Unset):
                callback_method = UNSET
            else:
                callback_method = CallbackMethod(_callback_method)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("callbackMethod") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "callbackMethod", "CallbackMethod", src_dict
            ) from None

        try:
            part_limit = d.pop("partLimit", UNSET)
            if not isinstance(part_limit, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("partLimit") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("partLimit", "int", src_dict) from None

        try:
            trate = d.pop("trate", UNSET)
            if not isinstance(trate, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("trate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("trate", "float", src_dict) from None

        try:
            mrate = d.pop("mrate", UNSET)
            if not isinstance(mrate, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("mrate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("mrate", "float", src_dict) from None

        try:
            upper_cased = d.pop("upperCased", UNSET)
            if not isinstance(upper_cased, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("upperCased") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("upperCased", "bool", src_dict) from None

        try:
            keep_emojis = d.pop("keepEmojis", UNSET)
            if not isinstance(keep_emojis, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("keepEmojis") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("keepEmojis", "bool", src_dict) from None

        try:
            flash = d.pop("flash", UNSET)
            if not isinstance(flash, (bool, Unset)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("flash") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("flash", "bool", src_dict) from None

        sms_message = cls(
            to=to,
            from_=from_,
            message=message,
            encoding=encoding,
            gateway=gateway,
            conversion=conversion,
            send_date_time=send_date_time,
            validity=validity,
            reference=reference,
            callback_url=callback_url,
            callback_method=callback_method,
            part_limit=part_limit,
            trate=trate,
            mrate=mrate,
            upper_cased=upper_cased,
            keep_emojis=keep_emojis,
            flash=flash,
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
