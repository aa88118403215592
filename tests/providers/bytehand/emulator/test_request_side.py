"""What BYTEHAND accepts and does beyond its one-line document, replayed with plain ``httpx`` (no generated code).

The public facts show ``POST /sms/messages`` with ``{sender, receiver, text}``
(one message or an array) and a probe that needs no key. Where the document
is silent, the spec's decisions say what happens: a change or deletion by an
empty query is refused, every list is paged, a contact list takes one contact
or several, invoices get paid and paybacks paid out, a new e-mail address can
be confirmed, and a key's geography names a country and a city.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from ..conftest import DEMO_KEY, OTHER_KEY

BULK_BY_QUERY = [
    ("PATCH", "/sms/messages", {"state": "STOPPED"}),
    ("DELETE", "/sms/messages", None),
    ("PATCH", "/sms/campaigns", {"state": "STOPPED"}),
    ("DELETE", "/sms/campaigns", None),
    ("DELETE", "/sms/senders", None),
    ("DELETE", "/sms/templates", None),
    ("DELETE", "/contact_lists/v1", None),
    ("PATCH", "/contact_lists/1/contacts", {"name": "Renamed"}),
    ("DELETE", "/contact_lists/1/contacts", None),
    ("DELETE", "/contact_lists", None),
]
"""The ten changes and deletions by query; each must refuse an empty or blank query."""

PAGED_LISTS = [
    "/sms/templates/categories",
    "/payments/invoices",
    "/users/current/credentials",
    "/users/current/oauth",
    "/contact_lists/1/properties",
    "/contact_lists/1/segments",
    "/users/time_zones",
    "/oauth/providers",
    "/payments/deposits",
    "/payments/acts",
    "/billing_plans",
    "/companies/suggestions",
    "/legal_entities",
]


@pytest.fixture
def api(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers={"X-Service-Key": DEMO_KEY}, timeout=10)


def books_add_up(control: httpx.Client) -> None:
    """The ledger invariant of "Nothing lost, nothing leaked" holds for every BYTEHAND account."""
    books = control.get("/ledger", params={"provider": "bytehand"}).json()
    assert books
    assert [entry["problems"] for entry in books] == [[] for _ in books]


def balance(api: httpx.Client) -> float:
    return float(api.get("/users/current").json()["balance"])


def test_sending_as_the_public_facts_show_one_message_or_an_array(api: httpx.Client, base_url: str) -> None:
    one = api.post("/sms/messages", json={"sender": "SMS-INFO", "receiver": "+79161234567", "text": "Hello!"})
    assert one.status_code == 201
    assert (one.json()["result"], one.json()["count"], isinstance(one.json()["id"], str)) == ("created", 1, True)
    many = api.post("/sms/messages", json=[{"sender": "SMS-INFO", "receiver": "+79161234567", "text": "a"}] * 2)
    assert many.json()["count"] == 2
    probe = httpx.get(f"{base_url}/sms/messages/probe", params={"receiver": "+79161234567", "text": "x"})
    assert probe.json()["phone_is_valid"] is True


@pytest.mark.parametrize(("method", "path", "body"), BULK_BY_QUERY, ids=[f"{m} {p}" for m, p, _ in BULK_BY_QUERY])
def test_an_empty_query_never_changes_or_deletes_everything(
    api: httpx.Client, method: str, path: str, body: dict[str, str] | None
) -> None:
    before = api.get("/sms/messages", params={"count": 1}).headers["X-Total-Count"]
    for query in ("", "  "):
        refused = api.request(method, path, params={"query": query}, json=body)
        assert refused.status_code == 400, refused.text
        assert "query" in refused.json()["description"]
    assert api.get("/sms/messages", params={"count": 1}).headers["X-Total-Count"] == before


def test_every_list_is_paged(api: httpx.Client) -> None:
    for path in PAGED_LISTS:
        extra = {"query": "a"} if path == "/companies/suggestions" else {}
        whole = api.get(path, params={"count": 1000, **extra})
        assert whole.status_code == 200, (path, whole.text)
        total = int(whole.headers["X-Total-Count"])
        assert len(whole.json()) == total, path
        if total > 1:
            second = api.get(path, params={"page": 2, "count": 1, **extra})
            assert second.json() == whole.json()[1:2], path


def test_a_contact_list_takes_one_contact_or_several(api: httpx.Client) -> None:
    one = api.post("/contact_lists/1/contacts", json={"phone": "+79161230001", "name": "Single"})
    assert one.status_code == 201, one.text
    assert [contact["name"] for contact in one.json()] == ["Single"]
    two = api.post("/contact_lists/1/contacts", json=[{"phone": "+79161230002"}, {"phone": "+79161230003"}])
    assert len(two.json()) == 2


def test_an_invoice_is_paid_an_hour_later_and_credits_the_balance(base_url: str, control: httpx.Client) -> None:
    other = httpx.Client(base_url=base_url, headers={"X-Service-Key": OTHER_KEY}, timeout=10)
    invoice = other.post("/payments/invoices", json={"amount": 250}).json()
    assert (invoice["state"], balance(other)) == ("UNPAID", 0.0)
    control.post("/clock", json={"advanceSeconds": 3601}).raise_for_status()
    assert other.get(f"/payments/invoices/{invoice['id']}").json()["state"] == "PAID"
    assert balance(other) == 250.0
    deposits = other.get("/payments/transactions/group", params={"query": "type==deposit"}).json()
    assert [item["amount"] for item in deposits] == [250.0]
    assert other.delete(f"/payments/invoices/{invoice['id']}").status_code == 409  # paid: it stays
    books_add_up(control)


def test_an_invoice_can_be_paid_at_once_and_only_once(base_url: str, control: httpx.Client) -> None:
    other = httpx.Client(base_url=base_url, headers={"X-Service-Key": OTHER_KEY}, timeout=10)
    invoice = other.post("/payments/invoices", json={"amount": 40}).json()
    for _ in range(2):
        paid = control.post(f"/bytehand/invoices/{invoice['id']}/pay")
        assert paid.json()["state"] == "PAID"
    control.post("/clock", json={"advanceSeconds": 3601}).raise_for_status()
    assert balance(other) == 40.0
    assert control.post("/bytehand/invoices/999999/pay").status_code == 404


def test_a_payback_is_paid_out_a_day_later(api: httpx.Client, control: httpx.Client) -> None:
    before = balance(api)
    payback = api.post("/payments/paybacks", json={"amount": 10, "details": "IBAN DE00"}).json()
    assert payback["state"] == "PENDING"

    def withdrawal() -> str:
        (found,) = api.get("/payments/transactions/group", params={"query": "type==payback"}).json()
        assert found["amount"] == -10.0
        return str(found["description"])

    assert withdrawal() == "Withdrawal to IBAN DE00: pending"
    control.post("/clock", json={"advanceSeconds": 86401}).raise_for_status()
    assert withdrawal() == "Withdrawal to IBAN DE00: paid out"
    assert balance(api) == before - 10  # taken once, when requested
    books_add_up(control)


def test_a_new_address_is_confirmed_by_the_mailed_token(api: httpx.Client, control: httpx.Client) -> None:
    pending = api.patch("/users/current/email", json={"email": "renamed@example.com"})
    assert pending.json()["pending_email"] == "renamed@example.com"
    (mail,) = [mail for mail in control.get("/bytehand/mail").json() if mail["to"] == "renamed@example.com"]
    assert control.post("/bytehand/email-confirmations", json={"token": "not-it"}).status_code == 404
    confirmed = control.post("/bytehand/email-confirmations", json={"token": mail["token"]})
    assert confirmed.status_code == 200
    user = api.get("/users/current").json()
    assert (user["email"], user.get("pending_email")) == ("renamed@example.com", None)
    assert control.post("/bytehand/email-confirmations", json={"token": mail["token"]}).status_code == 404


def test_a_keys_geography_names_a_country_and_a_city(api: httpx.Client) -> None:
    key_id = api.get("/users/current/credentials/this").json()["id"]
    geo = api.get(f"/users/current/credentials/{key_id}/geo").json()
    assert (geo["country"], geo["city"]) == ("RU", "Moscow")


def test_an_invoice_paid_by_many_at_once_is_credited_once(base_url: str, control: httpx.Client) -> None:
    other = httpx.Client(base_url=base_url, headers={"X-Service-Key": OTHER_KEY}, timeout=10)
    invoice = other.post("/payments/invoices", json={"amount": 75}).json()
    url = f"{str(control.base_url).rstrip('/')}/bytehand/invoices/{invoice['id']}/pay"
    with ThreadPoolExecutor(max_workers=8) as pool:
        states = list(pool.map(lambda _: httpx.post(url, timeout=10).json()["state"], range(16)))
    assert set(states) == {"PAID"}
    control.post("/clock", json={"advanceSeconds": 3601}).raise_for_status()  # the delayed payment finds it paid
    assert balance(other) == 75.0
    books_add_up(control)
