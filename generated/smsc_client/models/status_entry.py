from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="StatusEntry")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class StatusEntry:
    """One message of a status list; an unknown message has status -3 (not found).

    Attributes:
        id (int | None): The message id this entry answers.
        phone (str | None): The number this entry answers.
        status (int | None): The message status; -3 when the message is not found.
        last_timestamp (int | None): When the status last changed, in Unix seconds.
        err (int | None): The delivery error code; 0 when there is none.
        send_timestamp (int | None): With `all=1` or `all=2`: when the message was sent, in Unix seconds.
        cost (str | None): An amount in the account's currency, with two decimals.
        sender (str | None): With `all=1` or `all=2`: the sender name.
        country (str | None): With `all=2`: the recipient's country.
        operator (str | None): With `all=2`: the recipient's operator.
        region (str | None): With `all=2`: the recipient's region.
    """

    id: int | None
    phone: str | None
    status: int | None
    last_timestamp: int | None
    err: int | None
    send_timestamp: int | None
    cost: str | None
    sender: str | None
    country: str | None
    operator: str | None
    region: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int | None = NOT_GIVEN,
        phone: str | None = NOT_GIVEN,
        status: int | None = NOT_GIVEN,
        last_timestamp: int | None = NOT_GIVEN,
        err: int | None = NOT_GIVEN,
        send_timestamp: int | None = NOT_GIVEN,
        cost: str | None = NOT_GIVEN,
        sender: str | None = NOT_GIVEN,
        country: str | None = NOT_GIVEN,
        operator: str | None = NOT_GIVEN,
        region: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.id = None if id is NOT_GIVEN else id
        self.phone = None if phone is NOT_GIVEN else phone
        self.status = None if status is NOT_GIVEN else status
        self.last_timestamp = None if last_timestamp is NOT_GIVEN else last_timestamp
        self.err = None if err is NOT_GIVEN else err
        self.send_timestamp = None if send_timestamp is NOT_GIVEN else send_timestamp
        self.cost = None if cost is NOT_GIVEN else cost
        self.sender = None if sender is NOT_GIVEN else sender
        self.country = None if country is NOT_GIVEN else country
        self.operator = None if operator is NOT_GIVEN else operator
        self.region = None if region is NOT_GIVEN else region
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "id",
            "phone",
            "status",
            "last_timestamp",
            "err",
            "send_timestamp",
            "cost",
            "sender",
            "country",
            "operator",
            "region",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _id: int | Unset = UNSET if self.id is None else self.id
        id = _id

        _phone: str | Unset = UNSET if self.phone is None else self.phone
        phone = _phone

        _status: int | Unset = UNSET if self.status is None else self.status
        status = _status

        _last_timestamp: int | Unset = (
            UNSET if self.last_timestamp is None else self.last_timestamp
        )
        last_timestamp = _last_timestamp

        _err: int | Unset = UNSET if self.err is None else self.err
        err = _err

        _send_timestamp: int | Unset = (
            UNSET if self.send_timestamp is None else self.send_timestamp
        )
        send_timestamp = _send_timestamp

        _cost: str | Unset = UNSET if self.cost is None else self.cost
        cost = _cost

        _sender: str | Unset = UNSET if self.sender is None else self.sender
        sender = _sender

        _country: str | Unset = UNSET if self.country is None else self.country
        country = _country

        _operator: str | Unset = UNSET if self.operator is None else self.operator
        operator = _operator

        _region: str | Unset = UNSET if self.region is None else self.region
        region = _region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if status is not UNSET:
            field_dict["status"] = status
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp
        if err is not UNSET:
            field_dict["err"] = err
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender is not UNSET:
            field_dict["sender"] = sender
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (StatusEntry)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
            if not isinstance(id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            phone = d.pop("phone", UNSET)
            if not isinstance(phone, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("phone") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("phone", "str", src_dict) from None

        try:
            status = d.pop("status", UNSET)
            if not isinstance(status, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("status") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("status", "int", src_dict) from None

        try:
            last_timestamp = d.pop("last_timestamp", UNSET)
            if not isinstance(last_timestamp, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("last_timestamp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("last_timestamp", "int", src_dict) from None

        try:
            err = d.pop("err", UNSET)
            if not isinstance(err, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("err") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("err", "int", src_dict) from None

        try:
            send_timestamp = d.pop("send_timestamp", UNSET)
            if not isinstance(send_timestamp, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("send_timestamp") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("send_timestamp", "int", src_dict) from None

        try:
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("cost") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("cost", "str", src_dict) from None

        try:
            sender = d.pop("sender", UNSET)
            if not isinstance(sender, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("sender") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("sender", "str", src_dict) from None

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
            region = d.pop("region", UNSET)
            if not isinstance(region, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("region") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("region", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            phone=phone,
            status=status,
            last_timestamp=last_timestamp,
            err=err,
            send_timestamp=send_timestamp,
            cost=cost,
            sender=sender,
            country=country,
            operator=operator,
            region=region,
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
