"""The Jo Mobile operations: one method per operationId in ``specs/jomobile.yaml``.

Connexion has already checked the access token and validated the body
against the spec before a method runs; the methods hold only behaviour.
Everything is scoped to the customer the token belongs to
(``token_info["sub"]``). A rejected request raises ``ApiError(400, message,
code=<field>)``: the provider renders the field as the key of ``errors``.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any

from ...core.money import NotEnoughMoney
from ...core.runtime import Runtime
from ...http.errors import ApiError
from ...http.replies import Reply, json_reply
from ...http.security import TokenInfo
from ..gsm import segment
from . import accounts, contacts, reference, sending
from .accounts import LoginRejected
from .contacts import UnknownGroup, contact_view, digits, fill_in, given
from .dates import at, parse_date, parse_period, parse_time, stamp
from .messages import DEFAULT_LIFETIME_SECONDS, PART_LENGTHS, Outgoing, status_at
from .search import Search

PACKAGE_SIZE = 100
"""The document: "Not more then 100 messages by one package", counted after lists of numbers are spread."""


Body = dict[str, Any]

TYPOGRAPHY = str.maketrans(
    {
        "\u201c": '"',  # left double quotation mark
        "\u201d": '"',  # right double quotation mark
        "\u201e": '"',  # double low-9 quotation mark
        "\u00ab": '"',  # left guillemet
        "\u00bb": '"',  # right guillemet
        "\u2018": "'",  # left single quotation mark
        "\u2019": "'",  # right single quotation mark
        "\u201a": "'",  # single low-9 quotation mark
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2026": "...",  # ellipsis
        "\u00a0": " ",  # no-break space
    }
)
"""Typographic characters and their plain GSM-7 replacements (``/v1/replacement``)."""


def ok(data: Any) -> Reply:
    """The vendor's success envelope."""
    return json_reply({"status": True, "data": data}, 200)


def rejected(field: str, message: str) -> ApiError:
    return ApiError(400, message, code=field)


