"""Contact lists with their contacts, properties (additional fields) and segments; legacy (v1) lists."""

from __future__ import annotations

from typing import Any

from ....core import sql_index
from ....core.store import Document
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER
from ..accounts import Caller, public
from ..numbers import plus_digits
from ..search import sql
from .base import HandlerBase


class ContactHandlers(HandlerBase):
    # --- contact lists ----------------------------------------------------

    def create_contact_list(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        contact_list = self._new_list(caller, body["name"], body.get("description"))
        return json_reply(self._list_view(caller, contact_list), 201)

    def query_contact_lists(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._list_views(self._caller(token_info))
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_contact_lists_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._list_views(self._caller(token_info)), query)

    def get_contact_list_by_id(self, list_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._list_view(caller, self._list(caller, list_id)), 200)

    def update_contact_list(self, list_id: int, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        contact_list = self._list(caller, list_id)
        contact_list.update({key: body[key] for key in ("name", "description") if key in body})
        contact_list["updated_at"] = self._stamp()
        return json_reply(self._list_view(caller, self._put("contact-list", contact_list)), 200)

    def delete_contact_list_by_id(self, list_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        self._delete_list(caller, list_id)
        return empty(204)

    def delete_contact_lists(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching(self._list_views(caller), query)
        for view in found:
            self._delete_list(caller, view["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    # --- contacts ---------------------------------------------------------

    def create_contact_list_contacts(
        self, list_id: int, body: list[dict[str, Any]] | dict[str, Any], token_info: TokenInfo
    ) -> Reply:
        caller = self._caller(token_info)
        body = body if isinstance(body, list) else [body]  # one contact, or several
        self._list(caller, list_id)
        known = self._property_names(caller, list_id)
        for index, contact in enumerate(body):
            _check_properties(f"body[{index}].properties", contact.get("properties", {}), known)
        stamp = self._stamp()
        created = []
        for contact in body:
            stored: dict[str, Any] = {
                "id": self._new_id("contact"),
                "phone": plus_digits(contact["phone"]),
                **{key: contact[key] for key in ("name", "email") if key in contact},
                "properties": dict(contact.get("properties", {})),
                "created_at": stamp,
                "updated_at": stamp,
                "_user": caller.user_id,
                "_list": list_id,
            }
            created.append(public(self._put("contact", stored)))
        self._touch_list(caller, list_id)
        return json_reply(created, 201)

    def query_contact_list_contacts(
        self,
        list_id: int,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        view = _contact_search(list_id)
        return self._search_stored(
            view, public, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain
        )

    def query_contact_list_contacts_count(self, list_id: int, token_info: TokenInfo, query: str | None = None) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        return self._count_stored(_contact_search(list_id), query)

    def get_contact_list_contact_by_id(self, list_id: int, contact_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._member(caller, "contact", list_id, contact_id, "contactId")), 200)

    def update_contact_list_contact_by_id(
        self, list_id: int, contact_id: int, body: dict[str, Any], token_info: TokenInfo
    ) -> Reply:
        caller = self._caller(token_info)
        contact = self._member(caller, "contact", list_id, contact_id, "contactId")
        _check_properties("properties", body.get("properties", {}), self._property_names(caller, list_id))
        self._apply(contact, body)
        if "phone" in body:
            contact["phone"] = plus_digits(body["phone"])
        self._touch_list(caller, list_id)
        return json_reply(public(self._put("contact", contact)), 200)

    def update_contact_list_contacts(
        self, list_id: int, query: str, body: dict[str, Any], token_info: TokenInfo
    ) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        _check_properties("properties", body.get("properties", {}), self._property_names(caller, list_id))
        found = self._matching_stored(_contact_search(list_id), query)
        for contact in found:
            self._put("contact", self._apply(contact, body))
        if found:
            self._touch_list(caller, list_id)
        return json_reply({"result": "updated", "count": len(found)}, 200)

    def delete_contact_list_contact_by_id(self, list_id: int, contact_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._member(caller, "contact", list_id, contact_id, "contactId")
        self._delete("contact", contact_id)
        self._touch_list(caller, list_id)
        return empty(204)

    def delete_contact_list_contacts(self, list_id: int, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        found = self._matching_stored(_contact_search(list_id), query)
        for contact in found:
            self._delete("contact", contact["id"])
        if found:
            self._touch_list(caller, list_id)
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    # --- properties -------------------------------------------------------

    def get_contact_list_properties(self, list_id: int, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        return self._page([public(item) for item in self._list_members(caller, "property", list_id)], page, count)

    def create_contact_list_property(self, list_id: int, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        if body["name"] in self._property_names(caller, list_id):
            raise ApiError(409, f"name: list {list_id} already has a property {body['name']!r}")
        prop = {
            "id": self._new_id("property"),
            "name": body["name"],
            "description": body.get("description", ""),
            "created_at": self._stamp(),
            "_user": caller.user_id,
            "_list": list_id,
        }
        return json_reply(public(self._put("property", prop)), 201)

    def get_contact_list_property_by_id(self, list_id: int, property_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._member(caller, "property", list_id, property_id, "propertyId")), 200)

    def update_contact_list_property_by_id(
        self, list_id: int, property_id: int, body: dict[str, Any], token_info: TokenInfo
    ) -> Reply:
        caller = self._caller(token_info)
        prop = self._member(caller, "property", list_id, property_id, "propertyId")
        old_name, new_name = prop["name"], body.get("name", prop["name"])
        if new_name != old_name:
            if new_name in self._property_names(caller, list_id):
                raise ApiError(409, f"name: list {list_id} already has a property {new_name!r}")
            self._rename_in_contacts(caller, list_id, old_name, new_name)
        prop.update({key: body[key] for key in ("name", "description") if key in body})
        return json_reply(public(self._put("property", prop)), 200)

    def delete_contact_list_property_by_id(self, list_id: int, property_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        prop = self._member(caller, "property", list_id, property_id, "propertyId")
        self._rename_in_contacts(caller, list_id, prop["name"], None)
        self._delete("property", property_id)
        return empty(204)

    # --- segments ---------------------------------------------------------

    def get_contact_list_segments(self, list_id: int, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        segments = self._list_members(caller, "segment", list_id)
        return self._page([self._segment_view(caller, segment) for segment in segments], page, count)

    def create_contact_list_segment(self, list_id: int, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._list(caller, list_id)
        self._matching([], body["query"])  # a query outside the grammar is a 400 now, not at every read
        stamp = self._stamp()
        segment = {
            "id": self._new_id("segment"),
            "name": body["name"],
            "query": body["query"],
            "created_at": stamp,
            "updated_at": stamp,
            "_user": caller.user_id,
            "_list": list_id,
        }
        return json_reply(self._segment_view(caller, self._put("segment", segment)), 201)

    def get_contact_list_segment_by_id(self, list_id: int, segment_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        segment = self._member(caller, "segment", list_id, segment_id, "segmentId")
        return json_reply(self._segment_view(caller, segment), 200)

    def update_contact_list_segment_by_id(
        self, list_id: int, segment_id: int, body: dict[str, Any], token_info: TokenInfo
    ) -> Reply:
        caller = self._caller(token_info)
        segment = self._member(caller, "segment", list_id, segment_id, "segmentId")
        if "query" in body:
            self._matching([], body["query"])
        segment.update({key: body[key] for key in ("name", "query") if key in body})
        segment["updated_at"] = self._stamp()
        return json_reply(self._segment_view(caller, self._put("segment", segment)), 200)

    def delete_contact_list_segment_by_id(self, list_id: int, segment_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._member(caller, "segment", list_id, segment_id, "segmentId")
        self._delete("segment", segment_id)
        return empty(204)

    # --- legacy (v1) lists ------------------------------------------------------

    def query_contact_lists_v1(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._legacy_views(self._caller(token_info))
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_contact_lists_count_v1(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._legacy_views(self._caller(token_info)), query)

    def get_contact_list_v1_by_id(self, list_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(_legacy_view(self._find("list-v1", list_id, caller, "listId")), 200)

    def delete_contact_list_v1_by_id(self, list_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("list-v1", list_id, caller, "listId")
        self._delete("list-v1", list_id)
        return empty(204)

    def delete_contact_lists_v1(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching(self._legacy_views(caller), query)
        for view in found:
            self._delete("list-v1", view["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    def upgrade_contact_list_v1_by_id(self, list_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        legacy = self._find("list-v1", list_id, caller, "listId")
        upgraded = self._new_list(caller, legacy["name"], f"Upgraded from the legacy list {list_id}")
        stamp = self._stamp()
        for contact in legacy["contacts"]:
            stored = {
                "id": self._new_id("contact"),
                "phone": contact["phone"],
                **({"name": contact["name"]} if "name" in contact else {}),
                "properties": {},
                "created_at": stamp,
                "updated_at": stamp,
                "_user": caller.user_id,
                "_list": upgraded["id"],
            }
            self._put("contact", stored)
        self._delete("list-v1", list_id)
        return json_reply(self._list_view(caller, upgraded), 201)

    # --- helpers ----------------------------------------------------------

    def _new_list(self, caller: Caller, name: str, description: str | None) -> Document:
        stamp = self._stamp()
        contact_list = {
            "id": self._new_id("contact-list"),
            "name": name,
            "description": description or "",
            "created_at": stamp,
            "updated_at": stamp,
            "_user": caller.user_id,
        }
        return self._put("contact-list", contact_list)

    def _list(self, caller: Caller, list_id: int) -> Document:
        return self._find("contact-list", list_id, caller, "listId")

    def _list_view(self, caller: Caller, contact_list: Document) -> Document:
        # The list's tally (``CONTACTS``): one look-up, where counting read every contact of the caller.
        return {**public(contact_list), "size": self._count_matching(_contact_search(contact_list["id"]), None)}

    def _list_views(self, caller: Caller) -> list[Document]:
        return [self._list_view(caller, item) for item in self._owned("contact-list", caller)]

    def _touch_list(self, caller: Caller, list_id: int) -> None:
        contact_list = self._list(caller, list_id)
        contact_list["updated_at"] = self._stamp()
        self._put("contact-list", contact_list)

    def _delete_list(self, caller: Caller, list_id: int) -> None:
        for kind in ("contact", "property", "segment"):
            for member in self._list_members(caller, kind, list_id):
                self._delete(kind, member["id"])
        self._delete("contact-list", list_id)

    def _list_members(self, caller: Caller, kind: str, list_id: int) -> list[Document]:
        return self._owned(kind, caller, lambda doc: doc["_list"] == list_id)

    def _member(self, caller: Caller, kind: str, list_id: int, member_id: int, label: str) -> Document:
        """A contact, property or segment of one of the caller's lists (404 when the list does not hold it)."""
        self._list(caller, list_id)
        found = self._find(kind, member_id, caller, label)
        if found["_list"] != list_id:
            raise ApiError(404, f"{label}: list {list_id} has no {kind} {member_id}")
        return found

    def _property_names(self, caller: Caller, list_id: int) -> set[str]:
        return {prop["name"] for prop in self._list_members(caller, "property", list_id)}

    def _rename_in_contacts(self, caller: Caller, list_id: int, old: str, new: str | None) -> None:
        """Move every contact's value of property ``old`` to ``new`` (None drops it)."""
        for contact in self._list_members(caller, "contact", list_id):
            values = contact.get("properties", {})
            if old in values:
                value = values.pop(old)
                if new is not None:
                    values[new] = value
                self._put("contact", contact)

    def _apply(self, contact: Document, changes: dict[str, Any]) -> Document:
        contact.update({key: changes[key] for key in ("name", "email") if key in changes})
        contact["properties"] = {**contact.get("properties", {}), **changes.get("properties", {})}
        contact["updated_at"] = self._stamp()
        return contact

    def _segment_view(self, caller: Caller, segment: Document) -> Document:
        size = self._count_matching(_contact_search(segment["_list"]), segment["query"])
        return {**public(segment), "size": size}

    def _legacy_views(self, caller: Caller) -> list[Document]:
        return [_legacy_view(legacy) for legacy in self._owned("list-v1", caller)]


CONTACTS = sql_index.Searchable(
    PROVIDER,
    "contact",
    indexed=(
        ("_list",),
        ("_list", "id"),
        ("_list", "phone"),
        ("_list", "name"),
        ("_list", "email"),
        ("_list", "created_at"),
    ),
    text=("name", "phone", "email"),
    tally="_list",
)
"""The contact fields searches filter and sort through an index; name, phone and e-mail are searched by trigrams."""


def _contact_search(list_id: int) -> sql.View:
    """The contacts of one of the caller's lists, as a search sees them.

    Scoped by the list alone: every handler has checked that the list is the caller's
    (``_list``), and a contact is only ever created in a list of its owner.
    """
    return sql.View(CONTACTS, {"_list": list_id})


def _legacy_view(legacy: Document) -> Document:
    return {**public(legacy), "size": len(legacy["contacts"])}


def _check_properties(label: str, values: dict[str, Any], known: set[str]) -> None:
    unknown = sorted(set(values) - known)
    if unknown:
        raise ApiError(404, f"{label}: the list has no property {', '.join(map(repr, unknown))}")
