"""Connexion security handlers that check credentials with the provider the request is for.

Connexion finds a credential where the spec's security scheme says it is; the
provider decides whether it is good (``Authenticate``) and what the handlers
learn about the caller (``TokenInfo``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from connexion.security import ApiKeySecurityHandler
from connexion.utils import inspect_function_arguments

TokenInfo = dict[str, Any]
"""What a successful credential check yields; handlers receive it as ``token_info``."""

Authenticate = Callable[[str, str], TokenInfo | None]
"""Checks one credential of the security scheme named by the first argument; None rejects it."""


def api_key_handler(authenticate: Authenticate) -> type[ApiKeySecurityHandler]:
    """A handler for the spec's ``apiKey`` schemes: connexion finds the key, ``authenticate`` checks it."""

    class ProviderApiKey(ApiKeySecurityHandler):  # type: ignore[misc]  # connexion ships no type hints
        def _resolve_func(self, security_scheme: dict[str, Any]) -> Callable[..., Any]:
            scheme = str(security_scheme.get("name", ""))

            def check(api_key: str, required_scopes: Any = None) -> TokenInfo | None:
                return authenticate(scheme, api_key)

            return check

        @staticmethod
        def _accepts_kwarg(func: Callable[..., Any], keyword: str) -> bool:
            return _accepts_keyword(func, keyword)

    return ProviderApiKey


@functools.cache
def _accepts_keyword(func: Callable[..., Any], keyword: str) -> bool:
    """Whether ``func`` takes ``keyword``: connexion asks on every request, the answer never changes."""
    arguments, has_kwargs = inspect_function_arguments(func)
    return bool(has_kwargs or keyword in arguments)
