"""Payments, reference data and support, against the emulator."""

from __future__ import annotations

import httpx
import pytest
from bytehand_client import Client
from bytehand_client.api.billing_plans import get_billing_plans
from bytehand_client.api.other import get_companies_suggestions, get_legal_entities, send_support_ticket
from bytehand_client.api.payments import (
    activate_bonus,
    activate_startup_bonus,
    create_deposit_request,
    create_invoice,
    create_payback,
    create_recurring_payment,
    delete_invoice,
    delete_recurring_payment,
    get_invoice_by_id,
    get_invoices,
    get_provided_services_acts,
    get_referral_by_id,
    get_referral_statistics_by_id,
    query_transactions,
)
from bytehand_client.api.sms_messages import send_sms
from bytehand_client.api.users import get_current_user, get_current_user_billing_plan
from bytehand_client.models import (
    Bonus,
    BonusActivation,
    DepositInput,
    DepositRequestState,
    Invoice,
    InvoiceInput,
    PaybackInput,
    RecurringPaymentInput,
    SmsMessageInput,
    SupportTicketInput,
    User,
)

from sms_clients import Conflict, NotFound, PermissionDenied


def balance(client: Client) -> float:
    user = get_current_user.sync(client=client)
    assert isinstance(user, User)
    return user.balance


def test_a_promo_code_and_the_startup_bonus_credit_the_balance_once(other: Client) -> None:
    bonus = activate_bonus.sync(client=other, body=BonusActivation(code="WELCOME"))
    assert isinstance(bonus, Bonus)
    assert (bonus.code, bonus.amount) == ("WELCOME", 100.0)
    with pytest.raises(Conflict):
        activate_bonus.sync(client=other, body=BonusActivation(code="WELCOME"))
    with pytest.raises(NotFound, match="code: no promo code 'NOPE'"):
        activate_bonus.sync(client=other, body=BonusActivation(code="NOPE"))
    assert activate_startup_bonus.sync(client=other).amount == 10.0
    with pytest.raises(Conflict):
        activate_startup_bonus.sync(client=other)
    assert balance(other) == 110.0
    kinds = [(t.type_, t.amount) for t in query_transactions.sync(client=other)]
    assert kinds == [("bonus", 10.0), ("bonus", 100.0)]


def test_a_deposit_arrives_a_minute_later(other: Client, control: httpx.Client) -> None:
    deposit = create_deposit_request.sync(client=other, body=DepositInput(method="card", amount=500))
    assert deposit.state == DepositRequestState.PENDING
    assert deposit.payment_url.startswith("https://")
    assert balance(other) == 0.0
    control.post("/clock", json={"advanceSeconds": 61}).raise_for_status()
    assert balance(other) == 500.0
    with pytest.raises(PermissionDenied, match=r"takes 100\.00 to 15000\.00"):
        create_deposit_request.sync(client=other, body=DepositInput(method="yoomoney", amount=50000))
    with pytest.raises(NotFound):
        create_deposit_request.sync(client=other, body=DepositInput(method="cash", amount=500))


def test_invoices_are_created_read_and_deleted(client: Client) -> None:
    invoice = create_invoice.sync(client=client, body=InvoiceInput(amount=12000, legal_entity_id=2))
    assert isinstance(invoice, Invoice)
    assert (invoice.state, invoice.currency, invoice.number) == ("UNPAID", "KZT", f"BH-{invoice.id:06d}")
    assert get_invoice_by_id.sync(client=client, invoice_id=invoice.id).amount == 12000
    assert get_invoices.sync(client=client)[0].id == invoice.id  # newest first
    assert delete_invoice.sync_detailed(client=client, invoice_id=invoice.id).status_code == 204
    with pytest.raises(NotFound):
        get_invoice_by_id.sync(client=client, invoice_id=invoice.id)


def test_a_payback_takes_money_only_when_it_is_there(client: Client, other: Client) -> None:
    before = balance(client)
    payback = create_payback.sync(client=client, body=PaybackInput(amount=100, details="IBAN"))
    assert (payback.state, payback.amount) == ("PENDING", 100.0)
    assert balance(client) == before - 100
    with pytest.raises(PermissionDenied, match="not enough money"):
        create_payback.sync(client=other, body=PaybackInput(amount=1, details="IBAN"))


def test_the_auto_payment_tops_up_a_low_balance(other: Client) -> None:
    activate_bonus.sync(client=other, body=BonusActivation(code="WELCOME"))  # 100.00
    create_recurring_payment.sync(client=other, body=RecurringPaymentInput(method="card", amount=1000, threshold=99))
    with pytest.raises(Conflict):
        create_recurring_payment.sync(client=other, body=RecurringPaymentInput(method="card", amount=5, threshold=5))
    send_sms.sync(client=other, body=SmsMessageInput(receiver="+79161234567", text="costs 2.45"))
    assert balance(other) == pytest.approx(100 - 2.45 + 1000)
    assert delete_recurring_payment.sync_detailed(client=other).status_code == 204
    with pytest.raises(NotFound):
        delete_recurring_payment.sync(client=other)


def test_acts_sum_up_the_charges_per_month(client: Client) -> None:
    send_sms.sync(client=client, body=[SmsMessageInput(receiver="+79161234567", text=str(n)) for n in range(2)])
    (act,) = get_provided_services_acts.sync(client=client)
    assert (act.amount, act.messages) == (4.9, 2)
    assert get_provided_services_acts.sync(client=client, year=2001) == []


def test_a_referral_and_what_it_earns(client: Client, other: Client) -> None:
    activate_startup_bonus.sync(client=other)
    send_sms.sync(client=other, body=SmsMessageInput(receiver="+79161234567", text="paid by the referral"))
    referral = get_referral_by_id.sync(client=client, referral_id=2)
    assert (referral.email, referral.spent, referral.reward) == ("o***@bytehand.test", 2.45, 0.25)
    statistics = get_referral_statistics_by_id.sync(client=client, referral_id=2)
    assert (statistics.messages, statistics.parts, statistics.spent) == (1, 1, 2.45)
    with pytest.raises(NotFound):
        get_referral_by_id.sync(client=other, referral_id=1)


def test_reference_data_and_support(client: Client) -> None:
    assert [plan.name for plan in get_billing_plans.sync(client=client)] == ["Standard", "Business", "Corporate"]
    assert get_current_user_billing_plan.sync(client=client).name == "Standard"
    assert [entity.country for entity in get_legal_entities.sync(client=client)] == ["RU", "KZ"]
    assert [c.inn for c in get_companies_suggestions.sync(client=client, query="romashka")] == [
        "7701234567",
        "7702345678",
    ]
    assert [c.name for c in get_companies_suggestions.sync(client=client, query="7812")] == ["Vasilek JSC"]
    ticket = send_support_ticket.sync(client=client, body=SupportTicketInput(subject="Help", text="Please"))
    assert (ticket.state, ticket.email) == ("OPEN", "demo@bytehand.test")
