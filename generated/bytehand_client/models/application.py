from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.right import Right
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="Application")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class Application:
    """An application that can ask users for access. Only `id` is sure to be present (see `fields`).

    Attributes:
        id (int): An object id; these stay below 2^53, so they are JSON numbers.
        name (str | None):
        description (str | None):
        client_id (str | None):
        website (str | None):
        redirect_uris (list[str] | None): The prefixes a `redirect_uri` must start with.
        rights (list[Right] | None): The rights the application may ask for.
    """

    id: int
    name: str | None
    description: str | None
    client_id: str | None
    website: str | None
    redirect_uris: list[str] | None
    rights: list[Right] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        id: int,
        name: str | None = NOT_GIVEN,
        description: str | None = NOT_GIVEN,
        client_id: str | None = NOT_GIVEN,
        website: str | None = NOT_GIVEN,
        redirect_uris: list[str] | None = NOT_GIVEN,
        rights: list[Right] | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if id is NOT_GIVEN:
            raise TypeError("Application() needs id=")
        self.id = id
        self.name = None if name is NOT_GIVEN else name
        self.description = None if description is NOT_GIVEN else description
        self.client_id = None if client_id is NOT_GIVEN else client_id
        self.website = None if website is NOT_GIVEN else website
        self.redirect_uris = None if redirect_uris is NOT_GIVEN else redirect_uris
        self.rights = None if rights is NOT_GIVEN else rights
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("id",)
        optional: tuple[str, ...] = (
            "name",
            "description",
            "client_id",
            "website",
            "redirect_uris",
            "rights",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        _name: str | Unset = UNSET if self.name is None else self.name
        name = _name

        _description: str | Unset = (
            UNSET if self.description is None else self.description
        )
        description = _description

        _client_id: str | Unset = UNSET if self.client_id is None else self.client_id
        client_id = _client_id

        _website: str | Unset = UNSET if self.website is None else self.website
        website = _website

        _redirect_uris: list[str] | Unset = (
            UNSET if self.redirect_uris is None else self.redirect_uris
        )
        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(_redirect_uris, Unset):
            redirect_uris = _redirect_uris

        _rights: list[Right] | Unset = UNSET if self.rights is None else self.rights
        rights: list[str] | Unset = UNSET
        if not isinstance(_rights, Unset):
            rights = []
            for rights_item_data in _rights:
                rights_item = rights_item_data.value
                rights.append(rights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if website is not UNSET:
            field_dict["website"] = website
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (Application)", _errors.describe(src_dict)
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
            name = d.pop("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "str", src_dict) from None

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("description") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("description", "str", src_dict) from None

        try:
            client_id = d.pop("client_id", UNSET)
            if not isinstance(client_id, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("client_id") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("client_id", "str", src_dict) from None

        try:
            website = d.pop("website", UNSET)
            if not isinstance(website, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("website") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("website", "str", src_dict) from None

        try:
            _redirect_uris = d.pop("redirect_uris", UNSET)
            if not isinstance(_redirect_uris, (list, Unset)):
                raise TypeError("not a list")
            redirect_uris = cast(list[str], _redirect_uris)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("redirect_uris") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "redirect_uris", "list[str]", src_dict
            ) from None

        try:
            _rights = d.pop("rights", UNSET)
            rights: list[Right] | Unset = UNSET
            if not isinstance(_rights, Unset):
                if not isinstance(_rights, list):
                    raise TypeError("not a list")
                rights = []
                for _rights_index, rights_item_data in enumerate(_rights):
                    try:
                        rights_item = Right(rights_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_rights_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _rights_index, "Right", _rights
                        ) from None
                    rights.append(rights_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("rights") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("rights", "list[Right]", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            id=id,
            name=name,
            description=description,
            client_id=client_id,
            website=website,
            redirect_uris=redirect_uris,
            rights=rights,
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
