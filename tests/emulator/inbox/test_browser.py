"""The web inbox in a real browser: Debian's chromium driven by Playwright.

Messages go in through each provider's generated client and overlay, exactly
as a user's application sends them; the page must show them and follow their
states live (server-sent events) when the clock moves, without a reload. The
module runs its own emulator, so it works the same under pytest-xdist.
Without chromium these tests fail (``make browser`` installs it); they never skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

from sms_emulator import Settings
from sms_emulator.inprocess import running
from tests._server import Receiver

from .chromium import launch
from .examples import send_one_per_provider

DELAY = 60.0
"""Emulated seconds to delivery: long enough that nothing is delivered until a test moves the clock."""
WAIT = 10_000
"""Milliseconds a page gets to show a change (the event stream looks twice a second)."""


@pytest.fixture(scope="module")
def inbox_url() -> Iterator[str]:
    with running(Settings(delivery_delay=DELAY)) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def browser(inbox_url: str) -> Iterator[Browser]:
    """Set up after the module's emulator and closed before it, so no page keeps an event stream open."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def control(inbox_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{inbox_url}/_emulator") as client:
        client.post("/reset").raise_for_status()
        yield client


def open_inbox(browser: Browser, url: str, width: int = 1280) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda message: _record_error(message, errors))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url + "/")
    expect(page.locator("#live")).to_have_class(re.compile(r"\bon\b"), timeout=WAIT)
    return page, errors


def _record_error(message: ConsoleMessage, errors: list[str]) -> None:
    if message.type == "error":
        errors.append(message.text)


def expect_providers(page: Page, expected: list[str]) -> None:
    """Wait until the list shows exactly one row per entry of ``expected``, by provider, in that order."""
    page.wait_for_function(
        """want => JSON.stringify([...document.querySelectorAll("#messages li")].map(r => r.dataset.provider))
                   === JSON.stringify(want)""",
        arg=expected,
        timeout=WAIT,
    )


def test_messages_from_every_provider_appear_and_follow_the_clock_live(
    browser: Browser, inbox_url: str, control: httpx.Client
) -> None:
    page, errors = open_inbox(browser, inbox_url)
    expect(page.locator("#empty")).to_be_visible()
    sent = send_one_per_provider(inbox_url)
    for provider, text in sent.items():
        row = page.locator(f'#messages li[data-provider="{provider}"]')
        expect(row).to_have_count(1, timeout=WAIT)  # no reload: the event stream brought it
        expect(row.locator(".text")).to_have_text(text)
        expect(row).to_have_attribute("data-state", "sent")
    control.post("/clock", json={"advanceSeconds": DELAY + 1}).raise_for_status()
    for provider in sent:
        expect(page.locator(f'#messages li[data-provider="{provider}"]')).to_have_attribute(
            "data-state", "delivered", timeout=WAIT
        )
    page.locator('#messages li[data-provider="tyntec"]').click()
    detail = page.locator("#detail article")
    expect(detail.locator(".body-text")).to_have_text(sent["tyntec"])
    expect(detail.locator(".timeline li")).to_have_count(2)  # BUFFERED, then DELIVERED
    expect(detail.locator(".timeline")).to_contain_text("DELIVERED")
    expect(detail.locator(".parts li")).to_have_count(1)
    assert errors == []
    page.close()


def test_filters_narrow_the_list_and_live_in_the_address(
    browser: Browser, inbox_url: str, control: httpx.Client
) -> None:
    sent = send_one_per_provider(inbox_url, failing_smsc=True)
    page, errors = open_inbox(browser, inbox_url)
    expect(page.locator("#messages li")).to_have_count(len(sent) + 1, timeout=WAIT)
    page.select_option("#f-provider", "smsc")
    expect_providers(page, ["smsc", "smsc"])
    control.post("/clock", json={"advanceSeconds": DELAY + 1}).raise_for_status()
    page.select_option("#f-state", "failed")
    expect_providers(page, ["smsc"])
    expect(page.locator("#messages li .to")).to_have_text("79031234403")
    expect(page).to_have_url(re.compile(r"\?provider=smsc&state=failed$"))
    page.select_option("#f-provider", "")
    page.select_option("#f-state", "")
    page.fill("#f-q", "jo mobile says")
    expect_providers(page, ["jomobile"])
    page.fill("#f-q", "")
    page.fill("#f-to", "+49 170 1234567")
    expect_providers(page, ["tyntec"])
    assert errors == []
    page.close()


def test_the_control_buttons_move_the_clock_deliver_an_inbound_sms_arm_a_fault_and_reset(
    browser: Browser, inbox_url: str, control: httpx.Client, callback_receiver: Receiver
) -> None:
    send_one_per_provider(inbox_url)
    page, errors = open_inbox(browser, inbox_url)
    expect(page.locator("#messages li")).to_have_count(4, timeout=WAIT)
    page.select_option("#advance-by", "3600")
    page.click("#advance")
    expect(page.locator('#messages li[data-state="delivered"]')).to_have_count(4, timeout=WAIT)
    assert control.get("/clock").json()["offsetSeconds"] >= 3600

    page.click("#open-inbound")
    page.fill('#inbound-form input[name="url"]', f"{callback_receiver.url}/inbound")
    page.fill('#inbound-form textarea[name="message"]', "STOP")
    page.click('#inbound-form button[value="send"]')
    (received,) = callback_receiver.wait_for(1)
    assert (received.path, received.body["message"], received.body["from"]) == ("/inbound", "STOP", "+491701234567")
    expect(page.locator("#toast")).to_contain_text("HTTP 200", timeout=WAIT)

    page.click("#open-fault")
    page.select_option('#fault-form select[name="provider"]', "smsc")
    page.fill('#fault-form input[name="count"]', "2")
    page.click('#fault-form button[value="arm"]')
    expect(page.locator("#fault-count")).to_have_text("1", timeout=WAIT)
    assert [(f["provider"], f["kind"], f["count"]) for f in control.get("/faults").json()] == [("smsc", "status", 2)]

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#reset")
    expect(page.locator("#empty")).to_be_visible(timeout=WAIT)
    assert control.get("/messages").json() == []
    assert control.get("/faults").json() == []
    assert errors == []
    page.close()


def test_at_phone_width_the_list_and_the_detail_take_turns(
    browser: Browser, inbox_url: str, control: httpx.Client
) -> None:
    sent = send_one_per_provider(inbox_url)
    page, errors = open_inbox(browser, inbox_url, width=390)
    expect(page.locator("#messages li")).to_have_count(4, timeout=WAIT)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing sticks out sideways
    expect(page.locator("#detail")).to_be_hidden()
    page.locator('#messages li[data-provider="bytehand"]').click()
    expect(page.locator("#detail .body-text")).to_have_text(sent["bytehand"])
    expect(page.locator(".list-pane")).to_be_hidden()
    page.click("#detail .back")
    expect(page.locator(".list-pane")).to_be_visible()
    assert errors == []
    page.close()
