from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="ReferralStatistics")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ReferralStatistics:
    """
    Attributes:
        referral_id (int | None): An object id; these stay below 2^53, so they are JSON numbers.
        messages (int | None):
        parts (int | None):
        spent (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        reward (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):
    """

    referral_id: int | None
    messages: int | None
    parts: int | None
    spent: float | None
    reward: float | None
    currency: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        referral_id: int | None = NOT_GIVEN,
        messages: int | None = NOT_GIVEN,
        parts: int | None = NOT_GIVEN,
        spent: float | None = NOT_GIVEN,
        reward: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.referral_id = None if referral_id is NOT_GIVEN else referral_id
        self.messages = None if messages is NOT_GIVEN else messages
        self.parts = None if parts is NOT_GIVEN else parts
        self.spent = None if spent is NOT_GIVEN else spent
        self.reward = None if reward is NOT_GIVEN else reward
        self.currency = None if currency is NOT_GIVEN else currency
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "referral_id",
            "messages",
            "parts",
            "spent",
            "reward",
            "currency",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _referral_id: int | Unset = (
            UNSET if self.referral_id is None else self.referral_id
        )
        referral_id = _referral_id

        _messages: int | Unset = UNSET if self.messages is None else self.messages
        messages = _messages

        _parts: int | Unset = UNSET if self.parts is None else self.parts
        parts = _parts

        _spent: float | Unset = UNSET if self.spent is None else self.spent
        spent = _spent

        _reward: float | Unset = UNSET if self.reward is None else self.reward
        reward = _reward

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_id is not UNSET:
            field_dict["referral_id"] = referral_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if parts is not UNSET:
            field_dict["parts"] = parts
        if spent is not UNSET:
            field_dict["spent"] = spent
        if reward is not UNSET:
            field_dict["reward"] = reward
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ReferralStatistics)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            referral_id = d.pop("referral_id", UNSET)
            if not isinstance(referral_id, (int, Unset)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("referral_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("referral_id", "int", src_dict) from None

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
            spent = d.pop("spent", UNSET)
            if not isinstance(spent, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("spent") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("spent", "float", src_dict) from None

        try:
            reward = d.pop("reward", UNSET)
            if not isinstance(reward, (float, int, Unset)):
                raise TypeError("float")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("reward") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("reward", "float", src_dict) from None

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("currency") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("currency", "str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            referral_id=referral_id,
            messages=messages,
            parts=parts,
            spent=spent,
            reward=reward,
            currency=currency,
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
