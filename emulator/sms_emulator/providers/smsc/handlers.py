"""The four SMSC scripts: one method per operationId in ``specs/smsc.yaml`` (GET and POST alike).

Connexion has checked the credentials and validated the parameters against
the spec before a method runs. The methods read the parameters again from the
raw request, decoded with the request's ``charset`` (connexion assumes
UTF-8), and answer in the request's ``fmt``; every refusal is an SMSC error
rendered by the provider, with HTTP 200.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from connexion import request
from connexion.lifecycle import ConnexionResponse

from ...core.money import NotEnoughMoney
from ...core.runtime import Runtime
from ...core.store import Document
from ...http.request_fields import request_fields
from ...http.security import TokenInfo
from . import PROVIDER, accounts, formats, ledger, messages, senders
from .commands import Commands
from .failures import fail
from .formats import Format
from .rate_limits import RateLimiter
from .reference import CURRENCY, DEFAULT_SENDER
from .translit import transliterate

Fields = dict[str, str]

NOT_FOUND = -3
"""SMSC's status for a message it does not know, given to such an entry of a status list."""


class SmscApi:
    def __init__(self, runtime: Runtime, commands: Commands) -> None:
        self._store = runtime.store
        self._clock = runtime.clock
        self._delivery_delay = runtime.delivery_delay
        self._commands = commands
        self._limits = RateLimiter(runtime)

    # --- the operations (GET takes the query string, POST the form body) ----------------

    def send_message(self, token_info: TokenInfo) -> ConnexionResponse:
        return self._run(self._send, token_info)

    def send_message_post(self, token_info: TokenInfo, body: Any = None) -> ConnexionResponse:
        return self._run(self._send, token_info)

    def get_message_status(self, token_info: TokenInfo) -> ConnexionResponse:
        return self._run(self._status, token_info)

    def get_message_status_post(self, token_info: TokenInfo, body: Any = None) -> ConnexionResponse:
        return self._run(self._status, token_info)

    def get_balance(self, token_info: TokenInfo) -> ConnexionResponse:
        return self._run(self._balance, token_info)

    def get_balance_post(self, token_info: TokenInfo, body: Any = None) -> ConnexionResponse:
        return self._run(self._balance, token_info)

    def manage_senders(self, token_info: TokenInfo) -> ConnexionResponse:
        return self._run(self._senders, token_info)

    def manage_senders_post(self, token_info: TokenInfo, body: Any = None) -> ConnexionResponse:
        return self._run(self._senders, token_info)

    def _run(self, script: Callable[[Fields, str, int], str], token_info: TokenInfo) -> ConnexionResponse:
        form = Format.of(request_fields(request.scope, "latin-1"))
        try:  # bytes that are not UTF-8 are refused; the single-byte charsets read every byte as something
            fields = request_fields(request.scope, form.charset, strict=form.charset == "utf-8")
        except UnicodeDecodeError as bad:
            raise fail(1, f"a parameter is not valid {form.charset} ({bad.reason})") from None
        return form.reply(script(fields, accounts.of(token_info), form.fmt))

    # --- send.php -------------------------------------------------------------------

    def _send(self, fields: Fields, account: str, fmt: int) -> str:
        client_id = fields.get("id", "").strip()
        message_id = (  # 0 is "no id of mine", as SMSC's own library sends on every request
            int(client_id)
            if client_id.isdigit() and int(client_id) > 0
            else self._store.next_number(f"{PROVIDER}.message", 1001)
        )
        # Errors 3, 6, 7 and 8 carry this id, so it is decided before anything is checked.
        try:
            listed = messages.phones(fields.get("phones", ""))
        except messages.BadNumber as bad:
            raise fail(7, f"phones: {bad}", message_id=message_id) from None
        if len(listed) > messages.MAX_NUMBERS:
            raise fail(1, f"phones: more than {messages.MAX_NUMBERS} numbers in one request ({len(listed)})")
        numbers = list(dict.fromkeys(listed))
        now = self._clock.now()
        try:
            due = messages.send_time(fields["time"], now) if fields.get("time", "").strip() else now
        except messages.BadTime as bad:
            raise fail(5, str(bad)) from None
        text = transliterate(fields.get("mes", ""), _number(fields.get("translit", "")))
        if not text:
            raise fail(1, "mes: the message text is missing")
        cost_mode = _number(fields.get("cost", ""))
        owner = self._account(account)
        sender = fields.get("sender", "").strip() or owner["default_sender"]
        pricing = cost_mode == 1
        identical = f"{','.join(numbers)}|{sender}|{text}|{cost_mode}"
        if not self._limits.allow(account, "price" if pricing else "send", identical, 5 if pricing else 1):
            raise fail(9, "the same request was made within a minute")
        if not any(view.name == sender and view.status == senders.ALLOWED for view in self._sender_views(account)):
            raise fail(6, f"sender: {sender!r} is not an allowed sender name", message_id=message_id)
        if any(messages.undeliverable(number) for number in numbers):
            raise fail(8, "phones: a number cannot be reached", message_id=message_id)
        parts = messages.parts(text)
        cost = sum((messages.price(number) * parts for number in numbers), Decimal(0))
        count = parts * len(numbers)
        if pricing:
            return formats.send_result(fmt, cnt=count, id=None, cost=cost, balance=None)
        key = self._record(account, message_id, numbers, sender, text, parts, cost, now, due, purpose="sms")
        try:
            balance = ledger.move_balance(self._store, account, -cost, "charge", now, message=key)
        except NotEnoughMoney:
            raise fail(3, "not enough money", message_id=message_id) from None
        return formats.send_result(
            fmt,
            cnt=count,
            id=message_id,
            cost=cost if cost_mode in (2, 3) else None,
            balance=balance if cost_mode == 3 else None,
        )

    def _record(
        self,
        account: str,
        message_id: int,
        numbers: list[str],
        sender: str,
        text: str,
        parts: int,
        cost: Decimal,
        now: datetime,
        due: datetime,
        *,
        purpose: str,
    ) -> str:
        """Store a message; its key (the store's id of it, unique where SMSC's ids may repeat)."""
        key = str(self._store.next_number(f"{PROVIDER}.message.key"))
        self._store.put(
            PROVIDER,
            "message",
            key,
            {
                "key": key,
                "id": message_id,
                "account": account,
                "phones": numbers,
                "sender": sender,
                "text": text,
                "parts": parts,
                "cost": formats.money(cost),
                "submitted": now.isoformat(),
                "due": due.isoformat(),
                "purpose": purpose,
            },
        )
        return key

    # --- status.php -------------------------------------------------------------------

    def _status(self, fields: Fields, account: str, fmt: int) -> str:
        ids, phones = _listed(fields.get("id", "")), _listed(fields.get("phone", ""))
        listed = len(ids) > 1 or fields.get("id", "").strip().endswith(",")
        if len(phones) == 1:  # one number for every id ...
            phones *= len(ids)
        elif len(ids) == 1:  # ... or one message (sent to several numbers) for every number
            ids *= len(phones)
        if max(len(ids), len(phones)) > messages.MAX_NUMBERS:
            raise fail(1, f"id and phone: more than {messages.MAX_NUMBERS} messages in one request")
        if len(ids) != len(phones):
            raise fail(1, f"id and phone: {len(ids)} ids and {len(phones)} numbers; they go in pairs")
        detail = _number(fields.get("all", ""))
        sent = self._store.list(PROVIDER, "message", lambda doc: doc["account"] == account)
        now, delay = self._clock.now(), self._delivery_delay
        entries: list[dict[str, Any]] = []
        for message_id, phone in zip(ids, (phone.lstrip("+") for phone in phones), strict=True):
            found = [doc for doc in sent if str(doc["id"]) == message_id and phone in doc["phones"]]
            if not found and not listed:
                raise fail(3, f"no message {message_id} to {phone}")
            entry = _status_entry(found[-1] if found else None, phone, now, delay, detail)
            entries.append({**entry, "id": int(message_id), "phone": phone} if listed else entry)
        return formats.status_reply(fmt, entries, listed=listed)

    # --- balance.php -------------------------------------------------------------------

    def _balance(self, fields: Fields, account: str, fmt: int) -> str:
        if not self._limits.allow(account, "balance", "", 10):
            raise fail(9, "more than ten balance requests a minute")
        currency = CURRENCY if fields.get("cur", "").strip() == "1" else None
        return formats.balance_result(fmt, Decimal(self._account(account)["balance"]), currency)

    # --- senders.php -------------------------------------------------------------------

    def _senders(self, fields: Fields, account: str, fmt: int) -> str:
        command = self._commands.choose(fields)
        handler: Callable[[Fields, str, int], str] = getattr(self, f"_senders_{command.name}")
        return handler(fields, account, fmt)

    def _senders_get(self, fields: Fields, account: str, fmt: int) -> str:
        with_all, with_operators = fields.get("all") == "1", fields.get("operators") == "1"
        if not self._limits.allow(account, "senders.get", f"{with_all}|{with_operators}|{fmt}", 3):
            raise fail(9, "more than three identical list requests a minute")
        views = self._sender_views(account)
        if not with_all:
            views = [view for view in views if view.status == senders.ALLOWED]
        return formats.sender_list(
            fmt, views, with_status=with_all and not with_operators, with_operators=with_operators
        )

    def _senders_add(self, fields: Fields, account: str, fmt: int) -> str:
        if not self._limits.allow(account, "senders.add", "", 5):
            raise fail(9, "more than five new sender names a minute")
        name = self._new_name(fields["sender"].strip(), account)
        sender_id = self._store.next_number(f"{PROVIDER}.sender", 100)
        doc = senders.new_sender(sender_id, account, name, fields.get("cmt", ""), self._clock.now())
        self._store.put(PROVIDER, "sender", str(sender_id), doc)
        return formats.added_sender(fmt, sender_id)

    def _senders_chg(self, fields: Fields, account: str, fmt: int) -> str:
        sender = self._sender(account, sender_id=fields["id"].strip())
        changes: Document = {}
        new_name = fields.get("sender", "").strip()
        if new_name and new_name != sender["name"]:
            changes.update(name=self._new_name(new_name, account), since=self._clock.now().isoformat(), approved=False)
        if "cmt" in fields:
            changes["cmt"] = fields["cmt"]
        self._store.update(PROVIDER, "sender", str(sender["id"]), lambda doc: doc.update(changes))
        return formats.ok(fmt)

    def _senders_del(self, fields: Fields, account: str, fmt: int) -> str:
        sender = self._sender(account, sender_id=fields.get("id", "").strip(), name=fields.get("sender", "").strip())
        self._store.delete(PROVIDER, "sender", str(sender["id"]))
        return formats.ok(fmt)

    def _senders_send_code(self, fields: Fields, account: str, fmt: int) -> str:
        number = fields["sender"].strip().lstrip("+")
        if messages.undeliverable(number):
            raise fail(8, f"sender: {number} cannot be reached")
        now = self._clock.now()
        key = f"{account}:{number}"
        previous = self._store.get(PROVIDER, "code", key)
        if previous is not None and now < datetime.fromisoformat(previous["sent"]) + senders.CODE_LIFETIME:
            raise fail(10, f"a code was sent to {number} at {previous['sent']}")
        code = f"{random.randint(0, 9999):04d}"
        self._store.put(PROVIDER, "code", key, {"code": code, "sent": now.isoformat()})
        text = f"Код подтверждения: {code}"
        message_id = self._store.next_number(f"{PROVIDER}.message", 1001)
        self._record(account, message_id, [number], DEFAULT_SENDER, text, 1, Decimal(0), now, now, purpose="code")
        return formats.ok(fmt)

    def _senders_check_code(self, fields: Fields, account: str, fmt: int) -> str:
        number = fields["sender"].strip().lstrip("+")
        key = f"{account}:{number}"
        sent = self._store.get(PROVIDER, "code", key)
        if sent is None or sent["code"] != fields["code"].strip():
            raise fail(11, f"wrong code for {number}")
        self._store.delete(PROVIDER, "code", key)
        existing = [doc for doc in self._sender_docs(account) if doc["name"] == number]
        if existing:
            self._store.update(PROVIDER, "sender", str(existing[0]["id"]), lambda doc: doc.update(approved=True))
        else:
            sender_id = self._store.next_number(f"{PROVIDER}.sender", 100)
            doc = senders.new_sender(sender_id, account, number, "", self._clock.now())
            doc["approved"] = True
            self._store.put(PROVIDER, "sender", str(sender_id), doc)
        return formats.ok(fmt)

    # --- helpers -----------------------------------------------------------------------

    def _account(self, account: str) -> Document:
        found = accounts.get(self._store, account)
        if found is None:  # the credentials were checked moments ago; a reset in between loses the account
            raise fail(2, "unknown account")
        return found

    def _sender_docs(self, account: str) -> list[Document]:
        return self._store.list(PROVIDER, "sender", lambda doc: doc["account"] == account)

    def _sender_views(self, account: str) -> list[formats.SenderView]:
        now = self._clock.now()
        return [senders.view(doc, now) for doc in self._sender_docs(account)]

    def _sender(self, account: str, *, sender_id: str = "", name: str = "") -> Document:
        for doc in self._sender_docs(account):
            if (sender_id and str(doc["id"]) == sender_id) or (not sender_id and name and doc["name"] == name):
                return doc
        raise fail(3, f"no sender name {sender_id or name!r}")

    def _new_name(self, name: str, account: str) -> str:
        if not senders.valid_name(name):
            raise fail(5, f"sender: {name!r} is not a valid sender name")
        if any(doc["name"].lower() == name.lower() for doc in self._sender_docs(account)):
            raise fail(5, f"sender: {name!r} already exists")
        return name


