from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.news_category import NewsCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="News")


@_attrs_define
class News:
    """A news item. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        title (str | Unset):
        text (str | Unset):
        category (NewsCategory | Unset):
        published_at (datetime.datetime | Unset):
    """

    id: int
    title: str | Unset = UNSET
    text: str | Unset = UNSET
    category: NewsCategory | Unset = UNSET
    published_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        text = self.text

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = self.published_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if category is not UNSET:
            field_dict["category"] = category
        if published_at is not UNSET:
            field_dict["published_at"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (News)", _errors.describe(src_dict)
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
            title = d.pop("title", UNSET)
            if not isinstance(title, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("title") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("title", "str", src_dict) from None

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("text") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("text", "str", src_dict) from None

        try:
            _category = d.pop("category", UNSET)
            category: NewsCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = NewsCategory(_category)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("category") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "category", "NewsCategory", src_dict
            ) from None

        try:
            _published_at = d.pop("published_at", UNSET)
            published_at: datetime.datetime | Unset
            if isinstance(_published_at, Unset):
                published_at = UNSET
            else:
                published_at = datetime.datetime.fromisoformat(_published_at)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("published_at") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "published_at", "datetime.datetime", src_dict
            ) from None

        news = cls(
            id=id,
            title=title,
            text=text,
            category=category,
            published_at=published_at,
        )

        news.additional_properties = d
        return news

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
