from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
from ..types import NOT_GIVEN, UNSET, Unset

T = TypeVar("T", bound="StoredContact")

_NO_NULLS: frozenset[str] = frozenset()


@_attrs_define(init=False)
class StoredContact:
    """A number in a group with its contact's fields (unset fields are null).

    Attributes:
        number (str | None):
        name (None | str):
        surname (None | str):
        patronymic (None | str):
        date_birth (None | str):
        male (None | str):
        note_1 (None | str):
        note_2 (None | str):
        note_3 (None | str):
        note_4 (None | str):
        note_5 (None | str):
        note_6 (None | str):
        note_7 (None | str):
        note_8 (None | str):
        note_9 (None | str):
        note_10 (None | str):
    """

    number: str | None
    name: None | str
    surname: None | str
    patronymic: None | str
    date_birth: None | str
    male: None | str
    note_1: None | str
    note_2: None | str
    note_3: None | str
    note_4: None | str
    note_5: None | str
    note_6: None | str
    note_7: None | str
    note_8: None | str
    note_9: None | str
    note_10: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: frozenset[str] = _attrs_field(
        init=False, factory=frozenset, eq=False, repr=False
    )
    """The nullable fields given (or read) as an explicit null: they are sent as null."""

    def __init__(
        self,
        number: str | None = NOT_GIVEN,
        name: None | str = NOT_GIVEN,
        surname: None | str = NOT_GIVEN,
        patronymic: None | str = NOT_GIVEN,
        date_birth: None | str = NOT_GIVEN,
        male: None | str = NOT_GIVEN,
        note_1: None | str = NOT_GIVEN,
        note_2: None | str = NOT_GIVEN,
        note_3: None | str = NOT_GIVEN,
        note_4: None | str = NOT_GIVEN,
        note_5: None | str = NOT_GIVEN,
        note_6: None | str = NOT_GIVEN,
        note_7: None | str = NOT_GIVEN,
        note_8: None | str = NOT_GIVEN,
        note_9: None | str = NOT_GIVEN,
        note_10: None | str = NOT_GIVEN,
    ) -> None:
        """A field left out is None and not sent; None given for a field the spec marks nullable sends null."""
        self._nulls = _NO_NULLS
        self.number = None if number is NOT_GIVEN else number
        if name is NOT_GIVEN:
            self.name = None
        else:
            self.name = name
            if name is None:
                self._nulls = self._nulls | {"name"}
        if surname is NOT_GIVEN:
            self.surname = None
        else:
            self.surname = surname
            if surname is None:
                self._nulls = self._nulls | {"surname"}
        if patronymic is NOT_GIVEN:
            self.patronymic = None
        else:
            self.patronymic = patronymic
            if patronymic is None:
                self._nulls = self._nulls | {"patronymic"}
        if date_birth is NOT_GIVEN:
            self.date_birth = None
        else:
            self.date_birth = date_birth
            if date_birth is None:
                self._nulls = self._nulls | {"date_birth"}
        if male is NOT_GIVEN:
            self.male = None
        else:
            self.male = male
            if male is None:
                self._nulls = self._nulls | {"male"}
        if note_1 is NOT_GIVEN:
            self.note_1 = None
        else:
            self.note_1 = note_1
            if note_1 is None:
                self._nulls = self._nulls | {"note_1"}
        if note_2 is NOT_GIVEN:
            self.note_2 = None
        else:
            self.note_2 = note_2
            if note_2 is None:
                self._nulls = self._nulls | {"note_2"}
        if note_3 is NOT_GIVEN:
            self.note_3 = None
        else:
            self.note_3 = note_3
            if note_3 is None:
                self._nulls = self._nulls | {"note_3"}
        if note_4 is NOT_GIVEN:
            self.note_4 = None
        else:
            self.note_4 = note_4
            if note_4 is None:
                self._nulls = self._nulls | {"note_4"}
        if note_5 is NOT_GIVEN:
            self.note_5 = None
        else:
            self.note_5 = note_5
            if note_5 is None:
                self._nulls = self._nulls | {"note_5"}
        if note_6 is NOT_GIVEN:
            self.note_6 = None
        else:
            self.note_6 = note_6
            if note_6 is None:
                self._nulls = self._nulls | {"note_6"}
        if note_7 is NOT_GIVEN:
            self.note_7 = None
        else:
            self.note_7 = note_7
            if note_7 is None:
                self._nulls = self._nulls | {"note_7"}
        if note_8 is NOT_GIVEN:
            self.note_8 = None
        else:
            self.note_8 = note_8
            if note_8 is None:
                self._nulls = self._nulls | {"note_8"}
        if note_9 is NOT_GIVEN:
            self.note_9 = None
        else:
            self.note_9 = note_9
            if note_9 is None:
                self._nulls = self._nulls | {"note_9"}
        if note_10 is NOT_GIVEN:
            self.note_10 = None
        else:
            self.note_10 = note_10
            if note_10 is None:
                self._nulls = self._nulls | {"note_10"}
        self.additional_properties = {}

    @property
    def fields_set(self) -> frozenset[str]:
        """The fields this carries (attribute names): the required ones, the optional ones that are not None, and
        the nullable ones given or read as null.

        An optional field that is None and not in here was left out; None and in here is an explicit null.
        """
        present: tuple[str, ...] = ()
        optional: tuple[str, ...] = (
            "number",
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
        _number: str | Unset = UNSET if self.number is None else self.number
        number = _number

        _name: None | str | Unset = (
            self.name if self.name is not None or "name" in self._nulls else UNSET
        )
        name: None | str | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name

        _surname: None | str | Unset = (
            self.surname
            if self.surname is not None or "surname" in self._nulls
            else UNSET
        )
        surname: None | str | Unset
        if isinstance(_surname, Unset):
            surname = UNSET
        else:
            surname = _surname

        _patronymic: None | str | Unset = (
            self.patronymic
            if self.patronymic is not None or "patronymic" in self._nulls
            else UNSET
        )
        patronymic: None | str | Unset
        if isinstance(_patronymic, Unset):
            patronymic = UNSET
        else:
            patronymic = _patronymic

        _date_birth: None | str | Unset = (
            self.date_birth
            if self.date_birth is not None or "date_birth" in self._nulls
            else UNSET
        )
        date_birth: None | str | Unset
        if isinstance(_date_birth, Unset):
            date_birth = UNSET
        else:
            date_birth = _date_birth

        _male: None | str | Unset = (
            self.male if self.male is not None or "male" in self._nulls else UNSET
        )
        male: None | str | Unset
        if isinstance(_male, Unset):
            male = UNSET
        else:
            male = _male

        _note_1: None | str | Unset = (
            self.note_1 if self.note_1 is not None or "note_1" in self._nulls else UNSET
        )
        note_1: None | str | Unset
        if isinstance(_note_1, Unset):
            note_1 = UNSET
        else:
            note_1 = _note_1

        _note_2: None | str | Unset = (
            self.note_2 if self.note_2 is not None or "note_2" in self._nulls else UNSET
        )
        note_2: None | str | Unset
        if isinstance(_note_2, Unset):
            note_2 = UNSET
        else:
            note_2 = _note_2

        _note_3: None | str | Unset = (
            self.note_3 if self.note_3 is not None or "note_3" in self._nulls else UNSET
        )
        note_3: None | str | Unset
        if isinstance(_note_3, Unset):
            note_3 = UNSET
        else:
            note_3 = _note_3

        _note_4: None | str | Unset = (
            self.note_4 if self.note_4 is not None or "note_4" in self._nulls else UNSET
        )
        note_4: None | str | Unset
        if isinstance(_note_4, Unset):
            note_4 = UNSET
        else:
            note_4 = _note_4

        _note_5: None | str | Unset = (
            self.note_5 if self.note_5 is not None or "note_5" in self._nulls else UNSET
        )
        note_5: None | str | Unset
        if isinstance(_note_5, Unset):
            note_5 = UNSET
        else:
            note_5 = _note_5

        _note_6: None | str | Unset = (
            self.note_6 if self.note_6 is not None or "note_6" in self._nulls else UNSET
        )
        note_6: None | str | Unset
        if isinstance(_note_6, Unset):
            note_6 = UNSET
        else:
            note_6 = _note_6

        _note_7: None | str | Unset = (
            self.note_7 if self.note_7 is not None or "note_7" in self._nulls else UNSET
        )
        note_7: None | str | Unset
        if isinstance(_note_7, Unset):
            note_7 = UNSET
        else:
            note_7 = _note_7

        _note_8: None | str | Unset = (
            self.note_8 if self.note_8 is not None or "note_8" in self._nulls else UNSET
        )
        note_8: None | str | Unset
        if isinstance(_note_8, Unset):
            note_8 = UNSET
        else:
            note_8 = _note_8

        _note_9: None | str | Unset = (
            self.note_9 if self.note_9 is not None or "note_9" in self._nulls else UNSET
        )
        note_9: None | str | Unset
        if isinstance(_note_9, Unset):
            note_9 = UNSET
        else:
            note_9 = _note_9

        _note_10: None | str | Unset = (
            self.note_10
            if self.note_10 is not None or "note_10" in self._nulls
            else UNSET
        )
        note_10: None | str | Unset
        if isinstance(_note_10, Unset):
            note_10 = UNSET
        else:
            note_10 = _note_10

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
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
                [], "an object (StoredContact)", _errors.describe(src_dict)
            )
        d = dict(src_dict)
        try:
            number = d.pop("number", UNSET)
            if not isinstance(number, (str, Unset)):
                raise TypeError("str")
        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("number") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("number", "str", src_dict) from None

        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("name") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("name", "None | str", src_dict) from None

        try:

            def _parse_surname(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            surname = _parse_surname(d.pop("surname", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("surname") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("surname", "None | str", src_dict) from None

        try:

            def _parse_patronymic(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            patronymic = _parse_patronymic(d.pop("patronymic", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("patronymic") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "patronymic", "None | str", src_dict
            ) from None

        try:

            def _parse_date_birth(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            date_birth = _parse_date_birth(d.pop("date_birth", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("date_birth") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at(
                "date_birth", "None | str", src_dict
            ) from None

        try:

            def _parse_male(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            male = _parse_male(d.pop("male", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("male") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("male", "None | str", src_dict) from None

        try:

            def _parse_note_1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_1 = _parse_note_1(d.pop("note_1", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_1") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_1", "None | str", src_dict) from None

        try:

            def _parse_note_2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_2 = _parse_note_2(d.pop("note_2", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_2") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_2", "None | str", src_dict) from None

        try:

            def _parse_note_3(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_3 = _parse_note_3(d.pop("note_3", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_3") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_3", "None | str", src_dict) from None

        try:

            def _parse_note_4(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_4 = _parse_note_4(d.pop("note_4", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_4") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_4", "None | str", src_dict) from None

        try:

            def _parse_note_5(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_5 = _parse_note_5(d.pop("note_5", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_5") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_5", "None | str", src_dict) from None

        try:

            def _parse_note_6(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_6 = _parse_note_6(d.pop("note_6", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_6") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_6", "None | str", src_dict) from None

        try:

            def _parse_note_7(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_7 = _parse_note_7(d.pop("note_7", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_7") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_7", "None | str", src_dict) from None

        try:

            def _parse_note_8(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_8 = _parse_note_8(d.pop("note_8", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_8") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_8", "None | str", src_dict) from None

        try:

            def _parse_note_9(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_9 = _parse_note_9(d.pop("note_9", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_9") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_9", "None | str", src_dict) from None

        try:

            def _parse_note_10(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            note_10 = _parse_note_10(d.pop("note_10", UNSET))

        except _errors.ReplyMismatch as _mismatch:
            raise _mismatch.within("note_10") from None
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _errors.ReplyMismatch.at("note_10", "None | str", src_dict) from None

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
