"""specs/smsc.yaml against SMSC's four scripts: a GET and a POST operation each, replies, server, credentials."""

from __future__ import annotations

from codegen import speclint
from tests.providers._specs import spec


def test_the_smsc_spec_has_a_get_and_a_post_operation_per_script() -> None:
    document = spec("smsc")
    operations = {(method.upper(), path): op for method, path, op in speclint.operations(document)}
    assert {key: op["operationId"] for key, op in operations.items()} == {
        ("GET", "/sys/send.php"): "sendMessage",
        ("POST", "/sys/send.php"): "sendMessagePost",
        ("GET", "/sys/status.php"): "getMessageStatus",
        ("POST", "/sys/status.php"): "getMessageStatusPost",
        ("GET", "/sys/balance.php"): "getBalance",
        ("POST", "/sys/balance.php"): "getBalancePost",
        ("GET", "/sys/senders.php"): "manageSenders",
        ("POST", "/sys/senders.php"): "manageSendersPost",
    }
    # Sending and managing senders change state whatever the method; reading status and balance does not.
    assert {key: op["x-idempotent"] for key, op in operations.items() if key[1] == "/sys/send.php"} == {
        ("GET", "/sys/send.php"): False,
        ("POST", "/sys/send.php"): False,
    }
    assert operations[("POST", "/sys/status.php")]["x-idempotent"] is True
    assert operations[("POST", "/sys/balance.php")]["x-idempotent"] is True
    for operation in operations.values():
        media_types = set(operation["responses"]["200"].get("content") or {})
        if not media_types:
            ref = operation["responses"]["200"]["$ref"].rsplit("/", 1)[-1]
            media_types = set(document["components"]["responses"][ref]["content"])
        assert media_types == {"text/plain", "application/xml", "application/json"}
    assert document["servers"][0]["url"] == "https://smsc.ru"
    assert document["security"] == [{"login": [], "psw": []}, {"apikey": []}]
