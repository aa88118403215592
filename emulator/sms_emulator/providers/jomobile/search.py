"""The filters of ``/v1/sms-full-data``, run as SQL over the message indexes (``Search.find``).

``Search.apply`` is the same filter in Python over stored records: what the
SQL must agree with (the tests hold them to the same answers).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ...core import sql_index
from ...core.clock import isoformat
from ...core.store import Document, Store
from . import PROVIDER
from .messages import full_data, isoparse

SEARCH_DAYS = 7
"""How far back /v1/sms-full-data looks without a ``time_period``."""

SEARCHABLE = sql_index.Searchable(
    PROVIDER,
    "message",
    indexed=(("login",), ("login", "phone"), ("login", "id_base"), ("login", "createdAt")),
)
"""The message fields ``/v1/sms-full-data`` looks messages up by."""
_LISTED = 500
"""Up to this many wanted phones or ids go into the SQL as parameters; more go in as one JSON list."""
_KEYS = {
    name: sql_index.key(sql_index.path(name))
    for name in ("login", "phone", "id_base", "createdAt", "MCC", "MNC", "sender", "type_sms")
}


@dataclass(frozen=True)
class Search:
    """The filters of ``/v1/sms-full-data``; None means "any"."""

    mcc: int | None = None
    mnc: int | None = None
    sender: str | None = None
    phones: frozenset[str] | None = None
    ids: frozenset[int] | None = None
    period: tuple[datetime, datetime] | None = None
    type: str | None = None
    limit: int | None = None

    def matches(self, record: Document, now: datetime) -> bool:
        start, end = self.period or (now - timedelta(days=SEARCH_DAYS), now)
        checks: list[tuple[Any, Any]] = [
            (self.mcc, record["MCC"]),
            (self.mnc, record["MNC"]),
            (self.sender, record["sender"]),
            (self.type, record["type_sms"]),
        ]
        return (
            all(wanted is None or wanted == value for wanted, value in checks)
            and (self.phones is None or record["phone"] in self.phones)
            and (self.ids is None or record["id_base"] in self.ids)
            and start <= isoparse(record["createdAt"]).replace(microsecond=0) <= end
        )

    def find(self, store: Store, login: str, now: datetime) -> list[Document]:
        """``apply`` in SQL: the user's matching messages as full data, newest first, at most ``limit``."""
        start, end = self.period or (now - timedelta(days=SEARCH_DAYS), now)
        if start.microsecond:  # stored times are whole seconds: the first one not before ``start``
            start = start.replace(microsecond=0) + timedelta(seconds=1)
        terms = [SEARCHABLE.where, f"{_KEYS['login']} = :login", f"{_KEYS['createdAt']} BETWEEN :start AND :end"]
        params: dict[str, Any] = {"login": login, "start": isoformat(start), "end": isoformat(end)}
        for name, wanted in (("MCC", self.mcc), ("MNC", self.mnc), ("sender", self.sender), ("type_sms", self.type)):
            if wanted is not None:
                terms.append(f"{_KEYS[name]} = :{name}")
                params[name] = wanted
        for name, wanted_any in (("phone", self.phones), ("id_base", self.ids)):
            if wanted_any is None:
                continue
            if len(wanted_any) > _LISTED:
                terms.append(f"{_KEYS[name]} IN (SELECT value FROM json_each(:{name}))")
                params[name] = json.dumps(list(wanted_any))
                continue
            # Listed values, so the planner sees a few look-ups on the (login, field) index.
            listed = {f"{name}{index}": value for index, value in enumerate(sorted(wanted_any, key=repr))}
            terms.append(f"{_KEYS[name]} IN ({', '.join(':' + key for key in listed) or 'NULL'})")
            params.update(listed)
        params["limit"] = -1 if self.limit is None else min(self.limit, 2**63 - 1)
        rows = store.select(
            f"SELECT body FROM documents WHERE {' AND '.join(terms)} ORDER BY documents.rowid DESC LIMIT :limit",
            params,
        )
        return [full_data(json.loads(body), now) for (body,) in rows]

    def apply(self, records: list[Document], now: datetime) -> list[Document]:
        """The matching records as full data, newest first, at most ``limit`` of them."""
        found = [full_data(record, now) for record in reversed(records) if self.matches(record, now)]
        return found if self.limit is None else found[: self.limit]
