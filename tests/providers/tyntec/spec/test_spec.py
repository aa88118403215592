"""specs/tyntec.yaml against tyntec's SMS API document: its 15 operations, webhook, server and key."""

from __future__ import annotations

from codegen import speclint
from tests.providers._specs import spec


def test_the_tyntec_spec_has_the_15_documented_operations() -> None:
    document = spec("tyntec")
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
