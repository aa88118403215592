"""Registering customers, and the price and country lists from the emulator's reference data."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from jomobile_client.api.account import get_me, register_customer
from jomobile_client.api.prices import (
    get_account_prices,
    get_country_prices,
    get_product_prices,
    list_countries_by_continent,
)
from jomobile_client.api.sms import get_sms_full_data
from jomobile_client.models import CountryPriceQuery, PriceQuery, Registration, SmsMessage, SmsSearch

from sms_clients import jomobile

from ..conftest import USERNAME

Client = jomobile.JoMobileClient
NEW = {"login": "restap141i", "password": "restapirestapi", "name": "Dennis", "phone": "380662185299"}


def register(base_url: str, **fields: Any) -> httpx.Response:
    body = {**NEW, "email": "dennis@example.com", **fields}
    return httpx.post(f"{base_url}/v1/register", json=body)


def test_a_registered_customer_can_log_in_and_has_an_empty_account(base_url: str) -> None:
    reply = register(base_url, company_name="tralala LTD", skype=False)
    assert reply.status_code == 200
    assert reply.json()["data"]["company_name"] == "tralala LTD"
    with jomobile.connect(base_url, username=NEW["login"], password=NEW["password"]) as client:
        profile = jomobile.data(get_me.sync(client=client))
        assert (profile.login, profile.name, profile.phone, profile.email) == (
            "restap141i",
            "Dennis",
            "380662185299",
            "dennis@example.com",
        )
        assert (profile.balance, profile.currency, profile.skype) == (0, "EUR", None)


def test_a_taken_login_is_refused_naming_the_field(base_url: str) -> None:
    assert register(base_url).status_code == 200
    again = register(base_url)
    assert again.status_code == 400
    assert again.json() == {
        "status": False,
        "error_code": 400,
        "errors": {"login": ["The login 'restap141i' is already taken."]},
    }
    with jomobile.connect(base_url, username="x", password="y") as client:
        body = Registration(login=USERNAME, password="p", name="n", phone="380501111111", email="a@example.com")
        with pytest.raises(jomobile.RequestRejected) as caught:
            register_customer.sync(client=client, body=body)
    assert list(caught.value.errors) == ["login"]


def test_a_customer_sees_only_their_own_messages(client: Client, base_url: str) -> None:
    jomobile.send_messages(client, [SmsMessage(number="380671234567", sender_id="ACME", text="mine")])
    assert register(base_url).status_code == 200
    with jomobile.connect(base_url, username=NEW["login"], password=NEW["password"]) as other:
        assert jomobile.data(get_sms_full_data.sync(client=other, body=SmsSearch())) == []


def product_prices(client: Client, **query: Any) -> list[tuple[str, str, int, float]]:
    rows = jomobile.data(get_product_prices.sync(client=client, body=PriceQuery(**query)))
    return [(row.iso, row.product, row.mnc, row.price) for row in rows]


def test_product_prices_narrow_by_iso_mcc_and_mnc(client: Client) -> None:
    everything = product_prices(client, iso="full")
    assert len(everything) == 4 * 20  # four products for each of the 20 seeded networks
    assert product_prices(client) == everything
    assert product_prices(client, iso=False) == everything
    assert product_prices(client, iso="ch", mnc=1) == [
        ("CH", "SMS", 1, 0.065),
        ("CH", "HLR", 1, 0.004),
        ("CH", "WAPPUSH", 1, 0.078),
        ("CH", "FLASHSMS", 1, 0.065),
    ]
    assert {(iso, mnc) for iso, _, mnc, _ in product_prices(client, mcc=262)} == {("DE", 1), ("DE", 2), ("DE", 3)}
    assert product_prices(client, iso="ZZ") == []


def test_account_prices_are_the_list_prices_less_the_discount(client: Client) -> None:
    listed = product_prices(client, iso="UA")
    rows = jomobile.data(get_account_prices.sync(client=client, body=PriceQuery(iso="UA")))
    ours = [(row.iso, row.product, row.mnc, row.price) for row in rows]
    assert [row[:3] for row in ours] == [row[:3] for row in listed]
    assert [row[3] for row in ours] == pytest.approx([round(row[3] * 0.9, 4) for row in listed])


def test_country_prices_and_countries_by_continent(client: Client) -> None:
    ukraine = jomobile.data(get_country_prices.sync(client=client, body=CountryPriceQuery(iso="UA")))
    assert [(c.country, c.iso, c.mcc, c.price, c.currency) for c in ukraine] == [("Ukraine", "UA", 255, 0.032, "EUR")]
    by_mcc = jomobile.data(get_country_prices.sync(client=client, body=CountryPriceQuery(mcc=310)))
    assert [c.iso for c in by_mcc] == ["US"]
    assert len(jomobile.data(get_country_prices.sync(client=client, body=CountryPriceQuery(iso="full")))) == 11
    continents = {
        c.continent: [country.iso for country in c.countries]
        for c in jomobile.data(list_countries_by_continent.sync(client=client))
    }
    assert continents == {
        "Europe": ["UA", "DE", "CH", "GB", "PL"],
        "North America": ["US"],
        "South America": ["BR"],
        "Africa": ["NG"],
        "Asia": ["IN", "JP"],
        "Oceania": ["AU"],
    }
