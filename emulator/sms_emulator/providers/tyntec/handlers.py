"""The tyntec operations: one method per operationId in ``specs/tyntec.yaml``.

Connexion has already checked the API key and validated every parameter and
body against the spec before a method runs; the methods hold only behaviour.
Everything is scoped to the account of the API key, as on the real API.
"""

from __future__ import annotations

import uuid
from typing import Any

from connexion import request
from connexion.decorators.parameter import pythonic
from dateutil.parser import isoparse

from ...core.clock import isoformat
from ...core.runtime import Runtime
from ...core.store import Document
from ...http.errors import ApiError
from ...http.replies import Reply, empty, json_reply
from ...http.security import TokenInfo
from . import PROVIDER, messages, search
from .accounts import require
from .reference import network_for

_SMS_FIELDS = (
    "to",
    "from",
    "message",
    "encoding",
    "gateway",
    "conversion",
    "sendDateTime",
    "validity",
    "reference",
    "callbackUrl",
    "callbackMethod",
    "partLimit",
    "trate",
    "mrate",
    "upperCased",
    "keepEmojis",
    "flash",
)
# connexion hands query parameters over in snake_case (``from`` becomes ``from_``).
_FIELD_BY_ARGUMENT = {pythonic(field): field for field in _SMS_FIELDS}
_PROVISIONING_DELAY_SECONDS = 60


