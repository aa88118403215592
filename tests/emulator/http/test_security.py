"""Credential checks (``http/security.py``): connexion finds the key, the provider's ``authenticate`` decides."""

from __future__ import annotations

from typing import Any

from sms_emulator.http.security import TokenInfo, api_key_handler


def test_each_api_key_scheme_is_checked_under_its_own_name() -> None:
    seen: list[tuple[str, str]] = []

    def authenticate(scheme: str, credential: str) -> TokenInfo | None:
        seen.append((scheme, credential))
        return {"sub": "demo"} if credential == "good" else None

    handler: Any = api_key_handler(authenticate)()
    check = handler._resolve_func({"type": "apiKey", "in": "header", "name": "X-Service-Key"})
    assert check("good") == {"sub": "demo"}
    assert check("bad", required_scopes=None) is None
    assert seen == [("X-Service-Key", "good"), ("X-Service-Key", "bad")]


def test_whether_a_check_takes_a_keyword_is_worked_out_once() -> None:
    handler_class: Any = api_key_handler(lambda scheme, credential: None)

    def check(api_key: str, required_scopes: Any = None) -> None:
        return None

    assert handler_class._accepts_kwarg(check, "required_scopes")
    assert not handler_class._accepts_kwarg(check, "request")
    assert handler_class._accepts_kwarg(check, "required_scopes")  # cached: connexion asks on every request
