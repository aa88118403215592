"""specs/tyntec.yaml against tyntec's SMS API document: its 15 operations, webhook, server and key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import speclint
import yaml

ROOT = Path(__file__).resolve().parents[4]


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


def test_the_tyntec_spec_has_the_15_documented_operations() -> None:
    document = load(ROOT / "specs" / "tyntec.yaml")
    operations = {(method.upper(), path): op["operationId"] for method, path, op in speclint.operations(document)}
    webhooks = {name: item["post"]["operationId"] for name, item in document["x-webhooks"].items()}
    assert operations == {
        ("POST", "/messaging/v1/sms"): "sendSms",
        ("GET", "/messaging/v1/sms"): "sendSmsViaGet",
        ("GET", "/messaging/v1/messages/{requestId}"): "getSmsStatus",
        ("POST", "/messaging/v1/conversion"): "sendConversionReport",
        ("GET", "/byon/contacts/v1"): "listContacts",
        ("POST", "/byon/contacts/v1"): "createContact",
        ("GET", "/byon/contacts/v1/{contactId}"): "getContact",
        ("POST", "/byon/contacts/v1/{contactId}"): "editContact",
        ("DELETE", "/byon/contacts/v1/{contactId}"): "deleteContact",
        ("GET", "/byon/phonebook/v1/numbers"): "listPhoneBookNumbers",
        ("GET", "/byon/phonebook/v1/numbers/{phoneNumber}"): "getPhoneBookNumber",
        ("GET", "/byon/provisioning/v1"): "listProvisioningRequests",
        ("POST", "/byon/provisioning/v1"): "registerPhones",
        ("GET", "/byon/provisioning/v1/{requestId}"): "getProvisioningRequest",
    }
    assert webhooks == {"inboundMessage": "receiveSms"}
    assert document["servers"][0]["url"] == "https://api.tyntec.com"
    assert document["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "apikey",
        "description": "Your tyntec API key.",
    }
    for path in ("/messaging/v1/sms",):
        for method in ("post", "get"):
            assert "deliveryReport" in document["paths"][path][method]["callbacks"]
