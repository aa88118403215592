"""tyntec's searches: the BYON phone book, looked up in SQL (an account may hold many numbers).

Each registered number is a ``number`` document (``accountId``, ``requestId``,
``contactId``, ``phoneNumber``, ...); listings come in registration order.
"""

from __future__ import annotations

import json
from typing import Any

from ...core import sql_index
from ...core.store import Document, Store
from . import PROVIDER

SEARCHABLE = sql_index.Searchable(
    PROVIDER,
    "number",
    indexed=(("accountId",), ("accountId", "requestId"), ("accountId", "contactId"), ("accountId", "phoneNumber")),
)
"""The phone book's look-ups: by account, and within it by request, contact or number."""


def entries(store: Store, account: str, *, offset: int = 0, limit: int = -1, **equal: str | None) -> list[Document]:
    """The account's numbers whose fields equal the given values (None: any), in registration order."""
    terms = [SEARCHABLE.where, f"{sql_index.key(sql_index.path('accountId'))} = :accountId"]
    params: dict[str, Any] = {"accountId": account, "offset": offset, "limit": limit}
    for name, wanted in equal.items():
        if wanted is not None:
            terms.append(f"{sql_index.key(sql_index.path(name))} = :{name}")
            params[name] = wanted
    rows = store.select(
        f"SELECT body FROM documents WHERE {' AND '.join(terms)} ORDER BY documents.rowid LIMIT :limit OFFSET :offset",
        params,
    )
    return [json.loads(body) for (body,) in rows]
