"""API keys and the accounts they belong to.

Each key is an ``apikey`` document (the key is its id) naming its account and
the services it may use (``messaging``, ``byon``); a request's credential
check is one look-up.
"""

from __future__ import annotations

from ...core.store import Store
from ...http.errors import ApiError
from ...http.security import TokenInfo
from . import PROVIDER


def add_key(store: Store, key: str, account: str, permissions: list[str]) -> None:
    store.put(PROVIDER, "apikey", key, {"account": account, "permissions": permissions})


def authenticate(store: Store, key: str) -> TokenInfo | None:
    """The account and permissions of ``key``, or None when there is no such key."""
    account = store.get(PROVIDER, "apikey", key)
    if account is None:
        return None
    return {"sub": account["account"], "permissions": account["permissions"]}


def require(token_info: TokenInfo, permission: str) -> str:
    """The caller's account, once its key holds ``permission`` (403 otherwise)."""
    if permission not in token_info.get("permissions", ()):
        raise ApiError(403, f"this API key has no access to the {permission} services")
    return str(token_info["sub"])
