from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..models.group_contact_male_type_0 import GroupContactMaleType0
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="GroupContact")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class GroupContact:
    """A number in a group and the contact's fields, which `/v1/send-bulk` fills into its text.

    Attributes:
        number (int | str): The number, as a string or (as the vendor's README writes it) a JSON integer.
        name (bool | str | None): First name (`#first_name#` or `#name#`).
        surname (bool | str | None): Last name (`#last_name#` or `#surname#`).
        patronymic (bool | str | None): Middle name (`#middle_name#` or `#patronymic#`).
        date_birth (bool | str | None): Birthday (`#date_birth#`); the group's birthday greetings go out on it.
        male (bool | GroupContactMaleType0 | None): Sex, `m` or `f` (`#male#`).
        note_1 (bool | str | None): Additional field 1 (`#note_1#`).
        note_2 (bool | str | None): Additional field 2 (`#note_2#`).
        note_3 (bool | str | None): Additional field 3 (`#note_3#`).
        note_4 (bool | str | None): Additional field 4 (`#note_4#`).
        note_5 (bool | str | None): Additional field 5 (`#note_5#`).
        note_6 (bool | str | None): Additional field 6 (`#note_6#`).
        note_7 (bool | str | None): Additional field 7 (`#note_7#`).
        note_8 (bool | str | None): Additional field 8 (`#note_8#`).
        note_9 (bool | str | None): Additional field 9 (`#note_9#`).
        note_10 (bool | str | None): Additional field 10 (`#note_10#`).
    """

    number: int | str
    name: bool | str | None
    surname: bool | str | None
    patronymic: bool | str | None
    date_birth: bool | str | None
    male: bool | GroupContactMaleType0 | None
    note_1: bool | str | None
    note_2: bool | str | None
    note_3: bool | str | None
    note_4: bool | str | None
    note_5: bool | str | None
    note_6: bool | str | None
    note_7: bool | str | None
    note_8: bool | str | None
    note_9: bool | str | None
    note_10: bool | str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        number: int | str,
        name: bool | str | None = NOT_GIVEN,
        surname: bool | str | None = NOT_GIVEN,
        patronymic: bool | str | None = NOT_GIVEN,
        date_birth: bool | str | None = NOT_GIVEN,
        male: bool | GroupContactMaleType0 | None = NOT_GIVEN,
        note_1: bool | str | None = NOT_GIVEN,
        note_2: bool | str | None = NOT_GIVEN,
        note_3: bool | str | None = NOT_GIVEN,
        note_4: bool | str | None = NOT_GIVEN,
        note_5: bool | str | None = NOT_GIVEN,
        note_6: bool | str | None = NOT_GIVEN,
        note_7: bool | str | None = NOT_GIVEN,
        note_8: bool | str | None = NOT_GIVEN,
        note_9: bool | str | None = NOT_GIVEN,
        note_10: bool | str | None = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        if number is NOT_GIVEN:
            raise TypeError("GroupContact() needs number=")
        self.number = number
        self.name = None if name is NOT_GIVEN else name
        self.surname = None if surname is NOT_GIVEN else surname
        self.patronymic = None if patronymic is NOT_GIVEN else patronymic
        self.date_birth = None if date_birth is NOT_GIVEN else date_birth
        self.male = None if male is NOT_GIVEN else male
        self.note_1 = None if note_1 is NOT_GIVEN else note_1
        self.note_2 = None if note_2 is NOT_GIVEN else note_2
        self.note_3 = None if note_3 is NOT_GIVEN else note_3
        self.note_4 = None if note_4 is NOT_GIVEN else note_4
        self.note_5 = None if note_5 is NOT_GIVEN else note_5
        self.note_6 = None if note_6 is NOT_GIVEN else note_6
        self.note_7 = None if note_7 is NOT_GIVEN else note_7
        self.note_8 = None if note_8 is NOT_GIVEN else note_8
        self.note_9 = None if note_9 is NOT_GIVEN else note_9
        self.note_10 = None if note_10 is NOT_GIVEN else note_10
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ("number",)
        optional: tuple[str, ...] = (
            "name",
            "surname",
            "patronymic",
            "date_birth",
            "male",
            "note_1",
            "note_2",
            "note_3",
            "note_4",
            "note_5",
            "note_6",
            "note_7",
            "note_8",
            "note_9",
            "note_10",
        )
        return (
            frozenset(present)
            | {name for name in optional if getattr(self, name) is not None}
            | self._nulls
        )

    def to_dict(self) -> dict[str, Any]:
        number: int | str
        number = self.number

        _name: bool | str | Unset = UNSET if self.name is None else self.name
        name: bool | str | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name

        _surname: bool | str | Unset = UNSET if self.surname is None else self.surname
        surname: bool | str | Unset
        if isinstance(_surname, Unset):
            surname = UNSET
        else:
            surname = _surname

        _patronymic: bool | str | Unset = (
            UNSET if self.patronymic is None else self.patronymic
        )
        patronymic: bool | str | Unset
        if isinstance(_patronymic, Unset):
            patronymic = UNSET
        else:
            patronymic = _patronymic

        _date_birth: bool | str | Unset = (
            UNSET if self.date_birth is None else self.date_birth
        )
        date_birth: bool | str | Unset
        if isinstance(_date_birth, Unset):
            date_birth = UNSET
        else:
            date_birth = _date_birth

        _male: bool | GroupContactMaleType0 | Unset = (
            UNSET if self.male is None else self.male
        )
        male: bool | str | Unset
        if isinstance(_male, Unset):
            male = UNSET
        elif isinstance(_male, GroupContactMaleType0):
            male = _male.value
        else:
            male = _male

        _note_1: bool | str | Unset = UNSET if self.note_1 is None else self.note_1
        note_1: bool | str | Unset
        if isinstance(_note_1, Unset):
            note_1 = UNSET
        else:
            note_1 = _note_1

        _note_2: bool | str | Unset = UNSET if self.note_2 is None else self.note_2
        note_2: bool | str | Unset
        if isinstance(_note_2, Unset):
            note_2 = UNSET
        else:
            note_2 = _note_2

        _note_3: bool | str | Unset = UNSET if self.note_3 is None else self.note_3
        note_3: bool | str | Unset
        if isinstance(_note_3, Unset):
            note_3 = UNSET
        else:
            note_3 = _note_3

        _note_4: bool | str | Unset = UNSET if self.note_4 is None else self.note_4
        note_4: bool | str | Unset
        if isinstance(_note_4, Unset):
            note_4 = UNSET
        else:
            note_4 = _note_4

        _note_5: bool | str | Unset = UNSET if self.note_5 is None else self.note_5
        note_5: bool | str | Unset
        if isinstance(_note_5, Unset):
            note_5 = UNSET
        else:
            note_5 = _note_5

        _note_6: bool | str | Unset = UNSET if self.note_6 is None else self.note_6
        note_6: bool | str | Unset
        if isinstance(_note_6, Unset):
            note_6 = UNSET
        else:
            note_6 = _note_6

        _note_7: bool | str | Unset = UNSET if self.note_7 is None else self.note_7
        note_7: bool | str | Unset
        if isinstance(_note_7, Unset):
            note_7 = UNSET
        else:
            note_7 = _note_7

        _note_8: bool | str | Unset = UNSET if self.note_8 is None else self.note_8
        note_8: bool | str | Unset
        if isinstance(_note_8, Unset):
            note_8 = UNSET
        else:
            note_8 = _note_8

        _note_9: bool | str | Unset = UNSET if self.note_9 is None else self.note_9
        note_9: bool | str | Unset
        if isinstance(_note_9, Unset):
            note_9 = UNSET
        else:
            note_9 = _note_9

        _note_10: bool | str | Unset = UNSET if self.note_10 is None else self.note_10
        note_10: bool | str | Unset
        if isinstance(_note_10, Unset):
            note_10 = UNSET
        else:
            note_10 = _note_10

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if date_birth is not UNSET:
            field_dict["date_birth"] = date_birth
        if male is not UNSET:
            field_dict["male"] = male
        if note_1 is not UNSET:
            field_dict["note_1"] = note_1
        if note_2 is not UNSET:
            field_dict["note_2"] = note_2
        if note_3 is not UNSET:
            field_dict["note_3"] = note_3
        if note_4 is not UNSET:
            field_dict["note_4"] = note_4
        if note_5 is not UNSET:
            field_dict["note_5"] = note_5
        if note_6 is not UNSET:
            field_dict["note_6"] = note_6
        if note_7 is not UNSET:
            field_dict["note_7"] = note_7
        if note_8 is not UNSET:
            field_dict["note_8"] = note_8
        if note_9 is not UNSET:
            field_dict["note_9"] = note_9
        if note_10 is not UNSET:
            field_dict["note_10"] = note_10

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise _errors.ReplyMismatch(
                [], "an object (GroupContact)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:

            def _parse_number(data: object) -> int | str:
                return cast(int | str, data)

            number = _parse_number(d.pop("number"))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "int | str", src_dict) from None

        try:

            def _parse_name(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "bool | str", src_dict) from None

        try:

            def _parse_surname(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            surname = _parse_surname(d.pop("surname", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("surname") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("surname", "bool | str", src_dict) from None

        try:

            def _parse_patronymic(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            patronymic = _parse_patronymic(d.pop("patronymic", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("patronymic") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "patronymic", "bool | str", src_dict
            ) from None

        try:

            def _parse_date_birth(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            date_birth = _parse_date_birth(d.pop("date_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "date_birth", "bool | str", src_dict
            ) from None

        try:

            def _parse_male(data: object) -> bool | GroupContactMaleType0 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    male_type_0 = GroupContactMaleType0(data)

                    return male_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | GroupContactMaleType0 | Unset, data)

            male = _parse_male(d.pop("male", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("male") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "male", "bool | GroupContactMaleType0", src_dict
            ) from None

        try:

            def _parse_note_1(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_1 = _parse_note_1(d.pop("note_1", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_1") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_1", "bool | str", src_dict) from None

        try:

            def _parse_note_2(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_2 = _parse_note_2(d.pop("note_2", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_2") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_2", "bool | str", src_dict) from None

        try:

            def _parse_note_3(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_3 = _parse_note_3(d.pop("note_3", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_3") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_3", "bool | str", src_dict) from None

        try:

            def _parse_note_4(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_4 = _parse_note_4(d.pop("note_4", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_4") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_4", "bool | str", src_dict) from None

        try:

            def _parse_note_5(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_5 = _parse_note_5(d.pop("note_5", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_5") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_5", "bool | str", src_dict) from None

        try:

            def _parse_note_6(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_6 = _parse_note_6(d.pop("note_6", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_6") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_6", "bool | str", src_dict) from None

        try:

            def _parse_note_7(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_7 = _parse_note_7(d.pop("note_7", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_7") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_7", "bool | str", src_dict) from None

        try:

            def _parse_note_8(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_8 = _parse_note_8(d.pop("note_8", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_8") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_8", "bool | str", src_dict) from None

        try:

            def _parse_note_9(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_9 = _parse_note_9(d.pop("note_9", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_9") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_9", "bool | str", src_dict) from None

        try:

            def _parse_note_10(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, data)

            note_10 = _parse_note_10(d.pop("note_10", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_10") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_10", "bool | str", src_dict) from None

        # A value read is UNSET where the field was absent: the constructor makes it None.
        _built_model: Self = cast(Any, cls)(
            number=number,
            name=name,
            surname=surname,
            patronymic=patronymic,
            date_birth=date_birth,
            male=male,
            note_1=note_1,
            note_2=note_2,
            note_3=note_3,
            note_4=note_4,
            note_5=note_5,
            note_6=note_6,
            note_7=note_7,
            note_8=note_8,
            note_9=note_9,
            note_10=note_10,
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
