from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """A user who registered with this user as referrer. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        email (str | Unset): The referral's address, partly masked. Example: i***@example.com.
        registered_at (datetime.datetime | Unset):
        spent (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        reward (float | Unset): An amount in the account's currency, rounded to kopecks (two decimals). Example: 2.5.
        currency (str | Unset):
    """

    id: int
    email: str | Unset = UNSET
    registered_at: datetime.datetime | Unset = UNSET
    spent: float | Unset = UNSET
    reward: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        registered_at: str | Unset = UNSET
        if not isinstance(self.registered_at, Unset):
            registered_at = self.registered_at.isoformat()

        spent = self.spent

        reward = self.reward

        currency = self.currency

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

        referral = cls(
            id=id,
            email=email,
            registered_at=registered_at,
            spent=spent,
            reward=reward,
            currency=currency,
        )

        referral.additional_properties = d
        return referral

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
