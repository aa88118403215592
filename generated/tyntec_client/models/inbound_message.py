from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_content import InboundContent


T = TypeVar("T", bound="InboundMessage")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class InboundMessage:
    """An SMS that tyntec received for one of your numbers.

    Attributes:
        from_ (str): Phone number of the sending party in the international format if available Example: +49123456789.
        to (str): Your number provided by tyntec that has received the respective message in the international format.
            Example: +1987654321.
        message (str): The received message as a UTF-8 encoded string. Missing parts of a concatenated message are
            marked with <...>. Example: This is an example, the data is garbage..
        request_id (str): Unique identifier provided for each request Example: e74db8d4-77ad-4671-8feb-9bc76b0df188.
        missing_parts (bool): This flag marks whether tyntec received all parts of a concat message within a time limit
            of 10 minutes. Example: False.
        content_list (list[InboundContent]): The parts of the message. tyntec charges for each part of a concatenated
            message as for an individual message.
        origin_mcc (str | None): Representative MCC (Mobile Country Code) of the originating network Example: 260.
        origin_mnc (str | None): Representative MNC (Mobile Network Code) of the originating network Example: 09.
        origin_tt_id (str | None): Operator's tyntec ID Example: 77292.
        total_price (float | None): Sum of prices for each message part listed in contentList Example: -0.005.
        size (int | None): Amount of respective concatenated SMS parts Example: 1.
    """

    from_: str
    to: str
    message: str
    request_id: str
    missing_parts: bool
    content_list: list[InboundContent]
    origin_mcc: str | None
    origin_mnc: str | None
    origin_tt_id: str | None
    total_price: float | None
    size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        from_: str,
        to: str,
        message: str,
        request_id: str,
        missing_parts: bool,
        content_list: list[InboundContent],
        origin_mcc: str | None = NOT_GIVEN,
        origin_mnc: str | None = NOT_GIVEN,
        origin_tt_id: str | None = NOT_GIVEN,
        total_price: float | None = NOT_GIVEN,
        size: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if from_ is NOT_GIVEN:
            raise TypeError("InboundMessage() needs from_=")
        self.from_ = from_
        if to is NOT_GIVEN:
            raise TypeError("InboundMessage() needs to=")
        self.to = to
        if message is NOT_GIVEN:
            raise TypeError("InboundMessage() needs message=")
        self.message = message
        if request_id is NOT_GIVEN:
            raise TypeError("InboundMessage() needs request_id=")
        self.request_id = request_id
        if missing_parts is NOT_GIVEN:
            raise TypeError("InboundMessage() needs missing_parts=")
        self.missing_parts = missing_parts
        if content_list is NOT_GIVEN:
            raise TypeError("InboundMessage() needs content_list=")
        self.content_list = content_list
        self.origin_mcc = None if origin_mcc is NOT_GIVEN else origin_mcc
        self.origin_mnc = None if origin_mnc is NOT_GIVEN else origin_mnc
        self.origin_tt_id = None if origin_tt_id is NOT_GIVEN else origin_tt_id
        self.total_price = None if total_price is NOT_GIVEN else total_price
        self.size = None if size is NOT_GIVEN else size
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = (
            "from_",
            "to",
            "message",
            "request_id",
            "missing_parts",
            "content_list",
        )
        optional: tuple[str, ...] = (
            "origin_mcc",
            "origin_mnc",
            "origin_tt_id",
            "total_price",
            "size",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        message = self.message

        request_id = self.request_id

        missing_parts = self.missing_parts

        content_list = []
        for content_list_item_data in self.content_list:
            content_list_item = content_list_item_data.to_dict()
            content_list.append(content_list_item)

        _origin_mcc: str | Unset = UNSET if self.origin_mcc is None else self.origin_mcc
        origin_mcc = _origin_mcc

        _origin_mnc: str | Unset = UNSET if self.origin_mnc is None else self.origin_mnc
        origin_mnc = _origin_mnc

        _origin_tt_id: str | Unset = (
            UNSET if self.origin_tt_id is None else self.origin_tt_id
        )
        origin_tt_id = _origin_tt_id

        _total_price: float | Unset = (
            UNSET if self.total_price is None else self.total_price
        )
        total_price = _total_price

        _size: int | Unset = UNSET if self.size is None else self.size
        size = _size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "message": message,
                "requestId": request_id,
                "missingParts": missing_parts,
                "contentList": content_list,
            }
        )
        if origin_mcc is not UNSET:
            field_dict["originMCC"] = origin_mcc
        if origin_mnc is not UNSET:
            field_dict["originMNC"] = origin_mnc
        if origin_tt_id is not UNSET:
            field_dict["originTtId"] = origin_tt_id
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inbound_content import InboundContent

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (InboundMessage)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            from_ = d.pop("from")
            if not isinstance(from_, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("from") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("from", "str", src_dict) from None

        try:
            to = d.pop("to")
            if not isinstance(to, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("to") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("to", "str", src_dict) from None

        try:
            message = d.pop("message")
            if not isinstance(message, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("message") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("message", "str", src_dict) from None

        try:
            request_id = d.pop("requestId")
            if not isinstance(request_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("requestId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("requestId", "str", src_dict) from None

        try:
            missing_parts = d.pop("missingParts")
            if not isinstance(missing_parts, (bool)):
                raise TypeError("bool")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("missingParts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("missingParts", "bool", src_dict) from None

        try:
            _content_list = d.pop("contentList")
            if not isinstance(_content_list, list):
                raise TypeError("not a list")
            content_list = []
            for _content_list_index, content_list_item_data in enumerate(_content_list):
                try:
                    content_list_item = InboundContent.from_dict(content_list_item_data)

                except _errors.ReplyMismatch as _mismatch:
                    raise _mismatch.within(_content_list_index) from None
                except (KeyError, TypeError, ValueError, AttributeError):
                    raise _errors.ReplyMismatch.at(
                        _content_list_index, "InboundContent", _content_list
                    ) from None
                content_list.append(content_list_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contentList") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "contentList", "list[InboundContent]", src_dict
            ) from None

        try:
            origin_mcc = d.pop("originMCC", UNSET)
            if not isinstance(origin_mcc, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originMCC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("originMCC", "str", src_dict) from None

        try:
            origin_mnc = d.pop("originMNC", UNSET)
            if not isinstance(origin_mnc, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originMNC") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("originMNC", "str", src_dict) from None

        try:
            origin_tt_id = d.pop("originTtId", UNSET)
            if not isinstance(origin_tt_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("originTtId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("originTtId", "str", src_dict) from None

        try:
            total_price = d.pop("totalPrice", UNSET)
            if not isinstance(total_price, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("totalPrice") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("totalPrice", "float", src_dict) from None

        try:
            size = d.pop("size", UNSET)
            if not isinstance(size, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("size") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("size", "int", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            from_=from_,
            to=to,
            message=message,
            request_id=request_id,
            missing_parts=missing_parts,
            content_list=content_list,
            origin_mcc=origin_mcc,
            origin_mnc=origin_mnc,
            origin_tt_id=origin_tt_id,
            total_price=total_price,
            size=size,
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
