"""``make screenshot``: the web inbox at desktop and phone width, side by side, in one PNG.

Starts an emulator in this process, sends a few messages through every
provider's client (some delivered, some failed, one scheduled, one with a
delivery report to a local receiver), and photographs the inbox with the
system chromium: a desktop-wide frame showing one message's detail and a
phone-wide frame showing the list.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from sms_emulator import Settings
from sms_emulator.inprocess import running
from tests._server import receiver

from .chromium import launch
from .examples import send_extras, send_one_per_provider

DESKTOP = (1280, 820)
PHONE = (390, 820)


def composite(url: str, selected: str) -> str:
    desktop, phone = DESKTOP, PHONE
    return f"""<!doctype html><html><body style="margin:0;padding:24px;background:#dfe3ec;display:flex;gap:24px;
      align-items:flex-start;font-family:system-ui">
      <iframe src="{url}/?message={selected}" width="{desktop[0]}" height="{desktop[1]}"
        style="border:0;border-radius:10px;box-shadow:0 8px 30px rgb(0 0 0 / 18%);background:#fff"></iframe>
      <iframe src="{url}/" width="{phone[0]}" height="{phone[1]}"
        style="border:10px solid #1c2130;border-radius:34px;box-shadow:0 8px 30px rgb(0 0 0 / 18%);background:#fff">
      </iframe></body></html>"""


def main(output: str) -> int:
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    with receiver() as webhook, running(Settings(delivery_delay=2.0)) as base:
        send_one_per_provider(base, failing_smsc=True)
        send_extras(base, f"{webhook.url}/sms/status")
        httpx.post(f"{base}/_emulator/clock", json={"advanceSeconds": 5}).raise_for_status()
        messages = httpx.get(f"{base}/_emulator/messages", params={"provider": "tyntec"}).json()
        selected = next(m["key"] for m in messages if m["callbacks"])
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page(viewport={"width": DESKTOP[0] + PHONE[0] + 92, "height": DESKTOP[1] + 48})
            page.set_content(composite(base, selected))
            for frame in page.frames[1:]:
                frame.wait_for_selector("#messages li", timeout=15000)
            page.frames[1].wait_for_selector("article.card", timeout=15000)
            page.wait_for_timeout(400)
            page.screenshot(path=str(target))
            browser.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/inbox.png"))
