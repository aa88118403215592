"""SMS messages, campaigns and the sending history.

Sending checks every message first (route, routing policy, sender), then
charges the whole request at once and stores the messages; their states
then follow the emulated clock (see ``messages.py``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from ....core.clock import isoformat
from ....core.store import Document
from ....http.errors import ApiError
from ....http.replies import Reply, empty, json_reply
from ...base import TokenInfo
from .. import PROVIDER, messages, numbers
from ..accounts import Caller
from ..reference import BILLING_PLANS, DEFAULT_SENDER, by_id
from ..search import sql
from .base import HandlerBase, without_none

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class MessagingHandlers(HandlerBase):
    # --- SMS messages -----------------------------------------------------

    def send_sms(self, body: dict[str, Any] | list[dict[str, Any]], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        items = (
            [(f"body[{index}]", item) for index, item in enumerate(body)]
            if isinstance(body, list)
            else [("body", body)]
        )
        created = self._send(caller, items, campaign_id=None, description="SMS messages")
        ids = [message["id"] for message in created]
        return json_reply({"result": "created", "id": ids[0], "count": len(ids), "ids": ids}, 201)

    def query_sms(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        view = self._message_search(self._caller(token_info))
        return self._search_stored(
            view, self._message_view, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain
        )

    def query_sms_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count_stored(self._message_search(self._caller(token_info)), query)

    def get_sms_by_id(self, sms_id: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._message_view(self._find("message", sms_id, caller, "smsId")), 200)

    def update_sms_by_id(self, sms_id: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        current = self._message_view(self._find("message", sms_id, caller, "smsId"))
        if current["state"] not in messages.UNSENT_STATES:
            raise ApiError(409, f"smsId: message {sms_id} is {current['state']}; only unsent messages can change")
        self._stop_or_restart(sms_id, body["stopped"])
        return json_reply(self._message_view(self._find("message", sms_id, caller, "smsId")), 200)

    def update_sms(self, query: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        matched = self._matching_stored(self._message_search(caller), query)
        unsent = [view for view in map(self._message_view, matched) if _unsent(view)]
        for view in unsent:
            self._stop_or_restart(view["id"], body["stopped"])
        return json_reply({"result": "updated", "count": len(unsent)}, 200)

    def delete_sms_by_id(self, sms_id: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("message", sms_id, caller, "smsId")
        self._delete("message", sms_id)
        return empty(204)

    def delete_sms(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching_stored(self._message_search(caller), query)
        for message in found:
            self._delete("message", message["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    def get_sms_probe(self, receiver: str, text: str | None = None) -> Reply:
        destination = numbers.destination(receiver)
        probe: Document = {"phone_is_valid": destination is not None}
        if destination is not None:
            probe.update(phone_e164=destination.e164, phone_country=destination.country)
        if text is not None:
            parts, encoding = messages.measure(text)
            probe.update(text_length=len(text), text_parts=parts, text_encoding=encoding)
        return json_reply(probe, 200)

    # --- history ----------------------------------------------------------

    def query_history(
        self,
        phone: str,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        caller = self._caller(token_info)
        receiver = numbers.plus_digits(phone)
        view = messages.search_view(caller.user_id, self._now(), self._delivery_delay, receiver=receiver)
        return self._search_stored(
            view, self._message_view, page=page, count=count, query=None, sort=sort, fields=fields, plain=plain
        )

    # --- campaigns --------------------------------------------------------

    def send_sms_campaign(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        list_id = body["contact_list_id"]
        self._find("contact-list", list_id, caller, "contact_list_id")
        contacts = self._contacts_of(caller, list_id)
        if "segment_id" in body:
            segment = self._find("segment", body["segment_id"], caller, "segment_id")
            if segment["_list"] != list_id:
                raise ApiError(404, f"segment_id: list {list_id} has no segment {body['segment_id']}")
            contacts = self._matching(contacts, segment["query"])
        campaign_id = messages.snowflake(self._store, self._clock)
        fields = {"name", "phone", "email"} | {
            prop["name"] for prop in self._owned("property", caller, lambda doc: doc["_list"] == list_id)
        }
        items = [
            (
                f"contact {contact['id']}",
                {
                    "sender": body.get("sender"),
                    "receiver": contact["phone"],
                    "text": _personalize(body["text"], contact, fields),
                    "send_after": body.get("send_after"),
                },
            )
            for contact in contacts
        ]
        created = self._send(caller, items, campaign_id=campaign_id, description=f"Campaign {body['name']}")
        campaign = without_none(
            {
                "id": campaign_id,
                "name": body["name"],
                "sender": body.get("sender") or DEFAULT_SENDER,
                "text": body["text"],
                "contact_list_id": list_id,
                "segment_id": body.get("segment_id"),
                "currency": self._user(caller)["currency"],
                "created_at": self._stamp(),
                "send_after": _normalized_time(body.get("send_after")),
                "_user": caller.user_id,
                "_stopped": False,
            }
        )
        self._put("campaign", campaign)
        return json_reply({"result": "created", "id": campaign_id, "count": len(created)}, 201)

    def query_sms_campaigns(
        self,
        token_info: TokenInfo,
        page: int = 1,
        count: int = 10,
        query: str | None = None,
        sort: str | None = None,
        fields: str | None = None,
        plain: bool = False,
    ) -> Reply:
        views = self._campaign_views(self._caller(token_info))
        return self._search(
            views, page=page, count=count, query=query, sort=sort, fields=fields, plain=plain, newest_first=True
        )

    def query_sms_campaign_count(self, token_info: TokenInfo, query: str | None = None) -> Reply:
        return self._count(self._campaign_views(self._caller(token_info)), query)

    def get_sms_campaign_by_id(self, sms_campaign_id: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        return json_reply(self._campaign_view(caller, sms_campaign_id), 200)

    def update_sms_campaign_by_id(self, sms_campaign_id: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        current = self._campaign_view(caller, sms_campaign_id)
        if current["state"] == "FINISHED":
            raise ApiError(409, f"smsCampaignId: campaign {sms_campaign_id} is FINISHED and cannot change")
        self._stop_or_restart_campaign(caller, sms_campaign_id, body["stopped"])
        return json_reply(self._campaign_view(caller, sms_campaign_id), 200)

    def update_sms_campaigns(self, query: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        changing = [view for view in self._matching(self._campaign_views(caller), query) if view["state"] != "FINISHED"]
        for view in changing:
            self._stop_or_restart_campaign(caller, view["id"], body["stopped"])
        return json_reply({"result": "updated", "count": len(changing)}, 200)

    def delete_sms_campaign_by_id(self, sms_campaign_id: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        self._find("campaign", sms_campaign_id, caller, "smsCampaignId")
        self._delete_campaign(caller, sms_campaign_id)
        return empty(204)

    def delete_sms_campaigns(self, query: str, token_info: TokenInfo) -> Reply:
        caller = self._caller(token_info)
        found = self._matching(self._campaign_views(caller), query)
        for view in found:
            self._delete_campaign(caller, view["id"])
        return json_reply({"result": "deleted", "count": len(found)}, 200)

    def get_sms_campaign_countries(self, sms_campaign_id: str, token_info: TokenInfo) -> Reply:
        found = self._campaign_messages(self._caller(token_info), sms_campaign_id)
        totals: dict[str, dict[str, Any]] = defaultdict(lambda: {"messages": 0, "parts": 0, "cost": 0.0})
        for message in found:
            entry = totals[message.get("country", "ZZ")]
            entry["messages"] += 1
            entry["parts"] += message["parts"]
            entry["cost"] += message["cost"]
        entries = [{"country": country, **entry, "cost": round(entry["cost"], 2)} for country, entry in totals.items()]
        entries.sort(key=lambda entry: (-entry["messages"], entry["country"]))
        return json_reply(entries, 200)

    def get_sms_campaign_parts(self, sms_campaign_id: str, token_info: TokenInfo) -> Reply:
        found = self._campaign_messages(self._caller(token_info), sms_campaign_id)
        counted = Counter(message["parts"] for message in found)
        return json_reply([{"parts": parts, "messages": counted[parts]} for parts in sorted(counted)], 200)

    def get_sms_campaign_states(self, sms_campaign_id: str, token_info: TokenInfo) -> Reply:
        found = self._campaign_messages(self._caller(token_info), sms_campaign_id)
        counted = Counter((message["state"], message.get("error_code")) for message in found)
        entries = [
            without_none({"state": state, "error_code": code, "messages": number})
            for (state, code), number in sorted(counted.items(), key=lambda item: (item[0][0], item[0][1] or 0))
        ]
        return json_reply(entries, 200)

    # --- sending ----------------------------------------------------------

    def _send(
        self,
        caller: Caller,
        items: list[tuple[str, dict[str, Any]]],
        *,
        campaign_id: str | None,
        description: str,
    ) -> list[Document]:
        """Check, charge and store one message per item (labelled for error messages); all or nothing."""
        user = self._user(caller)
        plan = by_id(BILLING_PLANS, user["billing_plan_id"]) or BILLING_PLANS[0]
        approved = {sender["sender"] for sender in self._sender_views(caller) if sender["state"] == "APPROVED"}
        now = self._now()
        prepared = []
        for label, item in items:
            destination = numbers.destination(item["receiver"])
            if destination is None:
                raise ApiError(403, f"{label}.receiver: BYTEHAND has no route to {item['receiver']!r}")
            routing = user["routing"]
            if routing["mode"] == "listed" and destination.country not in routing["countries"]:
                raise ApiError(
                    403, f"{label}.receiver: the routing policy does not allow sending to {destination.country}"
                )
            sender = item.get("sender") or DEFAULT_SENDER
            if sender != DEFAULT_SENDER and sender not in approved:
                raise ApiError(403, f"{label}.sender: {sender!r} is not an APPROVED signature of this account")
            parts, encoding = messages.measure(item["text"])
            price = round(destination.route["price"] * (100 - plan["discount_percent"]) / 100, 2)
            prepared.append((item, destination, sender, parts, encoding, round(parts * price, 2)))
        total = round(sum(cost for *_, cost in prepared), 2)
        ids = [messages.snowflake(self._store, self._clock) for _ in prepared]
        if prepared and total > 0:
            self._move_balance(caller, -total, "charge", description, message_ids=ids)
        created = []
        for message_id, (item, destination, sender, parts, encoding, cost) in zip(ids, prepared, strict=True):
            message = without_none(
                {
                    "id": message_id,
                    "sender": sender,
                    "receiver": destination.e164,
                    "text": item["text"],
                    "parts": parts,
                    "encoding": encoding,
                    "cost": cost,
                    "currency": user["currency"],
                    "country": destination.country,
                    "operator": destination.route["operator"],
                    "campaign_id": campaign_id,
                    "created_at": isoformat(now),
                    "send_after": _normalized_time(item.get("send_after")),
                    "_user": caller.user_id,
                    "_release_at": isoformat(messages.release_time(item.get("send_after"), now)),
                    "_outcome": messages.outcome_for(destination.digits),
                    "_stopped": False,
                }
            )
            created.append(self._put("message", message))
        self._top_up_if_low(caller)
        return created

    def _top_up_if_low(self, caller: Caller) -> None:
        """The auto payment: top the balance up once it falls below the threshold."""
        recurring = self._store.get(PROVIDER, "recurring", str(caller.user_id))
        if recurring is not None and float(self._user(caller)["balance"]) < recurring["threshold"]:
            self._move_balance(caller, recurring["amount"], "deposit", f"Auto payment ({recurring['method']})")

    def _stop_or_restart(self, sms_id: str, stopped: bool) -> None:
        now = self._now()
        self._store.update(PROVIDER, "message", str(sms_id), lambda doc: messages.stop_or_restart(doc, stopped, now))

    # --- views ------------------------------------------------------------

    def _message_view(self, message: Document) -> Document:
        return messages.view(message, self._now(), self._delivery_delay)

    def _message_search(self, caller: Caller) -> sql.View:
        return messages.search_view(caller.user_id, self._now(), self._delivery_delay)

    def _campaign_messages(self, caller: Caller, campaign_id: str) -> list[Document]:
        self._find("campaign", campaign_id, caller, "smsCampaignId")
        view = messages.search_view(caller.user_id, self._now(), self._delivery_delay, campaign_id=campaign_id)
        oldest_first = reversed(self._matching_stored(view, None))
        return [self._message_view(message) for message in oldest_first]

    def _campaign_view(self, caller: Caller, campaign_id: str) -> Document:
        campaign = self._find("campaign", campaign_id, caller, "smsCampaignId")
        return messages.campaign_view(campaign, self._campaign_messages(caller, campaign_id))

    def _campaign_views(self, caller: Caller) -> list[Document]:
        # Each campaign's messages through the (user, campaign_id) index, not every message the user sent.
        return [
            messages.campaign_view(campaign, self._campaign_messages(caller, campaign["id"]))
            for campaign in self._owned("campaign", caller)
        ]

    def _stop_or_restart_campaign(self, caller: Caller, campaign_id: str, stopped: bool) -> None:
        self._store.update(PROVIDER, "campaign", campaign_id, lambda doc: doc.update(_stopped=stopped))
        for view in self._campaign_messages(caller, campaign_id):
            if _unsent(view):
                self._stop_or_restart(view["id"], stopped)

    def _delete_campaign(self, caller: Caller, campaign_id: str) -> None:
        for view in self._campaign_messages(caller, campaign_id):
            self._delete("message", view["id"])
        self._delete("campaign", campaign_id)


def _unsent(view: Document) -> bool:
    return view["state"] in messages.UNSENT_STATES


def _normalized_time(text: str | None) -> str | None:
    return None if text is None else isoformat(messages.parse_time(text))


def _personalize(text: str, contact: Document, fields: set[str]) -> str:
    """The text with ``{name}``, ``{phone}``, ``{email}`` and ``{<property>}`` filled in from the contact.

    A field the contact has no value for becomes empty; braces around anything else stay as they are.
    """
    values = {**contact.get("properties", {}), **{key: contact.get(key) for key in ("name", "phone", "email")}}

    def fill(found: re.Match[str]) -> str:
        key = found.group(1)
        return str(values.get(key) or "") if key in fields else found.group(0)

    return _PLACEHOLDER.sub(fill, text)