class JoMobileApi:
    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._store = runtime.store
        self._clock = runtime.clock

    # --- token and account ----------------------------------------------------

    def authorize(self, body: Body) -> Reply:
        try:
            code = accounts.authorize(self._store, body["username"], body["password"], self._clock.now())
        except LoginRejected as refused:
            raise rejected(refused.field, str(refused)) from None
        return ok({"authorization_code": code})

    def create_access_token(self, body: Body) -> Reply:
        try:
            token, expires = accounts.exchange(self._store, body["authorization_code"], self._clock.now())
        except LoginRejected as refused:
            raise rejected(refused.field, str(refused)) from None
        return ok({"access_token": token, "expires_at": int(expires.timestamp())})

    def logout(self, token_info: TokenInfo) -> Reply:
        accounts.logout(self._store, token_info["token"])
        return ok({"logout": True})

    def get_me(self, token_info: TokenInfo) -> Reply:
        return ok(accounts.profile(accounts.customer(self._store, token_info["sub"])))

    def register_customer(self, body: Body) -> Reply:
        fields = {**body, "skype": given(body.get("skype")), "company_name": given(body.get("company_name"))}
        try:
            customer = accounts.register(self._store, fields)
        except LoginRejected as refused:
            raise rejected(refused.field, str(refused)) from None
        return ok(accounts.profile(customer))

    # --- sending --------------------------------------------------------------

    def send_sms(self, body: list[Body], token_info: TokenInfo) -> Reply:
        login, now = token_info["sub"], self._clock.now()
        outgoing: list[Outgoing] = []
        entries: list[Body | None] = []
        spread = [(message, digits(number)) for message in body for number in _numbers(message["number"])]
        if len(spread) > PACKAGE_SIZE:
            raise rejected(
                "number", f"Not more than {PACKAGE_SIZE} messages by one package; this one makes {len(spread)}."
            )
        for message, number in spread:
            if contacts.is_black_listed(self._store, login, number):
                entries.append({"id": None, "number": number, "status": "BLACKLISTED", "parts": 0, "price": 0.0})
                continue
            outgoing.append(
                Outgoing(
                    number=number,
                    sender=message["senderID"],
                    text=message["text"],
                    type=str(given(message.get("type")) or "SMS").upper(),
                    due=_begin(given(message.get("beginDate")), given(message.get("beginTime")), now),
                    lifetime=int(message.get("lifetime", DEFAULT_LIFETIME_SECONDS)),
                    delivery=bool(message.get("delivery", False)),
                )
            )
            entries.append(None)
        records = iter(self._submit(login, outgoing))
        reply = []
        for entry in entries:
            if entry is None:
                record = next(records)
                entry = {
                    "id": record["id_base"],
                    "number": record["phone"],
                    "status": "SCHEDULED" if status_at(record, now)[0] == "SCHEDULED" else "SENT",
                    "parts": record["parts"],
                    "price": float(Decimal(record["price"])),
                }
            reply.append(entry)
        return ok(reply)

    def send_to_groups(self, body: Body, token_info: TokenInfo) -> Reply:
        login, now = token_info["sub"], self._clock.now()
        start, stop = _window(body, now)
        lifetime = DEFAULT_LIFETIME_SECONDS if stop is None else max(1, math.ceil((stop - now).total_seconds()))
        included = self._groups(login, body.get("id_group"), "id_group")
        excluded = self._groups(login, body.get("id_group_excluded"), "id_group_excluded")
        left_out = {
            contact["number"] for group in excluded for contact in contacts.numbers(self._store, group["id_group"])
        }
        recipients: dict[str, tuple[Body, int | None]] = {}
        for group in included:
            for contact in contacts.numbers(self._store, group["id_group"]):
                recipients.setdefault(contact["number"], (contact, group["id_group"]))
        if given(body.get("phone")):
            number = digits(body["phone"])
            recipients.setdefault(number, ({"number": number}, None))
        outgoing = [
            Outgoing(
                number=number,
                sender=body["senderID"],
                text=fill_in(body["text"], contact),
                type="SMS",
                due=start,
                lifetime=lifetime,
                delivery=True,
                id_group=id_group,
            )
            for number, (contact, id_group) in recipients.items()
            if number not in left_out and not contacts.is_black_listed(self._store, login, number)
        ]
        records = self._submit(login, outgoing)
        return ok({"count": len(records), "id_base": [record["id_base"] for record in records]})

    def get_sms_full_data(self, body: Body, token_info: TokenInfo) -> Reply:
        phones, ids = given(body.get("phone")), given(body.get("id_base"))
        period, kind = given(body.get("time_period")), given(body.get("type_sms"))
        search = Search(
            mcc=body.get("MCC"),
            mnc=body.get("MNC"),
            sender=given(body.get("sender")),
            phones=frozenset(digits(phone) for phone in phones) if phones else None,  # empty: any, like absent
            ids=frozenset(int(id_base) for id_base in ids) if ids else None,
            period=None if period is None else parse_period(period),
            type=None if kind is None else str(kind).upper(),
            limit=body.get("limit"),
        )
        login = token_info["sub"]
        return ok(search.find(self._store, login, self._clock.now()))

    def refactor_sms_get(self, token_info: TokenInfo, number: str, sender_id: str, text: str) -> Reply:
        """The GET form: one message in the query string."""
        return self.refactor_sms([{"number": number, "senderID": sender_id, "text": text}], token_info)

    def refactor_sms(self, body: list[Body], token_info: TokenInfo) -> Reply:
        refactored = []
        for message in body:
            text = message["text"].translate(TYPOGRAPHY)
            split = segment(text, PART_LENGTHS)
            refactored.append(
                {
                    "number": re.sub(r"[^0-9]", "", message["number"]),
                    "senderID": _sender(message["senderID"]),
                    "text": text,
                    "encoding": split.encoding,
                    "parts": len(split.parts),
                }
            )
        return ok(refactored)

    # --- groups ---------------------------------------------------------------

    def list_groups(self, body: Body, token_info: TokenInfo) -> Reply:
        groups = contacts.groups(self._store, token_info["sub"])
        if body.get("id_group"):
            groups = [group for group in groups if group["id_group"] == body["id_group"]]
        page, size = body.get("offset", 0), body.get("limit") or max(len(groups), 1)  # the document: "page of view"
        window = groups[page * size : (page + 1) * size]
        return ok({"total": len(groups), "groups": [contacts.view(self._store, group) for group in window]})

    def create_group(self, body: Body, token_info: TokenInfo) -> Reply:
        group = contacts.create_group(self._store, token_info["sub"], body)
        return ok(contacts.view(self._store, group))

    def delete_groups(self, body: Body, token_info: TokenInfo) -> Reply:
        return ok({"id_group": contacts.delete_groups(self._store, token_info["sub"], body["id_group"])})

    def add_group_numbers(self, body: Body, token_info: TokenInfo) -> Reply:
        (group,) = self._groups(token_info["sub"], [body["id_group"]], "id_group")
        added, updated = contacts.add_numbers(self._store, group["id_group"], body["numbers"])
        return ok({"id_group": group["id_group"], "added": added, "updated": updated, "deleted": 0})

    def search_group_numbers(self, body: Body, token_info: TokenInfo) -> Reply:
        (group,) = self._groups(token_info["sub"], [body["id_group"]], "id_group")
        numbers = given(body.get("numbers")) or None
        return ok([contact_view(contact) for contact in contacts.numbers(self._store, group["id_group"], numbers)])

    def delete_group_numbers(self, body: Body, token_info: TokenInfo) -> Reply:
        (group,) = self._groups(token_info["sub"], [body["id_group"]], "id_group")
        deleted = contacts.delete_numbers(self._store, group["id_group"], body["numbers"])
        return ok({"id_group": group["id_group"], "added": 0, "updated": 0, "deleted": deleted})

    # --- black list -------------------------------------------------------------

    def add_to_black_list(self, body: Body, token_info: TokenInfo) -> Reply:
        return ok({"numbers": contacts.black_list_add(self._store, token_info["sub"], body["numbers"])})

    def search_black_list(self, body: Body, token_info: TokenInfo) -> Reply:
        numbers = given(body.get("numbers")) or None
        return ok({"numbers": contacts.black_list(self._store, token_info["sub"], numbers)})

    def delete_from_black_list(self, body: Body, token_info: TokenInfo) -> Reply:
        return ok({"numbers": contacts.black_list_delete(self._store, token_info["sub"], body["numbers"])})

    # --- prices and countries -------------------------------------------------

    def get_product_prices(self, body: Body, token_info: TokenInfo) -> Reply:
        return ok(_product_prices(body, Decimal(0)))

    def get_account_prices(self, body: Body, token_info: TokenInfo) -> Reply:
        discount = Decimal(accounts.customer(self._store, token_info["sub"])["discount"])
        return ok(_product_prices(body, discount))

    def get_country_prices(self, body: Body, token_info: TokenInfo) -> Reply:
        found = reference.countries(given(body.get("ISO")), body.get("MCC"))
        return ok(
            [
                {
                    "country": country.name,
                    "ISO": country.iso,
                    "MCC": country.mcc,
                    "price": float(max(network.sms_price for network in country.networks)),
                    "currency": reference.CURRENCY,
                }
                for country in found
            ]
        )

    def list_countries_by_continent(self, token_info: TokenInfo) -> Reply:
        continents: dict[str, list[Body]] = {}
        for country in reference.COUNTRIES:
            continents.setdefault(country.continent, []).append(
                {"country": country.name, "ISO": country.iso, "MCC": country.mcc}
            )
        return ok([{"continent": name, "countries": countries} for name, countries in continents.items()])

    # --- helpers ----------------------------------------------------------------

    def _groups(self, login: str, ids: Any, field: str) -> list[Body]:
        try:
            return [contacts.group(self._store, login, id_group, field) for id_group in dict.fromkeys(given(ids) or [])]
        except UnknownGroup as unknown:
            raise rejected(unknown.field, str(unknown)) from None

    def _submit(self, login: str, outgoing: list[Outgoing]) -> list[Body]:
        try:
            return sending.submit(self._runtime, login, outgoing)
        except NotEnoughMoney as short:
            raise rejected("balance", sending.short_of_money(short)) from None


