"""Users: accounts, sign-in, password reset, profile, contract, credentials and statistics."""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import timedelta
from typing import Any

from dateutil.parser import isoparse

from ....core.clock import isoformat
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER, messages
from ..accounts import (
    forget_credential,
    hash_password,
    new_credential,
    new_user,
    password_matches,
    public,
    send_mail,
    user_by_email,
)
from ..numbers import plus_digits
from ..reference import BILLING_PLANS, LEGAL_ENTITIES, TIME_ZONES, by_id, place_of
from .base import HandlerBase

_RESET_LIFETIME = timedelta(hours=1)
_CONTRACT_REVIEW = timedelta(days=1)
_STATISTICS_DAYS = 90


class UserHandlers(HandlerBase):
    # --- accounts and sign-in ---------------------------------------------

    def register_user(self, body: dict[str, Any]) -> Reply:
        if user_by_email(self._store, body["email"]) is not None:
            raise ApiError(409, f"email: {body['email']} already has an account")
        self._check_time_zone(body.get("time_zone_id"))
        referrer = body.get("referrer_id")
        if referrer is not None and self._store.get(PROVIDER, "user", str(referrer)) is None:
            raise ApiError(404, f"referrer_id: no user {referrer}")
        user = new_user(
            self._store,
            self._now(),
            email=body["email"],
            password=body["password"],
            name=body.get("name"),
            phone=_e164(body.get("phone")),
            time_zone_id=body.get("time_zone_id"),
            referrer_id=referrer,
        )
        return json_reply(self._session(user), 201)

    def login_user(self, body: dict[str, Any]) -> Reply:
        user = user_by_email(self._store, body["login"])
        if user is None or not password_matches(user["_password"], body["password"]):
            raise ApiError(401, "login/password: wrong login or password")
        return json_reply(self._session(user), 200)

    def reset_user_password(self, body: dict[str, Any]) -> Reply:
        user = user_by_email(self._store, body["email"])
        if user is not None:
            token = secrets.token_urlsafe(18)
            expires = self._now() + _RESET_LIFETIME
            self._store.put(PROVIDER, "reset-token", token, {"user": user["id"], "expires_at": isoformat(expires)})
            send_mail(self._store, self._now(), user["email"], "Password reset", token)
        return empty(202)

    def reset_user_password_complete(self, body: dict[str, Any]) -> Reply:
        grant = self._store.delete(PROVIDER, "reset-token", str(body["token"]))
        if grant is None or isoparse(grant["expires_at"]) <= self._now():
            raise ApiError(403, "token: unknown, used or expired reset token")
        changed = self._store.update(
            PROVIDER, "user", str(grant["user"]), lambda user: user.update(_password=hash_password(body["password"]))
        )
        if changed is None:
            raise ApiError(403, "token: the account of this token no longer exists")
        return empty(204)

    # --- time zones -------------------------------------------------------

    def get_users_time_zones(self, page: int = 1, count: int = 10) -> Reply:
        return self._page(TIME_ZONES, page, count)

    def get_users_time_zone_by_id(self, time_zone_id: int) -> Reply:
        found = by_id(TIME_ZONES, time_zone_id)
        if found is None:
            raise ApiError(404, f"timeZoneId: no time zone {time_zone_id}")
        return json_reply(found, 200)

    # --- the current user -----------------------------------------------------

    def get_current_user(self, token_info: TokenInfo) -> Reply:
        return json_reply(public(self._user(self._caller(token_info))), 200)

    def update_current_user(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._check_time_zone(body.get("time_zone_id"))
        changes: dict[str, Any] = {key: body[key] for key in ("name", "phone", "time_zone_id") if key in body}
        if "phone" in changes:
            changes["phone"] = _e164(changes["phone"])
        user = self._store.update(PROVIDER, "user", str(caller.user_id), lambda doc: doc.update(changes))
        return json_reply(public(user or self._user(caller)), 200)

    def get_current_user_billing_plan(self, token_info: TokenInfo) -> Reply:
        user = self._user(self._caller(token_info))
        return json_reply(by_id(BILLING_PLANS, user["billing_plan_id"]) or BILLING_PLANS[0], 200)

    def set_current_user_routing(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        routing = {"mode": body["mode"], "countries": sorted(set(body.get("countries", [])))}
        self._store.update(PROVIDER, "user", str(caller.user_id), lambda doc: doc.update(routing=routing))
        return json_reply(routing, 200)

    def update_current_user_email(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        owner = user_by_email(self._store, body["email"])
        if owner is not None and owner["id"] != caller.user_id:
            raise ApiError(409, f"email: {body['email']} belongs to another account")
        token = secrets.token_urlsafe(18)
        user = self._store.update(
            PROVIDER,
            "user",
            str(caller.user_id),
            lambda doc: doc.update(pending_email=body["email"], _email_token=token),
        )
        send_mail(self._store, self._now(), body["email"], "Confirm your new address", token)
        return json_reply(public(user or self._user(caller)), 202)

    def update_current_user_password(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        user = self._user(caller)
        if not password_matches(user["_password"], body["old_password"]):
            raise ApiError(403, "old_password: the current password is wrong")
        new_hash = hash_password(body["new_password"])
        self._store.update(PROVIDER, "user", str(caller.user_id), lambda doc: doc.update(_password=new_hash))
        return empty(204)

    def reset_current_user_api_key_v1(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        key = secrets.token_hex(16)
        self._store.update(PROVIDER, "user", str(caller.user_id), lambda doc: doc.update(_api_key_v1=key))
        return json_reply({"id": caller.user_id, "key": key}, 201)

    def reset_current_user_smpp_password(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        password = secrets.token_urlsafe(9)
        self._store.update(PROVIDER, "user", str(caller.user_id), lambda doc: doc.update(_smpp_password=password))
        details = {"host": "smpp.bytehand.com", "port": 2775, "login": f"bh{caller.user_id}", "password": password}
        return json_reply(details, 201)

    def get_current_user_statistics(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        today = self._now().date()
        days = [today - timedelta(days=offset) for offset in range(_STATISTICS_DAYS - 1, -1, -1)]
        totals: dict[str, dict[str, Any]] = defaultdict(
            lambda: {"messages": 0, "parts": 0, "delivered": 0, "cost": 0.0}
        )
        now, delay = self._now(), self._delivery_delay
        # Only the window's messages, through the (user, created_at) index: not every message ever sent.
        window = messages.search_view(caller.user_id, now, delay)
        for stored in self._matching_stored(window, f"created_at >= '{days[0].isoformat()}'"):
            message = messages.view(stored, now, delay)
            day = totals[message["created_at"][:10]]
            day["messages"] += 1
            day["parts"] += message["parts"]
            day["delivered"] += message["state"] == "DELIVERED"
            day["cost"] += message["cost"]
        entries = []
        for date in days:
            found = totals.get(date.isoformat(), {"messages": 0, "parts": 0, "delivered": 0, "cost": 0.0})
            entries.append({"date": date.isoformat(), **found, "cost": round(found["cost"], 2)})
        return json_reply(entries, 200)

    # --- contract -----------------------------------------------------------

    def get_current_user_contract(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._contract_view(self._contract(caller.user_id)), 200)

    def initiate_current_user_contract(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        if self._store.get(PROVIDER, "contract", str(caller.user_id)) is not None:
            raise ApiError(409, "a contract has already been initiated; edit it with updateCurrentUserContract")
        if by_id(LEGAL_ENTITIES, body["legal_entity_id"]) is None:
            raise ApiError(404, f"legal_entity_id: no legal entity {body['legal_entity_id']}")
        contract = {
            "id": self._new_id("contract"),
            **{key: value for key, value in body.items() if key in _CONTRACT_FIELDS},
            "created_at": self._stamp(),
            "_user": caller.user_id,
        }
        if "phone" in contract:
            contract["phone"] = _e164(contract["phone"])
        self._store.put(PROVIDER, "contract", str(caller.user_id), contract)
        return json_reply(self._contract_view(contract), 201)

    def update_current_user_contract(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._contract(caller.user_id)
        changes: dict[str, Any] = {
            key: body[key] for key in ("address", "contact_person", "email", "phone") if key in body
        }
        if "phone" in changes:
            changes["phone"] = _e164(changes["phone"])
        contract = self._store.update(PROVIDER, "contract", str(caller.user_id), lambda doc: doc.update(changes))
        return json_reply(self._contract_view(contract or self._contract(caller.user_id)), 200)

    # --- credentials --------------------------------------------------------

    def get_current_user_credentials(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        caller = self._caller(token_info)
        return self._page([public(credential) for credential in self._owned("credential", caller)], page, count)

    def create_current_user_credential(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        beyond = sorted(set(body["rights"]) - caller.rights)
        if beyond:
            raise ApiError(403, f"rights: a credential cannot grant rights it does not hold ({', '.join(beyond)})")
        expires = isoparse(body["expires_at"]) if "expires_at" in body else None
        credential, secret = new_credential(
            self._store,
            self._now(),
            user_id=caller.user_id,
            kind="key",
            rights=body["rights"],
            name=body["name"],
            expires_at=expires,
            ip=self._client_ip(),
        )
        return json_reply({**public(credential), "key": secret}, 201)

    def get_current_user_this_credential(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._find("credential", caller.credential_id, caller, "credential")), 200)

    def get_current_user_credential_by_id(self, credential_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._find("credential", credential_id, caller, "credentialId")), 200)

    def delete_current_user_credential(self, credential_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        credential = self._find("credential", credential_id, caller, "credentialId")
        if credential_id == caller.credential_id:
            raise ApiError(409, "credentialId: a credential cannot delete itself; use another key")
        forget_credential(self._store, credential)
        return empty(204)

    def get_current_user_credential_geo(self, credential_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        credential = self._find("credential", credential_id, caller, "credentialId")
        country, city = place_of(credential["_ip"])
        return json_reply(
            {"credential_id": credential_id, "ip": credential["_ip"], "country": country, "city": city}, 200
        )

    # --- bound external accounts ----------------------------------------------

    def get_current_user_accounts(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        caller = self._caller(token_info)
        return self._page([public(binding) for binding in self._owned("oauth-account", caller)], page, count)

    def delete_current_user_account(self, user_account_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("oauth-account", user_account_id, caller, "userAccountId")
        self._delete("oauth-account", user_account_id)
        return empty(204)

    # --- helpers ----------------------------------------------------------

    def _check_time_zone(self, time_zone_id: int | None) -> None:
        if time_zone_id is not None and by_id(TIME_ZONES, time_zone_id) is None:
            raise ApiError(404, f"time_zone_id: no time zone {time_zone_id}")

    def _contract(self, user_id: int) -> dict[str, Any]:
        contract = self._store.get(PROVIDER, "contract", str(user_id))
        if contract is None:
            raise ApiError(404, "no contract has been initiated; start one with initiateCurrentUserContract")
        return contract

    def _contract_view(self, contract: dict[str, Any]) -> dict[str, Any]:
        shown = public(contract)
        signed = isoparse(contract["created_at"]) + _CONTRACT_REVIEW
        if self._now() >= signed:
            shown.update(state="SIGNED", signed_at=isoformat(signed))
        else:
            shown["state"] = "PENDING"
        return shown


_CONTRACT_FIELDS = (
    "legal_entity_id",
    "company_name",
    "inn",
    "kpp",
    "ogrn",
    "address",
    "contact_person",
    "email",
    "phone",
)


def _e164(phone: str | None) -> str | None:
    return None if phone is None else plus_digits(phone)
