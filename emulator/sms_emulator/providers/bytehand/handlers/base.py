"""What every group of BYTEHAND handlers shares: the caller, the store, the list replies.

Connexion has checked the credential (``token_info``) and validated every
parameter and body against the spec before a handler runs. ``_caller`` then
checks the access rights the spec's ``x-rights`` names for the operation being
served, so each handler starts with the user it acts for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from connexion import request
from dateutil.parser import isoparse

from ....core.clock import isoformat
from ....core.runtime import Runtime
from ....core.store import Document
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER, ledger
from ..accounts import SESSION_LIFETIME, Caller, Rights, new_credential, new_id, public
from ..search import language, sql

SENDER_REVIEW = timedelta(hours=1)
"""How long BYTEHAND's moderators take to approve a new sender signature."""


class HandlerBase:
    def __init__(self, runtime: Runtime, rights: Rights) -> None:
        self._rights = rights
        self._store = runtime.store
        self._clock = runtime.clock
        self._delivery_delay = runtime.delivery_delay

    # --- who is asking -------------------------------------------------

    def _caller(self, token_info: TokenInfo) -> Caller:
        """The caller, once their credential holds every right the current operation needs (403 otherwise)."""
        caller = Caller(int(token_info["user"]), int(token_info["credential"]), frozenset(token_info["rights"]))
        operation = request.scope.get("extensions", {}).get("connexion_routing", {}).get("operation_id")
        missing = sorted(self._rights.needed(operation) - caller.rights)
        if missing:
            raise ApiError(403, f"this credential lacks the access right {', '.join(missing)} that {operation} needs")
        return caller

    def _user(self, caller: Caller) -> Document:
        user = self._store.get(PROVIDER, "user", str(caller.user_id))
        if user is None:  # the user was removed while the request was under way
            raise ApiError(401, "the account of this credential no longer exists")
        return user

    def _client_ip(self) -> str:
        client = request.scope.get("client")
        return str(client[0]) if client else "127.0.0.1"

    # --- time and ids -----------------------------------------------------

    def _now(self) -> datetime:
        return self._clock.now()

    def _stamp(self) -> str:
        return isoformat(self._clock.now())

    def _new_id(self, kind: str) -> int:
        return new_id(self._store, kind)

    # --- stored objects ---------------------------------------------------

    def _owned(self, kind: str, caller: Caller, where: Callable[[Document], bool] | None = None) -> list[Document]:
        """The caller's documents of ``kind`` in creation order, optionally filtered."""
        return self._store.list(
            PROVIDER, kind, lambda doc: doc.get("_user") == caller.user_id and (where is None or where(doc))
        )

    def _find(self, kind: str, object_id: int | str, caller: Caller, label: str) -> Document:
        """The caller's document, or a 404 naming the parameter (another user's objects do not exist for you)."""
        found = self._store.get(PROVIDER, kind, str(object_id))
        if found is None or found.get("_user") != caller.user_id:
            raise ApiError(404, f"{label}: no {kind.replace('-', ' ')} {object_id}")
        return found

    def _put(self, kind: str, document: Document) -> Document:
        self._store.put(PROVIDER, kind, str(document["id"]), document)
        return document

    def _delete(self, kind: str, object_id: int | str) -> None:
        self._store.delete(PROVIDER, kind, str(object_id))

    def _session(self, user: dict[str, Any]) -> dict[str, Any]:
        """A new session credential for ``user``, with its secret in ``credential.key``."""
        credential, secret = new_credential(
            self._store,
            self._now(),
            user_id=user["id"],
            kind="session",
            expires_at=self._now() + SESSION_LIFETIME,
            ip=self._client_ip(),
        )
        return {"user": public(user), "credential": {**public(credential), "key": secret}}

    # --- objects other groups read --------------------------------------------

    def _contacts_of(self, caller: Caller, list_id: int) -> list[Document]:
        """The contacts of one of the caller's lists, as the API shows them, oldest first."""
        return [public(contact) for contact in self._owned("contact", caller, lambda doc: doc["_list"] == list_id)]

    def _sender_views(self, caller: Caller) -> list[Document]:
        return [self._sender_view(sender) for sender in self._owned("sender", caller)]

    def _sender_view(self, sender: Document) -> Document:
        """A signature is PENDING for its first hour, then APPROVED (REJECTED if it imitates a bank)."""
        shown = public(sender)
        if self._now() < isoparse(sender["created_at"]) + SENDER_REVIEW:
            shown["state"] = "PENDING"
        else:
            shown["state"] = "REJECTED" if "BANK" in sender["sender"].upper() else "APPROVED"
        return shown

    # --- the balance --------------------------------------------------------

    def _move_balance(
        self, caller: Caller, amount: float, kind: str, description: str, message_ids: list[str] | None = None
    ) -> Document:
        """Add ``amount`` (negative: take it) to the balance and record it; 403 when the money is not there."""
        try:
            user = ledger.move_balance(self._store, self._clock, caller.user_id, amount, kind, description, message_ids)
        except ledger.NotEnoughMoney as refused:
            raise ApiError(403, str(refused)) from None
        if user is None:
            raise ApiError(401, "the account of this credential no longer exists")
        return user

    # --- list replies -----------------------------------------------------

    def _search(
        self,
        views: Iterable[Document],
        *,
        page: int,
        count: int,
        query: str | None,
        sort: str | None,
        fields: str | None,
        plain: bool,
        newest_first: bool = False,
    ) -> Reply:
        """One page of the views that match ``query``, with the total in ``X-Total-Count`` unless ``plain``."""
        ordered = list(views)
        if newest_first:
            ordered.reverse()
        found = language.sort(self._matching(ordered, query), sort)
        window = [language.select(view, fields) for view in language.page_of(found, page, count)]
        headers = {} if plain else {"X-Total-Count": str(len(found))}
        return json_reply(window, 200, headers=headers)

    def _page(self, items: Iterable[Document], page: int, count: int) -> Reply:
        """One page of a plain list (no query), with the total in ``X-Total-Count``, as every list is paged."""
        everything = list(items)
        return json_reply(language.page_of(everything, page, count), 200, {"X-Total-Count": str(len(everything))})

    def _count(self, views: Iterable[Document], query: str | None) -> Reply:
        """The number of views that match ``query``, in ``X-Total-Count`` (a HEAD answer)."""
        return empty(200, {"X-Total-Count": str(len(self._matching(views, query)))})

    def _search_stored(
        self,
        view: sql.View,
        shown: Callable[[Document], Document],
        *,
        page: int,
        count: int,
        query: str | None,
        sort: str | None,
        fields: str | None,
        plain: bool,
    ) -> Reply:
        """``_search`` done in SQL over stored documents; only the page's documents become views (``shown``)."""
        try:
            window = sql.page(self._store, view, query, sort, page, count)
            total = None if plain else sql.count(self._store, view, query)
        except language.QueryError as problem:
            raise ApiError(400, str(problem)) from None
        headers = {} if total is None else {"X-Total-Count": str(total)}
        return json_reply([language.select(shown(doc), fields) for doc in window], 200, headers=headers)

    def _count_stored(self, view: sql.View, query: str | None) -> Reply:
        """``_count`` done in SQL."""
        return empty(200, {"X-Total-Count": str(self._count_matching(view, query))})

    def _matching_stored(self, view: sql.View, query: str | None) -> list[Document]:
        """The stored documents ``query`` matches (``_matching`` done in SQL)."""
        try:
            return sql.matching(self._store, view, query)
        except language.QueryError as problem:
            raise ApiError(400, str(problem)) from None

    def _count_matching(self, view: sql.View, query: str | None) -> int:
        try:
            return sql.count(self._store, view, query)
        except language.QueryError as problem:
            raise ApiError(400, str(problem)) from None

    def _matching(self, views: Iterable[Document], query: str | None) -> list[Document]:
        try:
            return language.search(views, query)
        except language.QueryError as problem:
            raise ApiError(400, str(problem)) from None


def without_none(values: dict[str, Any]) -> Document:
    return {key: value for key, value in values.items() if value is not None}
