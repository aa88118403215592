"""Payments: bonuses, deposits, invoices, paybacks, auto payments, acts, referrals and transactions."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from ....core.clock import isoformat
from ....core.store import Document
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER, ledger
from ..accounts import Caller, public
from ..ledger import payback_description
from ..messages import user_views
from ..reference import CURRENCY, DEPOSIT_OPTIONS, LEGAL_ENTITIES, PROMO_CODES, STARTUP_BONUS, by_id
from .base import HandlerBase

DEPOSIT_DELAY = timedelta(minutes=1)
"""How long after a deposit request its payment arrives in the emulator."""
INVOICE_DELAY = timedelta(hours=1)
"""How long after an invoice is issued its bank transfer arrives in the emulator."""
PAYBACK_DELAY = timedelta(days=1)
"""How long after a withdrawal request the money goes out in the emulator."""
REFERRAL_REWARD = 0.1
"""The share of a referral's spending that its referrer earns."""


class PaymentHandlers(HandlerBase):
    # --- bonuses ----------------------------------------------------------

    def activate_bonus(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        code = body["code"].strip()
        if code not in PROMO_CODES:
            raise ApiError(404, f"code: no promo code {code!r}")
        if code in self._user(caller).get("_promo_codes", []):
            raise ApiError(409, f"code: promo code {code!r} has already been activated")
        self._store.update(
            PROVIDER, "user", str(caller.user_id), lambda user: user.setdefault("_promo_codes", []).append(code)
        )
        return json_reply(self._credit_bonus(caller, code, PROMO_CODES[code]), 201)

    def activate_startup_bonus(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        if self._user(caller).get("_startup_bonus"):
            raise ApiError(409, "the startup bonus has already been activated")
        self._store.update(PROVIDER, "user", str(caller.user_id), lambda user: user.update(_startup_bonus=True))
        return json_reply(self._credit_bonus(caller, "startup", STARTUP_BONUS), 201)

    # --- deposits ---------------------------------------------------------

    def get_possible_deposit_requests(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        self._caller(token_info)
        return self._page(DEPOSIT_OPTIONS, page, count)

    def create_deposit_request(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        option = _deposit_option(body["method"])
        amount = round(body["amount"], 2)
        if not option["min_amount"] <= amount <= option["max_amount"]:
            raise ApiError(
                403,
                f"amount: {option['name']} takes {option['min_amount']:.2f} to {option['max_amount']:.2f} {CURRENCY}",
            )
        deposit_id = self._new_id("deposit")
        deposit = {
            "id": deposit_id,
            "method": option["method"],
            "amount": amount,
            "currency": CURRENCY,
            "payment_url": f"https://pay.bytehand.com/deposits/{deposit_id}",
            "created_at": self._stamp(),
            "_user": caller.user_id,
            "_due_at": isoformat(self._now() + DEPOSIT_DELAY),
            "_paid": False,
        }
        self._put("deposit", deposit)
        return json_reply(deposit_view(deposit), 201)

    # --- invoices ---------------------------------------------------------

    def get_invoices(self, token_info: TokenInfo, page: int = 1, count: int = 10) -> Reply:
        caller = self._caller(token_info)
        return self._page([public(invoice) for invoice in reversed(self._owned("invoice", caller))], page, count)

    def create_invoice(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        entity_id = body.get("legal_entity_id")
        if entity_id is None:
            contract = self._store.get(PROVIDER, "contract", str(caller.user_id))
            entity_id = contract["legal_entity_id"] if contract else LEGAL_ENTITIES[0]["id"]
        entity = by_id(LEGAL_ENTITIES, entity_id)
        if entity is None:
            raise ApiError(404, f"legal_entity_id: no legal entity {entity_id}")
        invoice_id = self._new_id("invoice")
        invoice = {
            "id": invoice_id,
            "number": f"BH-{invoice_id:06d}",
            "amount": round(body["amount"], 2),
            "currency": entity["currency"],
            "state": "UNPAID",
            "legal_entity_id": entity_id,
            "created_at": self._stamp(),
            "document_url": f"https://api.bytehand.com/v2/payments/invoices/{invoice_id}/document.pdf",
            "_user": caller.user_id,
            "_due_at": isoformat(self._now() + INVOICE_DELAY),
        }
        return json_reply(public(self._put("invoice", invoice)), 201)

    def get_invoice_by_id(self, invoice_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(public(self._find("invoice", invoice_id, caller, "invoiceId")), 200)

    def delete_invoice(self, invoice_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        invoice = self._find("invoice", invoice_id, caller, "invoiceId")
        if invoice["state"] != "UNPAID":
            raise ApiError(409, f"invoiceId: invoice {invoice_id} is paid and cannot be deleted")
        self._delete("invoice", invoice_id)
        return empty(204)

    # --- paybacks and auto payments -------------------------------------------

    def create_payback(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        amount = round(body["amount"], 2)
        self._move_balance(caller, -amount, "payback", payback_description(body["details"], paid=False))
        recorded = self._owned("transaction", caller, lambda doc: doc["type"] == "payback")
        payback = {
            "id": self._new_id("payback"),
            "amount": amount,
            "currency": CURRENCY,
            "state": "PENDING",
            "details": body["details"],
            "created_at": self._stamp(),
            "_user": caller.user_id,
            "_due_at": isoformat(self._now() + PAYBACK_DELAY),
            "_transaction": max(recorded, key=lambda doc: int(doc["id"]))["id"],  # the one just recorded
        }
        return json_reply(public(self._put("payback", payback)), 201)

    def create_recurring_payment(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        option = _deposit_option(body["method"])
        if self._store.get(PROVIDER, "recurring", str(caller.user_id)) is not None:
            raise ApiError(409, "an auto payment is already on; delete it first")
        recurring = {
            "method": option["method"],
            "amount": round(body["amount"], 2),
            "threshold": round(body["threshold"], 2),
            "currency": CURRENCY,
            "created_at": self._stamp(),
        }
        self._store.put(PROVIDER, "recurring", str(caller.user_id), recurring)
        return json_reply(recurring, 201)

    def delete_recurring_payment(self, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        if self._store.delete(PROVIDER, "recurring", str(caller.user_id)) is None:
            raise ApiError(404, "no auto payment is on")
        return empty(204)

    # --- acts -------------------------------------------------------------

    def get_provided_services_acts(
        self, token_info: TokenInfo, year: int | None = None, page: int = 1, count: int = 10
    ) -> Reply:
        caller = self._caller(token_info)
        months: dict[str, dict[str, Any]] = defaultdict(lambda: {"amount": 0.0, "messages": 0})
        for charge in self._owned("transaction", caller, lambda doc: doc["type"] == "charge"):
            period = charge["created_at"][:7]
            if year is None or period.startswith(f"{year:04d}-"):
                months[period]["amount"] -= charge["amount"]
                months[period]["messages"] += charge.get("messages", 0)
        acts = [
            {
                "period": period,
                "amount": round(totals["amount"], 2),
                "currency": CURRENCY,
                "messages": totals["messages"],
                "document_url": f"https://api.bytehand.com/v2/payments/acts/{period}.pdf",
            }
            for period, totals in sorted(months.items(), reverse=True)
        ]
        return self._page(acts, page, count)

    # --- referrals ----------------------------------------------------------

    def query_referrals(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._referral_views(self._caller(token_info))
        return self._search(views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain)

    def query_referral_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._referral_views(self._caller(token_info)), query)

    def get_referral_by_id(self, referral_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._referral_view(self._referral(caller, referral_id)), 200)

    def get_referral_statistics_by_id(self, referral_id: int, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        referral = self._referral(caller, referral_id)
        sent = user_views(self._store, referral["id"], self._now(), self._delivery_delay)
        spent = self._spent(referral["id"])
        statistics = {
            "referral_id": referral_id,
            "messages": len(sent),
            "parts": sum(message["parts"] for message in sent),
            "spent": spent,
            "reward": round(spent * REFERRAL_REWARD, 2),
            "currency": CURRENCY,
        }
        return json_reply(statistics, 200)

    # --- transactions -------------------------------------------------------

    def query_transactions(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        view = ledger.transaction_search(self._caller(token_info).user_id)
        return self._search_stored(
            view, public, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain
        )

    def query_transaction_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count_stored(ledger.transaction_search(self._caller(token_info).user_id), query)

    # --- helpers ----------------------------------------------------------

    def _credit_bonus(self, caller: Caller, code: str, amount: float) -> Document:
        self._move_balance(caller, amount, "bonus", f"Bonus {code}")
        return {"code": code, "amount": amount, "currency": CURRENCY, "activated_at": self._stamp()}

    def _referral(self, caller: Caller, referral_id: int) -> Document:
        found = self._store.get(PROVIDER, "user", str(referral_id))
        if found is None or found.get("referrer_id") != caller.user_id:
            raise ApiError(404, f"referralId: no referral {referral_id}")
        return found

    def _referral_views(self, caller: Caller) -> list[Document]:
        referrals = self._store.list(PROVIDER, "user", lambda user: user.get("referrer_id") == caller.user_id)
        return [self._referral_view(referral) for referral in referrals]

    def _referral_view(self, referral: Document) -> Document:
        spent = self._spent(referral["id"])
        return {
            "id": referral["id"],
            "email": _masked(referral["email"]),
            "registered_at": referral["created_at"],
            "spent": spent,
            "reward": round(spent * REFERRAL_REWARD, 2),
            "currency": referral["currency"],
        }

    def _spent(self, user_id: int) -> float:
        charges = self._store.list(
            PROVIDER, "transaction", lambda doc: doc.get("_user") == user_id and doc["type"] == "charge"
        )
        return round(-sum(float(charge["amount"]) for charge in charges), 2)


def deposit_view(deposit: Document) -> Document:
    shown = public(deposit)
    shown["state"] = "PAID" if deposit["_paid"] else "PENDING"
    if deposit["_paid"]:
        shown["paid_at"] = deposit["_due_at"]
    return shown


def _deposit_option(method: str) -> Document:
    option = next((option for option in DEPOSIT_OPTIONS if option["method"] == method), None)
    if option is None:
        raise ApiError(404, f"method: no payment method {method!r} (see getPossibleDepositRequests)")
    return option


def _masked(email: str) -> str:
    name, _, domain = email.partition("@")
    return f"{name[:1]}***@{domain}"
