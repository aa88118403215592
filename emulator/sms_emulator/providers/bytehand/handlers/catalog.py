"""Reference data (billing plans, news, applications, routes, legal entities, companies) and support."""

from __future__ import annotations

from typing import Any

from ....http.errors import ApiError
from ....http.replies import Reply, json_reply
from ...base import TokenInfo
from ..reference import (
    APPLICATIONS,
    BILLING_PLANS,
    COMPANIES,
    LEGAL_ENTITIES,
    NEWS,
    ROUTE_INTERVALS,
    ROUTES,
    Record,
    by_id,
    public,
)
from .base import HandlerBase


class CatalogHandlers(HandlerBase):
    def get_billing_plans(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        self._caller(token_info)
        return self._page(BILLING_PLANS, page, count)

    # --- news -------------------------------------------------------------

    def query_news(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        self._caller(token_info)
        return self._search(
            NEWS, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain, newest_first=True
        )

    def query_news_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        self._caller(token_info)
        return self._count(NEWS, query)

    def get_news_by_id(self, news_id: int, token_info: TokenInfo) -> Reply:
        self._caller(token_info)
        return json_reply(_one(NEWS, news_id, "newsId", "news item"), 200)

    # --- applications -------------------------------------------------------

    def query_applications(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        self._caller(token_info)
        views = [public(application) for application in APPLICATIONS]
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_applications_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        self._caller(token_info)
        return self._count([public(application) for application in APPLICATIONS], query)

    def get_application_by_id(self, application_id: int, token_info: TokenInfo) -> Reply:
        self._caller(token_info)
        return json_reply(_one(APPLICATIONS, application_id, "applicationId", "application"), 200)

    # --- routes -----------------------------------------------------------

    def query_sms_routes(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        self._caller(token_info)
        return self._search(ROUTES, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_sms_routes_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        self._caller(token_info)
        return self._count(ROUTES, query)

    def query_sms_route_intervals(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        self._caller(token_info)
        return self._search(ROUTE_INTERVALS, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_sms_route_intervals_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        self._caller(token_info)
        return self._count(ROUTE_INTERVALS, query)

    # --- other ------------------------------------------------------------

    def get_legal_entities(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        self._caller(token_info)
        return self._page(LEGAL_ENTITIES, page, count)

    def get_companies_suggestions(self, query: str, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        self._caller(token_info)
        wanted = query.strip()
        found = [
            company
            for company in COMPANIES
            if wanted.casefold() in company["name"].casefold()
            or (wanted.isdigit() and (company["inn"].startswith(wanted) or company["ogrn"].startswith(wanted)))
        ]
        return self._page(found, page, count)

    def send_support_ticket(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        ticket = {
            "id": self._new_id("ticket"),
            "subject": body["subject"],
            "text": body["text"],
            "email": body.get("email") or self._user(caller)["email"],
            "state": "OPEN",
            "created_at": self._stamp(),
            "_user": caller.user_id,
        }
        return json_reply(public(self._put("ticket", ticket)), 201)


def _one(records: tuple[Record, ...], record_id: int, label: str, what: str) -> Record:
    found = by_id(records, record_id)
    if found is None:
        raise ApiError(404, f"{label}: no {what} {record_id}")
    return public(found)
