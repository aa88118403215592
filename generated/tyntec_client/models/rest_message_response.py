from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rest_message_part import RestMessagePart


T = TypeVar("T", bound="RestMessageResponse")


@_attrs_define
class RestMessageResponse:
    """A sent message and its delivery status.

    Attributes:
        request_id (str): The unique identifier provided for each messaging request Example:
            e74db8d4-77ad-4671-8feb-9bc76b0df188.
        done_date (str | Unset): The time stamp when the message was successfully delivered
        error_code (str | Unset): The error code (GSM error codes)
        error_reason (str | Unset): The reason for an unsuccessful attempt.
        from_ (str | Unset): The phone number of the sending party in the international format if available Example:
            +49123456789.
        href (str | Unset): The URL of the accepted message
        mccmnc (str | Unset): Representative IMSI prefix of the target network
        parts (list[RestMessagePart] | Unset):
        overall_price (str | Unset): The overall sum of prices for all parts of this message Example: 0.01.
        price_effective (datetime.datetime | Unset): The date when the price became active
        reference (str | Unset): Custom reference that will mark the Delivery Report
        size (int | Unset): The amount of respective concatenated SMS parts Example: 1.
        status (str | Unset): The message status; one of the delivery states. Example: DELIVERED.
        submit_date (datetime.datetime | Unset): The date when the message was sent out by tyntec for delivery
        to (str | Unset): The receiving party's phone number in the international format Example: +1987654321.
        ttid (str | Unset): The tyntec operator's ID Example: 77292.
    """

    request_id: str
    done_date: str | Unset = UNSET
    error_code: str | Unset = UNSET
    error_reason: str | Unset = UNSET
    from_: str | Unset = UNSET
    href: str | Unset = UNSET
    mccmnc: str | Unset = UNSET
    parts: list[RestMessagePart] | Unset = UNSET
    overall_price: str | Unset = UNSET
    price_effective: datetime.datetime | Unset = UNSET
    reference: str | Unset = UNSET
    size: int | Unset = UNSET
    status: str | Unset = UNSET
    submit_date: datetime.datetime | Unset = UNSET
    to: str | Unset = UNSET
    ttid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        done_date = self.done_date

        error_code = self.error_code

        error_reason = self.error_reason

        from_ = self.from_

        href = self.href

        mccmnc = self.mccmnc

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        overall_price = self.overall_price

        price_effective: str | Unset = UNSET
        if not isinstance(self.price_effective, Unset):
            price_effective = self.price_effective.isoformat()

        reference = self.reference

        size = self.size

        status = self.status

        submit_date: str | Unset = UNSET
        if not isinstance(self.submit_date, Unset):
            submit_date = self.submit_date.isoformat()

        to = self.to

        ttid = self.ttid

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

        rest_message_response = cls(
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

        rest_message_response.additional_properties = d
        return rest_message_response

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
