"""A client that speaks the legacy protocol by hand (urllib, fmt=1, cost=3), as SMSC's old examples do."""

from __future__ import annotations

import urllib.parse
import urllib.request


def call(base_url: str, script: str, **params: str) -> str:
    query = urllib.parse.urlencode({"login": "demo", "psw": "demo-password", "fmt": "1", **params})
    with urllib.request.urlopen(f"{base_url}/sys/{script}?{query}", timeout=10) as reply:
        assert reply.status == 200
        return str(reply.read().decode("windows-1251"))


def test_send_check_the_status_and_read_the_balance(base_url: str) -> None:
    message_id, sms_count, cost, balance = call(base_url, "send.php", phones="79991234567", mes="Hi", cost="3").split(
        ","
    )
    assert (int(sms_count), cost, balance) == (1, "1.80", "98.20")

    status, changed, error = call(base_url, "status.php", id=message_id, phone="79991234567").split(",")
    assert int(status) in (0, 1)  # handed to the operator, or already delivered
    assert int(changed) > 1_700_000_000
    assert error == "0"

    assert call(base_url, "balance.php") == "98.20"


def test_an_error_is_a_negative_number(base_url: str) -> None:
    assert call(base_url, "status.php", id="999999", phone="79991234567") == "0,-3"
    body = urllib.parse.urlencode({"login": "demo", "psw": "nope", "fmt": "1"}).encode()
    with urllib.request.urlopen(f"{base_url}/sys/balance.php", data=body, timeout=10) as reply:  # a POST form
        assert reply.read() == b"0,-2"
