from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.news_category import NewsCategory
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="News")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class News:
    """A news item. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        title (str | None):
        text (str | None):
        category (NewsCategory | None):
        published_at (datetime.datetime | None):
    """

    id: int
    title: str | None
    text: str | None
    category: NewsCategory | None
    published_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        title: str | None = NOT_GIVEN,
        text: str | None = NOT_GIVEN,
        category: NewsCategory | None = NOT_GIVEN,
        published_at: datetime.datetime | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("News() needs id=")
        self.id = id
        self.title = None if title is NOT_GIVEN else title
        self.text = None if text is NOT_GIVEN else text
        self.category = None if category is NOT_GIVEN else category
        self.published_at = None if published_at is NOT_GIVEN else published_at
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "title",
            "text",
            "category",
            "published_at",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _title: str | Unset = UNSET if self.title is None else self.title
        title = _title

        _text: str | Unset = UNSET if self.text is None else self.text
        text = _text

        _category: NewsCategory | Unset = (
            UNSET if self.category is None else self.category
        )
        category: str | Unset = UNSET
        if not isinstance(_category, Unset):
            category = _category.value

        _published_at: datetime.datetime | Unset = (
            UNSET if self.published_at is None else self.published_at
        )
        published_at: str | Unset = UNSET
        if not isinstance(_published_at, Unset):
            published_at = _published_at.isoformat()

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

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            title=title,
            text=text,
            category=category,
            published_at=published_at,
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
