"""Accounts: a login with a password (or its MD5), an optional API key, a balance and a default sender.

Each account is an ``account`` document keyed by its login.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from ...core.store import Document, Store
from ...http.security import TokenInfo
from . import PROVIDER
from .reference import DEFAULT_SENDER


def add(store: Store, login: str, password: str, apikey: str | None, balance: Decimal) -> None:
    store.put(
        PROVIDER,
        "account",
        login,
        {
            "login": login,
            "password": password,
            "apikey": apikey,
            "balance": str(balance),
            "opening": str(balance),
            "default_sender": DEFAULT_SENDER,
        },
    )


def get(store: Store, login: str) -> Document | None:
    return store.get(PROVIDER, "account", login)


def by_api_key(store: Store, apikey: str) -> TokenInfo | None:
    """The account an ``apikey`` belongs to, or None."""
    if not apikey:
        return None
    found = store.list(PROVIDER, "account", lambda doc: doc["apikey"] == apikey)
    return {"sub": found[0]["login"]} if found else None


def by_login(store: Store, login: str, password: str) -> TokenInfo | None:
    """``login`` when ``password`` is the account's password or the lowercase hex MD5 of it, else None."""
    account = get(store, login)
    if account is None:
        return None
    hashed = hashlib.md5(account["password"].encode(), usedforsecurity=False).hexdigest()
    return {"sub": login} if password in (account["password"], hashed) else None


def of(token_info: TokenInfo) -> str:
    """The login a credential check found: directly (apikey) or under each scheme of login + psw."""
    if "sub" in token_info:
        return str(token_info["sub"])
    return str(next(iter(token_info.values()))["sub"])
