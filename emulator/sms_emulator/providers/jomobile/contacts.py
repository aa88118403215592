"""Groups of numbers, the contacts in them, and the personal black list.

Everything belongs to one customer (their login). A number is kept as digits
only, so ``+380...`` and ``380...`` are the same number everywhere: in a
group, on the black list and in a search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ...core.store import Document, Store
from . import PROVIDER

CONTACT_FIELDS = ("name", "surname", "patronymic", "date_birth", "male", *(f"note_{n}" for n in range(1, 11)))
GROUP_FIELDS = ("name_group", "time_birth", "originator_birth", "text_birth", "on_birth")
ALIASES = {"first_name": "name", "last_name": "surname", "middle_name": "patronymic"}
"""Placeholders that name a contact field differently (``#first_name#`` is the ``name`` field)."""
_PLACEHOLDER = re.compile(r"#([a-z_0-9]+)#")
DEMO_GROUP_ID = 13
"""The demo account's group keeps this id (the document's example id) across resets; groups users create
are numbered from 14."""


class UnknownGroup(LookupError):
    def __init__(self, field: str, id_group: int) -> None:
        super().__init__(f"Group {id_group} not found.")
        self.field = field


def digits(number: str | int) -> str:
    """A number as stored: digits, without a leading ``+`` (a JSON integer is written out)."""
    return str(number).lstrip("+")


def given(value: Any) -> Any:
    """``value`` unless it means "not set": absent (None) or ``false``, as the vendor's client sends."""
    return None if value is None or value is False else value


# --- groups ------------------------------------------------------------------


def create_group(store: Store, login: str, fields: dict[str, Any], *, id_group: int | None = None) -> Document:
    if id_group is None:
        id_group = store.next_number(f"{PROVIDER}.group", start=DEMO_GROUP_ID + 1)
    group = {
        "id_group": id_group,
        "login": login,
        **{name: given(fields.get(name)) for name in GROUP_FIELDS},
    }
    group["on_birth"] = bool(group["on_birth"])
    store.put(PROVIDER, "group", str(id_group), group)
    return group


def groups(store: Store, login: str) -> list[Document]:
    return store.list(PROVIDER, "group", lambda doc: doc["login"] == login)


def group(store: Store, login: str, id_group: int, field: str = "id_group") -> Document:
    """The customer's group ``id_group``; UnknownGroup (naming ``field``) if there is none."""
    found = store.get(PROVIDER, "group", str(id_group))
    if found is None or found["login"] != login:
        raise UnknownGroup(field, id_group)
    return found


def delete_groups(store: Store, login: str, ids: Iterable[int]) -> list[int]:
    deleted = []
    for id_group in dict.fromkeys(ids):
        found = store.get(PROVIDER, "group", str(id_group))
        if found is None or found["login"] != login:
            continue
        for contact in numbers(store, id_group):
            store.delete(PROVIDER, "group-number", _number_key(id_group, contact["number"]))
        store.delete(PROVIDER, "group", str(id_group))
        deleted.append(id_group)
    return deleted


def view(store: Store, group: Document) -> Document:
    """A group as ``/v1/group`` shows it."""
    return {
        "id_group": group["id_group"],
        **{name: group[name] for name in GROUP_FIELDS},
        "numbers_count": len(numbers(store, group["id_group"])),
    }


# --- numbers in groups -------------------------------------------------------


def numbers(store: Store, id_group: int, only: Iterable[str] | None = None) -> list[Document]:
    wanted = None if only is None else {digits(number) for number in only}
    return store.list(
        PROVIDER,
        "group-number",
        lambda doc: doc["id_group"] == id_group and (wanted is None or doc["number"] in wanted),
    )


def add_numbers(store: Store, id_group: int, contacts: Iterable[dict[str, Any]]) -> tuple[int, int]:
    """Add or replace contacts; returns (added, updated)."""
    added = updated = 0
    for fields in contacts:
        number = digits(fields["number"])
        key = _number_key(id_group, number)
        if store.get(PROVIDER, "group-number", key) is None:
            added += 1
        else:
            updated += 1
        contact = {"id_group": id_group, "number": number, **{f: given(fields.get(f)) for f in CONTACT_FIELDS}}
        store.put(PROVIDER, "group-number", key, contact)
    return added, updated


def delete_numbers(store: Store, id_group: int, numbers: Iterable[str]) -> int:
    keys = {_number_key(id_group, digits(number)) for number in numbers}
    return sum(store.delete(PROVIDER, "group-number", key) is not None for key in keys)


# --- black list --------------------------------------------------------------


def black_list(store: Store, login: str, only: Iterable[str] | None = None) -> list[str]:
    wanted = None if only is None else {digits(number) for number in only}
    return [
        doc["number"]
        for doc in store.list(PROVIDER, "black-list", lambda doc: doc["login"] == login)
        if wanted is None or doc["number"] in wanted
    ]


def is_black_listed(store: Store, login: str, number: str) -> bool:
    return store.get(PROVIDER, "black-list", _black_key(login, digits(number))) is not None


def black_list_add(store: Store, login: str, numbers: Iterable[str]) -> list[str]:
    added = list(dict.fromkeys(digits(number) for number in numbers))
    for number in added:
        store.put(PROVIDER, "black-list", _black_key(login, number), {"login": login, "number": number})
    return added


def black_list_delete(store: Store, login: str, numbers: Iterable[str]) -> list[str]:
    candidates = dict.fromkeys(digits(number) for number in numbers)
    return [n for n in candidates if store.delete(PROVIDER, "black-list", _black_key(login, n)) is not None]


def contact_view(contact: Document) -> Document:
    return {"number": contact["number"], **{name: contact.get(name) for name in CONTACT_FIELDS}}


def fill_in(text: str, contact: Document) -> str:
    """``text`` with ``#number#``, ``#first_name#``, ``#note_1#`` ... replaced by the contact's fields.

    A known field the contact does not have becomes empty; an unknown placeholder stays as written.
    """

    def value(match: re.Match[str]) -> str:
        name = ALIASES.get(match.group(1), match.group(1))
        if name == "number":
            return str(contact["number"])
        if name in CONTACT_FIELDS:
            return str(contact.get(name) or "")
        return match.group(0)

    return _PLACEHOLDER.sub(value, text)


def _number_key(id_group: int, number: str) -> str:
    return f"{id_group}:{number}"


def _black_key(login: str, number: str) -> str:
    return f"{login}:{number}"
