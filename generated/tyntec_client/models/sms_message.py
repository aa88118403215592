from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.callback_method import CallbackMethod
from ..models.encoding import Encoding
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="SmsMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
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
        encoding (Encoding | None): Encoding selection between GSM7, UNICODE, or the default AUTO selection
        gateway (str | None): Which gateway to use for the message delivery
        conversion (bool | None): Whether this message is subject to conversion ratio
        send_date_time (datetime.datetime | None): Any future date and time in ISO 8601; if not set, the message is
            sent immediately. The default time zone is UTC.
        validity (str | None): Message validity in minutes, as a decimal string. Example: 1440.
        reference (str | None): Customer reference attached to the Delivery Reports
        callback_url (str | None): Your URL for delivering the Delivery Reports; leave it out for no Delivery Report.
            Example: https://rest.customer.com/dlr.
        callback_method (CallbackMethod | None): Your preferred HTTP method for the Delivery Report callback.
        part_limit (int | None): Up to how many parts you allow this message to be concatenated.
        trate (float | None):
        mrate (float | None):
        upper_cased (bool | None): Whether you allow the transcoder to try an upper case version of the content in the
            case this improves the produced parts of the message
        keep_emojis (bool | None): Whether you allow the transcoder to keep emojis
        flash (bool | None): Whether this SMS will be delivered as flash; some networks do not support it.
    """

    to: str
    from_: str
    message: str
    encoding: Encoding | None
    gateway: str | None
    conversion: bool | None
    send_date_time: datetime.datetime | None
    validity: str | None
    reference: str | None
    callback_url: str | None
    callback_method: CallbackMethod | None
    part_limit: int | None
    trate: float | None
    mrate: float | None
    upper_cased: bool | None
    keep_emojis: bool | None
    flash: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        to: str,
        from_: str,
        message: str,
        encoding: Encoding | None = NOT_GIVEN,
        gateway: str | None = NOT_GIVEN,
        conversion: bool | None = NOT_GIVEN,
        send_date_time: datetime.datetime | None = NOT_GIVEN,
        validity: str | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        callback_url: str | None = NOT_GIVEN,
        callback_method: CallbackMethod | None = NOT_GIVEN,
        part_limit: int | None = NOT_GIVEN,
        trate: float | None = NOT_GIVEN,
        mrate: float | None = NOT_GIVEN,
        upper_cased: bool | None = NOT_GIVEN,
        keep_emojis: bool | None = NOT_GIVEN,
        flash: bool | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if to is NOT_GIVEN:
            raise TypeError("SmsMessage() needs to=")
        self.to = to
        if from_ is NOT_GIVEN:
            raise TypeError("SmsMessage() needs from_=")
        self.from_ = from_
        if message is NOT_GIVEN:
            raise TypeError("SmsMessage() needs message=")
        self.message = message
        self.encoding = None if encoding is NOT_GIVEN else encoding
        self.gateway = None if gateway is NOT_GIVEN else gateway
        self.conversion = None if conversion is NOT_GIVEN else conversion
        self.send_date_time = None if send_date_time is NOT_GIVEN else send_date_time
        self.validity = None if validity is NOT_GIVEN else validity
        self.reference = None if reference is NOT_GIVEN else reference
        self.callback_url = None if callback_url is NOT_GIVEN else callback_url
        self.callback_method = None if callback_method is NOT_GIVEN else callback_method
        self.part_limit = None if part_limit is NOT_GIVEN else part_limit
        self.trate = None if trate is NOT_GIVEN else trate
        self.mrate = None if mrate is NOT_GIVEN else mrate
        self.upper_cased = None if upper_cased is NOT_GIVEN else upper_cased
        self.keep_emojis = None if keep_emojis is NOT_GIVEN else keep_emojis
        self.flash = None if flash is NOT_GIVEN else flash
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "to",
            "from_",
            "message",
        )
        optional: tuple[str, ...] = (
            "encoding",
            "gateway",
            "conversion",
            "send_date_time",
            "validity",
            "reference",
            "callback_url",
            "callback_method",
            "part_limit",
            "trate",
            "mrate",
            "upper_cased",
            "keep_emojis",
            "flash",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        message = self.message

        _encoding: Encoding | Unset = UNSET if self.encoding is None else self.encoding
        encoding: str | Unset = UNSET
        if not isinstance(_encoding, Unset):
            encoding = _encoding.value

        _gateway: str | Unset = UNSET if self.gateway is None else self.gateway
        gateway = _gateway

        _conversion: bool | Unset = (
            UNSET if self.conversion is None else self.conversion
        )
        conversion = _conversion

        _send_date_time: datetime.datetime | Unset = (
            UNSET if self.send_date_time is None else self.send_date_time
        )
        send_date_time: str | Unset = UNSET
        if not isinstance(_send_date_time, Unset):
            send_date_time = _send_date_time.isoformat()

        _validity: str | Unset = UNSET if self.validity is None else self.validity
        validity = _validity

        _reference: str | Unset = UNSET if self.reference is None else self.reference
        reference = _reference

        _callback_url: str | Unset = (
            UNSET if self.callback_url is None else self.callback_url
        )
        callback_url = _callback_url

        _callback_method: CallbackMethod | Unset = (
            UNSET if self.callback_method is None else self.callback_method
        )
        callback_method: str | Unset = UNSET
        if not isinstance(_callback_method, Unset):
            callback_method = _callback_method.value

        _part_limit: int | Unset = UNSET if self.part_limit is None else self.part_limit
        part_limit = _part_limit

        _trate: float | Unset = UNSET if self.trate is None else self.trate
        trate = _trate

        _mrate: float | Unset = UNSET if self.mrate is None else self.mrate
        mrate = _mrate

        _upper_cased: bool | Unset = (
            UNSET if self.upper_cased is None else self.upper_cased
        )
        upper_cased = _upper_cased

        _keep_emojis: bool | Unset = (
            UNSET if self.keep_emojis is None else self.keep_emojis
        )
        keep_emojis = _keep_emojis

        _flash: bool | Unset = UNSET if self.flash is None else self.flash
        flash = _flash

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
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