def _number(text: str) -> int:
    """A small integer parameter the spec has already checked; absent or empty is 0."""
    return int(text.strip() or 0)


def _listed(text: str) -> list[str]:
    """``5``, ``5,6`` or ``5,`` as its items (a trailing comma ends a list, it adds no item)."""
    items = [item.strip() for item in text.split(",")]
    return items[:-1] if len(items) > 1 and not items[-1] else items


def _status_entry(message: Document | None, phone: str, now: datetime, delay: float, detail: int) -> dict[str, Any]:
    """One message's status fields, with what ``all=1`` and ``all=2`` add; status -3 when it is not found."""
    if message is None:
        entry: dict[str, Any] = {"status": NOT_FOUND, "last_timestamp": 0, "err": 0}
    else:
        state = messages.state_at(message, phone, now, delay)
        entry = {"status": state.status, "last_timestamp": int(state.changed.timestamp()), "err": state.error}
    if detail >= 1:
        submitted = int(datetime.fromisoformat(message["submitted"]).timestamp()) if message else 0
        per_number = messages.price(phone) * message["parts"] if message else Decimal(0)
        entry.update(
            send_timestamp=submitted, cost=formats.money(per_number), sender=message["sender"] if message else ""
        )
    if detail >= 2:
        entry.update(zip(("country", "operator", "region"), messages.network(phone), strict=True))
    return entry
