from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Referral")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Referral:
    """A user who registered with this user as referrer. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        email (str | None): The referral's address, partly masked. Example: i***@example.com.
        registered_at (datetime.datetime | None):
        spent (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        reward (float | None): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | None):
    """

    id: int
    email: str | None
    registered_at: datetime.datetime | None
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
        id: int,
        email: str | None = NOT_GIVEN,
        registered_at: datetime.datetime | None = NOT_GIVEN,
        spent: float | None = NOT_GIVEN,
        reward: float | None = NOT_GIVEN,
        currency: str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Referral() needs id=")
        self.id = id
        self.email = None if email is NOT_GIVEN else email
        self.registered_at = None if registered_at is NOT_GIVEN else registered_at
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
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "email",
            "registered_at",
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
        id = self.id

        _email: str | Unset = UNSET if self.email is None else self.email
        email = _email

        _registered_at: datetime.datetime | Unset = (
            UNSET if self.registered_at is None else self.registered_at
        )
        registered_at: str | Unset = UNSET
        if not isinstance(_registered_at, Unset):
            registered_at = _registered_at.isoformat()

        _spent: float | Unset = UNSET if self.spent is None else self.spent
        spent = _spent

        _reward: float | Unset = UNSET if self.reward is None else self.reward
        reward = _reward

        _currency: str | Unset = UNSET if self.currency is None else self.currency
        currency = _currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if registered_at is not UNSET:
            field_dict["registered_at"] = registered_at
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
                [], "an object (Referral)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            id = d.pop("id")
            if not isinstance(id, (int)):
                raise TypeError("int")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("id", "int", src_dict) from None

        try:
            email = d.pop("email", UNSET)
            if not isinstance(email, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("email") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("email", "str", src_dict) from None

        try:
            _registered_at = d.pop("registered_at", UNSET)
            registered_at: datetime.datetime | Unset
            if isinstance(_registered_at, Unset):
                registered_at = UNSET
            else:
                registered_at = datetime.datetime.fromisoformat(_registered_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("registered_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "registered_at", "datetime.datetime", src_dict
            ) from None

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
            id=id,
            email=email,
            registered_at=registered_at,
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
