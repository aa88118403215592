from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.rest_message_part import RestMessagePart


T = TypeVar("T", bound="RestMessageResponse")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class RestMessageResponse:
    """A sent message and its delivery status.

    Attributes:
        request_id (str): The unique identifier provided for each messaging request Example:
            e74db8d4-77ad-4671-8feb-9bc76b0df188.
        done_date (str | None): The time stamp when the message was successfully delivered
        error_code (str | None): The error code (GSM error codes)
        error_reason (str | None): The reason for an unsuccessful attempt.
        from_ (str | None): The phone number of the sending party in the international format if available Example:
            +49123456789.
        href (str | None): The URL of the accepted message
        mccmnc (str | None): Representative IMSI prefix of the target network
        parts (list[RestMessagePart] | None):
        overall_price (str | None): The overall sum of prices for all parts of this message Example: 0.01.
        price_effective (datetime.datetime | None): The date when the price became active
        reference (str | None): Custom reference that will mark the Delivery Report
        size (int | None): The amount of respective concatenated SMS parts Example: 1.
        status (str | None): The message status; one of the delivery states. Example: DELIVERED.
        submit_date (datetime.datetime | None): The date when the message was sent out by tyntec for delivery
        to (str | None): The receiving party's phone number in the international format Example: +1987654321.
        ttid (str | None): The tyntec operator's ID Example: 77292.
    """

    request_id: str
    done_date: str | None
    error_code: str | None
    error_reason: str | None
    from_: str | None
    href: str | None
    mccmnc: str | None
    parts: list[RestMessagePart] | None
    overall_price: str | None
    price_effective: datetime.datetime | None
    reference: str | None
    size: int | None
    status: str | None
    submit_date: datetime.datetime | None
    to: str | None
    ttid: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        request_id: str,
        done_date: str | None = NOT_GIVEN,
        error_code: str | None = NOT_GIVEN,
        error_reason: str | None = NOT_GIVEN,
        from_: str | None = NOT_GIVEN,
        href: str | None = NOT_GIVEN,
        mccmnc: str | None = NOT_GIVEN,
        parts: list[RestMessagePart] | None = NOT_GIVEN,
        overall_price: str | None = NOT_GIVEN,
        price_effective: datetime.datetime | None = NOT_GIVEN,
        reference: str | None = NOT_GIVEN,
        size: int | None = NOT_GIVEN,
        status: str | None = NOT_GIVEN,
        submit_date: datetime.datetime | None = NOT_GIVEN,
        to: str | None = NOT_GIVEN,
        ttid: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if request_id is NOT_GIVEN:
            raise TypeError("RestMessageResponse() needs request_id=")
        self.request_id = request_id
        self.done_date = None if done_date is NOT_GIVEN else done_date
        self.error_code = None if error_code is NOT_GIVEN else error_code
        self.error_reason = None if error_reason is NOT_GIVEN else error_reason
        self.from_ = None if from_ is NOT_GIVEN else from_
        self.href = None if href is NOT_GIVEN else href
        self.mccmnc = None if mccmnc is NOT_GIVEN else mccmnc
        self.parts = None if parts is NOT_GIVEN else parts
        self.overall_price = None if overall_price is NOT_GIVEN else overall_price
        self.price_effective = None if price_effective is NOT_GIVEN else price_effective
        self.reference = None if reference is NOT_GIVEN else reference
        self.size = None if size is NOT_GIVEN else size
        self.status = None if status is NOT_GIVEN else status
        self.submit_date = None if submit_date is NOT_GIVEN else submit_date
        self.to = None if to is NOT_GIVEN else to
        self.ttid = None if ttid is NOT_GIVEN else ttid
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("request_id",)
        optional: tuple[str, ...] = (
            "done_date",
            "error_code",
            "error_reason",
            "from_",
            "href",
            "mccmnc",
            "parts",
            "overall_price",
            "price_effective",
            "reference",
            "size",
            "status",
            "submit_date",
            "to",
            "ttid",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        _done_date: str | Unset = UNSET if self.done_date is None else self.done_date
        done_date = _done_date

        _error_code: str | Unset = UNSET if self.error_code is None else self.error_code
        error_code = _error_code

        _error_reason: str | Unset = (
            UNSET if self.error_reason is None else self.error_reason
        )
        error_reason = _error_reason

        _from_: str | Unset = UNSET if self.from_ is None else self.from_
        from_ = _from_

        _href: str | Unset = UNSET if self.href is None else self.href
        href = _href

        _mccmnc: str | Unset = UNSET if self.mccmnc is None else self.mccmnc
        mccmnc = _mccmnc

        _parts: list[RestMessagePart] | Unset = (
            UNSET if self.parts is None else self.parts
        )
        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_parts, Unset):
            parts = []
            for parts_item_data in _parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        _overall_price: str | Unset = (
            UNSET if self.overall_price is None else self.overall_price
        )
        overall_price = _overall_price

        _price_effective: datetime.datetime | Unset = (
            UNSET if self.price_effective is None else self.price_effective
        )
        price_effective: str | Unset = UNSET
        if not isinstance(_price_effective, Unset):
            price_effective = _price_effective.isoformat()

        _reference: str | Unset = UNSET if self.reference is None else self.reference
        reference = _reference

        _size: int | Unset = UNSET if self.size is None else self.size
        size = _size

        _status: str | Unset = UNSET if self.status is None else self.status
        status = _status

        _submit_date: datetime.datetime | Unset = (
            UNSET if self.submit_date is None else self.submit_date
        )
        submit_date: str | Unset = UNSET
        if not isinstance(_submit_date, Unset):
            submit_date = _submit_date.isoformat()

        _to: str | Unset = UNSET if self.to is None else self.to
        to = _to

        _ttid: str | Unset = UNSET if self.ttid is None else self.ttid
        ttid = _ttid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
            }
        )
        if done_date is not UNSET:
            field_dict["doneDate"] = done_date
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if from_ is not UNSET:
            field_dict["from"] = from_
        if href is not UNSET:
            field_dict["href"] = href
        if mccmnc is not UNSET:
            field_dict["mccmnc"] = mccmnc
        if parts is not UNSET:
            field_dict["parts"] = parts
        if overall_price is not UNSET:
            field_dict["overallPrice"] = overall_price
        if price_effective is not UNSET:
            field_dict["priceEffective"] = price_effective
        if reference is not UNSET:
            field_dict["reference"] = reference
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if submit_date is not UNSET:
            field_dict["submitDate"] = submit_date
        if to is not UNSET:
            field_dict["to"] = to
        if ttid is not UNSET:
            field_dict["ttid"] = ttid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rest_message_part import RestMessagePart

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (RestMessageResponse)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            request_id = d.pop("requestId")
            if not isinstance(request_id, (str)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("requestId") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("requestId", "str", src_dict) from None

        try:
            done_date = d.pop("doneDate", UNSET)
            if not isinstance(done_date, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("doneDate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("doneDate", "str", src_dict) from None

        try:
            error_code = d.pop("errorCode", UNSET)
            if not isinstance(error_code, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("errorCode") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("errorCode", "str", src_dict) from None

        try:
            error_reason = d.pop("errorReason", UNSET)
            if not isinstance(error_reason, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("errorReason") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("errorReason", "str", src_dict) from None

        try:
            from_ = d.pop("from", UNSET)
            if not isinstance(from_, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("from") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("from", "str", src_dict) from None

        try:
            href = d.pop("href", UNSET)
            if not isinstance(href, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("href") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("href", "str", src_dict) from None

        try:
            mccmnc = d.pop("mccmnc", UNSET)
            if not isinstance(mccmnc, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("mccmnc") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("mccmnc", "str", src_dict) from None

        try:
            _parts = d.pop("parts", UNSET)
            parts: list[RestMessagePart] | Unset = UNSET
            if not isinstance(_parts, Unset):
                if not isinstance(_parts, list):
                    raise TypeError("not a list")
                parts = []
                for _parts_index, parts_item_data in enumerate(_parts):
                    try:
                        parts_item = RestMessagePart.from_dict(parts_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_parts_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _parts_index, "RestMessagePart", _parts
                        ) from None
                    parts.append(parts_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("parts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "parts", "list[RestMessagePart]", src_dict
            ) from None

        try:
            overall_price = d.pop("overallPrice", UNSET)
            if not isinstance(overall_price, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("overallPrice") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("overallPrice", "str", src_dict) from None

        try:
            _price_effective = d.pop("priceEffective", UNSET)
            price_effective: datetime.datetime | Unset
            if isinstance(_price_effective, Unset):
                price_effective = UNSET
            else:
                price_effective = datetime.datetime.fromisoformat(_price_effective)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("priceEffective") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "priceEffective", "datetime.datetime", src_dict
            ) from None

        try:
            reference = d.pop("reference", UNSET)
            if not isinstance(reference, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("reference") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("reference", "str", src_dict) from None

        try:
            size = d.pop("size", UNSET)
            if not isinstance(size, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("size") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("size", "int", src_dict) from None

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "str", src_dict) from None

        try:
            _submit_date = d.pop("submitDate", UNSET)
            submit_date: datetime.datetime | Unset
            if isinstance(_submit_date, Unset):
                submit_date = UNSET
            else:
                submit_date = datetime.datetime.fromisoformat(_submit_date)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("submitDate") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "submitDate", "datetime.datetime", src_dict
            ) from None

        try:
            to = d.pop("to", UNSET)
            if not isinstance(to, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("to") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("to", "str", src_dict) from None

        try:
            ttid = d.pop("ttid", UNSET)
            if not isinstance(ttid, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("ttid") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("ttid", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            request_id=request_id,
            done_date=done_date,
            error_code=error_code,
            error_reason=error_reason,
            from_=from_,
            href=href,
            mccmnc=mccmnc,
            parts=parts,
            overall_price=overall_price,
            price_effective=price_effective,
            reference=reference,
            size=size,
            status=status,
            submit_date=submit_date,
            to=to,
            ttid=ttid,
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
