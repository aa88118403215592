from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_entity import ContactEntity


T = TypeVar("T", bound="ContactArrayResponse")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class ContactArrayResponse:
    """Contact Array Response schema

    Attributes:
        contacts (list[ContactEntity] | None):
        size (int | None): The number of contacts in `contacts`.
    """

    contacts: list[ContactEntity] | None
    size: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        contacts: list[ContactEntity] | None = NOT_GIVEN,
        size: int | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.contacts = None if contacts is NOT_GIVEN else contacts
        self.size = None if size is NOT_GIVEN else size
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "contacts",
            "size",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        _contacts: list[ContactEntity] | Unset = (
            UNSET if self.contacts is None else self.contacts
        )
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_contacts, Unset):
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        _size: int | Unset = UNSET if self.size is None else self.size
        size = _size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_entity import ContactEntity

        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (ContactArrayResponse)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            _contacts = d.pop("contacts", UNSET)
            contacts: list[ContactEntity] | Unset = UNSET
            if not isinstance(_contacts, Unset):
                if not isinstance(_contacts, list):
                    raise TypeError("not a list")
                contacts = []
                for _contacts_index, contacts_item_data in enumerate(_contacts):
                    try:
                        contacts_item = ContactEntity.from_dict(contacts_item_data)

                    except _errors.ReplyMismatch as _mismatch:
                        raise _mismatch.within(_contacts_index) from None
                    except (KeyError, TypeError, ValueError, AttributeError):
                        raise _errors.ReplyMismatch.at(
                            _contacts_index, "ContactEntity", _contacts
                        ) from None
                    contacts.append(contacts_item)

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("contacts") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "contacts", "list[ContactEntity]", src_dict
            ) from None

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
            contacts=contacts,
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
