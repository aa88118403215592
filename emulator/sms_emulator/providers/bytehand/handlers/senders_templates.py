"""Sender signatures and message templates."""

from __future__ import annotations

from typing import Any

from ....core.store import Document
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from ..accounts import Caller, public
from ..reference import TEMPLATE_CATEGORIES, by_id
from .base import HandlerBase


class SenderTemplateHandlers(HandlerBase):
    # --- sender signatures --------------------------------------------------

    def put_sms_sender(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        name = body["sender"]
        existing = self._owned("sender", caller, lambda doc: doc["sender"] == name)
        if existing:
            sender = existing[0]
            if "description" in body:
                sender.update(description=body["description"], updated_at=self._stamp())
                self._put("sender", sender)
            return json_reply(self._sender_view(sender), 200)
        stamp = self._stamp()
        sender = {
            "id": self._new_id("sender"),
            "sender": name,
            "description": body.get("description", ""),
            "created_at": stamp,
            "updated_at": stamp,
            "_user": caller.user_id,
        }
        return json_reply(self._sender_view(self._put("sender", sender)), 201)

    def query_sms_senders(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._sender_views(self._caller(token_info))
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_sms_senders_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._sender_views(self._caller(token_info)), query)

    def get_sms_sender_by_id(self, sms_sender_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._sender_view(self._find("sender", sms_sender_id, caller, "smsSenderId")), 200)

    def delete_sms_sender_by_id(self, sms_sender_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("sender", sms_sender_id, caller, "smsSenderId")
        self._delete("sender", sms_sender_id)
        return empty(204)

    def delete_sms_senders(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching(self._sender_views(caller), query)
        for view in found:
            self._delete("sender", view["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    # --- templates --------------------------------------------------------

    def create_sms_template(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        _check_category(body.get("category_id"))
        stamp = self._stamp()
        template = {
            "id": self._new_id("template"),
            "name": body["name"],
            "text": body["text"],
            **({"category_id": body["category_id"]} if "category_id" in body else {}),
            "created_at": stamp,
            "updated_at": stamp,
            "_user": caller.user_id,
        }
        return json_reply(public(self._put("template", template)), 201)

    def query_sms_templates(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._template_views(self._caller(token_info))
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_sms_templates_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._template_views(self._caller(token_info)), query)

    def query_sms_template_categories(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        self._caller(token_info)
        return self._page(TEMPLATE_CATEGORIES, page, count)

    def get_sms_template_by_id(self, sms_template_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._find("template", sms_template_id, caller, "smsTemplateId")), 200)

    def update_sms_template_by_id(self, sms_template_id: int, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        template = self._find("template", sms_template_id, caller, "smsTemplateId")
        _check_category(body.get("category_id"))
        template.update({key: body[key] for key in ("name", "text", "category_id") if key in body})
        template["updated_at"] = self._stamp()
        return json_reply(public(self._put("template", template)), 200)

    def delete_sms_template_by_id(self, sms_template_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("template", sms_template_id, caller, "smsTemplateId")
        self._delete("template", sms_template_id)
        return empty(204)

    def delete_sms_templates(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching(self._template_views(caller), query)
        for view in found:
            self._delete("template", view["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    def _template_views(self, caller: Caller) -> list[Document]:
        return [public(template) for template in self._owned("template", caller)]


def _check_category(category_id: int | None) -> None:
    if category_id is not None and by_id(TEMPLATE_CATEGORIES, category_id) is None:
        raise ApiError(404, f"category_id: no template category {category_id}")