class TyntecApi:
    def __init__(self, runtime: Runtime, prefix: str) -> None:
        self._prefix = prefix
        self._runtime = runtime
        self._store = runtime.store
        self._clock = runtime.clock

    # --- SMS Messaging -------------------------------------------------

    def send_sms(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        return json_reply(self._send(body, token_info), 200)

    def send_sms_via_get(self, token_info: TokenInfo, **query: Any) -> Reply:
        fields = {_FIELD_BY_ARGUMENT[name]: value for name, value in query.items() if name in _FIELD_BY_ARGUMENT}
        return json_reply(self._send(fields, token_info), 200)

    def get_sms_status(self, request_id: str, token_info: TokenInfo) -> Reply:
        message = self._message(request_id, token_info)
        return json_reply(messages.status_view(message, self._clock.now()), 200)

    def send_conversion_report(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        self._message(body["requestId"], token_info)
        event = {
            "delivered": body.get("delivered", True),
            "timestamp": body.get("timestamp") or isoformat(self._clock.now()),
            "receivedAt": isoformat(self._clock.now()),
        }
        self._store.update(PROVIDER, "message", body["requestId"], lambda doc: doc["conversions"].append(event))
        return empty(200)

    # --- BYON contacts -------------------------------------------------

    def list_contacts(self, token_info: TokenInfo, friendly_name: str | None = None) -> Reply:
        account = self._byon_account(token_info)
        found = self._store.list(
            PROVIDER,
            "contact",
            lambda doc: (
                doc["account"] == account and (friendly_name is None or doc.get("friendlyName") == friendly_name)
            ),
        )
        if not found:
            return empty(204)
        contacts = [_public(doc) for doc in found]
        return json_reply([{"contacts": contacts, "size": len(contacts)}], 200)

    def create_contact(self, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        account = self._byon_account(token_info)
        contact = {**_contact_fields(body), "contactId": str(uuid.uuid4()), "account": account}
        self._store.put(PROVIDER, "contact", contact["contactId"], contact)
        return json_reply(_public(contact), 202)

    def get_contact(self, contact_id: str, token_info: TokenInfo) -> Reply:
        return json_reply(_public(self._contact(contact_id, token_info)), 200)

    def edit_contact(self, contact_id: str, body: dict[str, Any], token_info: TokenInfo) -> Reply:
        stored = self._contact(contact_id, token_info)
        contact = {**_contact_fields(body), "contactId": contact_id, "account": stored["account"]}
        self._store.put(PROVIDER, "contact", contact_id, contact)
        return json_reply(_public(contact), 200)

    def delete_contact(self, contact_id: str, token_info: TokenInfo) -> Reply:
        contact = self._contact(contact_id, token_info)
        self._store.delete(PROVIDER, "contact", contact_id)
        return json_reply(_public(contact), 200)

    # --- BYON phone book and provisioning ------------------------------

    def list_phone_book_numbers(
        self,
        token_info: TokenInfo,
        request_id: str | None = None,
        contact_id: str | None = None,
        page: int = 0,
        size: int = 20,
    ) -> Reply:
        account = self._byon_account(token_info)
        found = search.entries(
            self._store, account, offset=page * size, limit=size, requestId=request_id, contactId=contact_id
        )
        window = [self._with_status(entry) for entry in found]
        return json_reply([{"provisioningRequests": window, "size": len(window)}], 200)

    def get_phone_book_number(self, phone_number: str, token_info: TokenInfo) -> Reply:
        account = self._byon_account(token_info)
        entries = search.entries(self._store, account, phoneNumber=phone_number)
        if not entries:
            raise ApiError(404, f"phoneNumber: {phone_number} is not in your phone book")
        window = [self._with_status(entry) for entry in entries]
        return json_reply([{"provisioningRequests": window, "size": len(window)}], 200)

    def list_provisioning_requests(
        self, token_info: TokenInfo, friendly_name: str | None = None, contact_id: str | None = None
    ) -> Reply:
        account = self._byon_account(token_info)
        found = self._store.list(
            PROVIDER,
            "provisioning",
            lambda doc: (
                doc["accountId"] == account
                and (friendly_name is None or doc.get("friendlyName") == friendly_name)
                and (contact_id is None or doc["contactId"] == contact_id)
            ),
        )
        if not found:
            return empty(204)
        requests = [self._with_status(doc) for doc in found]
        return json_reply([{"provisioningRequests": requests, "size": len(requests)}], 200)

    def register_phones(
        self,
        contact_id: str,
        body: list[dict[str, Any]],
        token_info: TokenInfo,
        friendly_name: str | None = None,
    ) -> Reply:
        self._contact(contact_id, token_info)
        account = self._byon_account(token_info)
        now = self._clock.now()
        request_doc = _without_none(
            {
                "requestId": str(uuid.uuid4()),
                "accountId": account,
                "contactId": contact_id,
                "friendlyName": friendly_name,
                "createdAt": isoformat(now),
            }
        )
        self._store.put(PROVIDER, "provisioning", request_doc["requestId"], request_doc)
        for number in body:
            entry = _without_none(
                {
                    **request_doc,
                    "phoneNumber": number["phoneNumber"],
                    "country": number.get("country") or network_for(number["phoneNumber"]).country,
                }
            )
            self._store.put(PROVIDER, "number", f"{request_doc['requestId']}:{number['phoneNumber']}", entry)
        return json_reply(self._with_status(request_doc), 200)

    def get_provisioning_request(self, request_id: str, token_info: TokenInfo) -> Reply:
        account = self._byon_account(token_info)
        found = self._store.get(PROVIDER, "provisioning", request_id)
        if found is None or found["accountId"] != account:
            raise ApiError(404, f"requestId: no provisioning request {request_id}")
        return json_reply(self._with_status(found), 200)

    # --- helpers ----------------------------------------------------------

    def _send(self, fields: dict[str, Any], token_info: TokenInfo) -> Document:
        account = require(token_info, "messaging")
        request_id = str(uuid.uuid4())
        href = f"{str(request.base_url).rstrip('/')}{self._prefix}/messaging/v1/messages/{request_id}"
        try:
            message = messages.new_message(
                fields,
                request_id=request_id,
                account=account,
                now=self._clock.now(),
                delivery_delay=self._runtime.delivery_delay,
                href=href,
            )
        except messages.MessageRejected as rejected:
            raise ApiError(400, str(rejected), code="ConstraintViolation") from None
        self._store.put(PROVIDER, "message", request_id, message)
        if fields.get("callbackUrl"):
            self._store.put(PROVIDER, "pending-report", request_id, {"requestId": request_id})
        return messages.status_view(message, self._clock.now())

    def _message(self, request_id: str, token_info: TokenInfo) -> Document:
        account = require(token_info, "messaging")
        found = self._store.get(PROVIDER, "message", request_id)
        if found is None or found["account"] != account:
            raise ApiError(404, f"requestId: no message with requestId {request_id}", code="NotFound")
        return found

    def _contact(self, contact_id: str, token_info: TokenInfo) -> Document:
        account = self._byon_account(token_info)
        found = self._store.get(PROVIDER, "contact", contact_id)
        if found is None or found["account"] != account:
            raise ApiError(404, f"contactId: no contact {contact_id}")
        return found

    def _byon_account(self, token_info: TokenInfo) -> str:
        return require(token_info, "byon")

    def _with_status(self, entry: Document) -> Document:
        created = isoparse(entry["createdAt"])
        active = (self._clock.now() - created).total_seconds() >= _PROVISIONING_DELAY_SECONDS
        return {**{k: v for k, v in entry.items() if k != "createdAt"}, "status": "ACTIVE" if active else "PENDING"}


_CONTACT_FIELDS = (
    "companyAddress",
    "companyName",
    "contactEmail",
    "contactName",
    "contactPhone",
    "contactTitle",
    "friendlyName",
)


def _contact_fields(body: dict[str, Any]) -> Document:
    return {name: body[name] for name in _CONTACT_FIELDS if name in body}


def _public(contact: Document) -> Document:
    return {key: value for key, value in contact.items() if key != "account"}


def _without_none(values: dict[str, Any]) -> Document:
    return {key: value for key, value in values.items() if value is not None}
