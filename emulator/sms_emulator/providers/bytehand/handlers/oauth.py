"""OAuth: BYTEHAND's own provider (authorize, token, revoke) and sign-in with external providers.

The emulator talks to no external provider: the authorization ``code`` an
external provider would give stands for the external account with that id,
so the same code always means the same account.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from dateutil.parser import isoparse

from ....core.clock import isoformat
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER
from ..accounts import (
    TOKEN_LIFETIME,
    forget_credential,
    new_credential,
    new_user,
    public,
    user_by_email,
)
from ..reference import ALL_RIGHTS, APPLICATIONS, EXTERNAL_PROVIDERS, TIME_ZONES, by_id
from .base import HandlerBase

_CODE_LIFETIME = timedelta(minutes=10)


class OAuthHandlers(HandlerBase):
    # --- BYTEHAND's own provider -----------------------------------------

    def authorize_with_inner_o_auth(
        self,
        response_type: str,
        client_id: str,
        redirect_uri: str,
        token_info: TokenInfo,
        scope: str | None = None,
        state: str | None = None,
    ) -> Reply:
        caller = self._caller(token_info)
        application = next((app for app in APPLICATIONS if app["client_id"] == client_id), None)
        if application is None:
            raise ApiError(404, f"client_id: no application {client_id!r}")
        if not any(redirect_uri.startswith(prefix) for prefix in application["redirect_uris"]):
            raise ApiError(403, f"redirect_uri: {redirect_uri!r} is not registered for {client_id!r}")
        requested = scope.split() if scope else list(application["rights"])
        foreign = sorted(set(requested) - set(application["rights"]))
        if foreign:
            raise ApiError(403, f"scope: {client_id!r} may not ask for {', '.join(foreign)}")
        granted = [right for right in ALL_RIGHTS if right in requested and right in caller.rights]
        code = secrets.token_urlsafe(18)
        self._store.put(
            PROVIDER,
            "oauth-code",
            code,
            {
                "application": application["id"],
                "user": caller.user_id,
                "rights": granted,
                "redirect_uri": redirect_uri,
                "expires_at": isoformat(self._now() + _CODE_LIFETIME),
            },
        )
        query = urlencode({"code": code, **({"state": state} if state is not None else {})})
        separator = "&" if "?" in redirect_uri else "?"
        return empty(302, {"Location": f"{redirect_uri}{separator}{query}"})

    def exchange_innner_o_auth_code(self, body: dict[str, Any]) -> Reply:
        application = next((app for app in APPLICATIONS if app["client_id"] == body.get("client_id")), None)
        if application is None or application["_secret"] != body.get("client_secret"):
            raise ApiError(401, "client_id/client_secret: unknown client or wrong secret", code="invalid_client")
        grant = self._store.delete(PROVIDER, "oauth-code", str(body["code"]))
        if (
            grant is None
            or grant["application"] != application["id"]
            or grant["redirect_uri"] != body["redirect_uri"]
            or isoparse(grant["expires_at"]) <= self._now()
        ):
            raise ApiError(400, "code: unknown, used, expired or issued for another client", code="invalid_grant")
        credential, secret = new_credential(
            self._store,
            self._now(),
            user_id=grant["user"],
            kind="oauth",
            rights=grant["rights"],
            name=application["name"],
            expires_at=self._now() + TOKEN_LIFETIME,
            application_id=application["id"],
            ip=self._client_ip(),
        )
        token = {
            "access_token": secret,
            "token_type": "bearer",
            "expires_in": int(TOKEN_LIFETIME.total_seconds()),
            "scope": " ".join(credential["rights"]),
        }
        return json_reply(token, 200)

    def revoke_innner_o_auth_token(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        credential = self._store.get(PROVIDER, "credential", str(caller.credential_id))
        if credential is not None:
            forget_credential(self._store, credential)
        return empty(204)

    # --- external providers -------------------------------------------------

    def get_external_o_auth_providers(self, page: int = 1, count: int = 10) -> Reply:
        return self._page(EXTERNAL_PROVIDERS, page, count)

    def register_with_external_o_auth(self, provider_id: str, body: dict[str, Any]) -> Reply:
        self._external_provider(provider_id)
        if self._binding(provider_id, body["code"]) is not None:
            raise ApiError(409, f"code: this {provider_id} account is already bound to a BYTEHAND user")
        if user_by_email(self._store, body["email"]) is not None:
            raise ApiError(409, f"email: {body['email']} already has an account")
        if "time_zone_id" in body and by_id(TIME_ZONES, body["time_zone_id"]) is None:
            raise ApiError(404, f"time_zone_id: no time zone {body['time_zone_id']}")
        user = new_user(
            self._store,
            self._now(),
            email=body["email"],
            password=secrets.token_urlsafe(16),
            name=body.get("name"),
            time_zone_id=body.get("time_zone_id"),
        )
        self._bind(user["id"], provider_id, body["code"])
        return json_reply(self._session(user), 201)

    def login_with_external_o_auth(self, provider_id: str, body: dict[str, Any]) -> Reply:
        self._external_provider(provider_id)
        binding = self._binding(provider_id, body["code"])
        if binding is None:
            raise ApiError(404, f"code: no BYTEHAND user is bound to this {provider_id} account")
        user = self._store.get(PROVIDER, "user", str(binding["_user"]))
        if user is None:
            raise ApiError(404, f"code: the user bound to this {provider_id} account no longer exists")
        return json_reply(self._session(user), 200)

    def bind_with_external_o_auth(self, provider_id: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._external_provider(provider_id)
        binding = self._binding(provider_id, body["code"])
        if binding is not None and binding["_user"] != caller.user_id:
            raise ApiError(409, f"code: this {provider_id} account is bound to another BYTEHAND user")
        if binding is None:
            binding = self._bind(caller.user_id, provider_id, body["code"])
        return json_reply(public(binding), 200)

    # --- helpers ----------------------------------------------------------

    def _external_provider(self, provider_id: str) -> None:
        if not any(provider["id"] == provider_id for provider in EXTERNAL_PROVIDERS):
            raise ApiError(404, f"providerId: no external OAuth provider {provider_id!r}")

    def _binding(self, provider_id: str, external_id: str) -> dict[str, Any] | None:
        found = self._store.list(
            PROVIDER,
            "oauth-account",
            lambda doc: doc["provider_id"] == provider_id and doc["external_id"] == external_id,
        )
        return found[0] if found else None

    def _bind(self, user_id: int, provider_id: str, external_id: str) -> dict[str, Any]:
        binding = {
            "id": self._new_id("oauth-account"),
            "provider_id": provider_id,
            "external_id": external_id,
            "created_at": self._stamp(),
            "_user": user_id,
        }
        return self._put("oauth-account", binding)