def _begin(day: str | None, moment: str | None, now: datetime) -> datetime:
    """When a message planned for ``day`` at ``moment`` goes out: not before now."""
    if day is None and moment is None:
        return now
    planned = at(parse_date(day) if day else now.date(), parse_time(moment) if moment else time(0, 0))
    return max(now, planned)


def _window(body: Body, now: datetime) -> tuple[datetime, datetime | None]:
    """(start, stop) of a group sending; refuses a window that is already over."""
    day_text, start_text, stop_text = (given(body.get(key)) for key in ("dateStart", "timeStart", "timeStop"))
    day = max(parse_date(day_text), now.date()) if day_text else now.date()  # a past day is read as today
    opens = parse_time(start_text) if start_text else time(0, 0)
    start = max(now, at(day, opens)) if (day_text or start_text) else now
    if stop_text is None:
        return start, None
    closes = parse_time(stop_text)
    try:
        stop = at(day + timedelta(days=1), closes) if closes <= opens else at(day, closes)
    except OverflowError:  # the window of 31 December 9999 ends with time itself
        stop = datetime.max.replace(tzinfo=now.tzinfo)
    if stop <= now:
        raise rejected("timeStop", f"The sending window ended at {stamp(stop)}.")
    return start, stop


def _numbers(number: str | list[str]) -> list[str]:
    """A message's ``number``: one number, or a list of them (one message each)."""
    return number if isinstance(number, list) else [number]


def _sender(sender: str) -> str:
    """A sender ID as it goes out: trimmed, at most 11 characters (15 for a number)."""
    trimmed = sender.strip()
    number = trimmed.lstrip("+")
    return number[:15] if number.isdigit() else trimmed[:11]


def _product_prices(body: Body, discount: Decimal) -> list[Body]:
    mnc = body.get("MNC")
    rows = []
    for country in reference.countries(given(body.get("ISO")), body.get("MCC")):
        for network in country.networks:
            if mnc is not None and network.mnc != mnc:
                continue
            for product in reference.PRODUCTS:
                price = (reference.product_price(network, product) * (1 - discount)).quantize(Decimal("0.0001"))
                rows.append(
                    {
                        "product": product,
                        "country": country.name,
                        "ISO": country.iso,
                        "MCC": country.mcc,
                        "MNC": network.mnc,
                        "operator": network.operator,
                        "price": float(price),
                        "currency": reference.CURRENCY,
                    }
                )
    return rows
