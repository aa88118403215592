"""specs/jomobile.yaml holds the 22 operations of the document at the vendor's paths and methods."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen import speclint

SPEC = Path(__file__).resolve().parents[4] / "specs" / "jomobile.yaml"


def load() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text())
    assert isinstance(document, dict)
    return document


def test_the_22_operations_are_at_the_vendors_paths_and_methods_and_replacement_answers_get_too() -> None:
    operations = {(method.upper(), path): op["operationId"] for method, path, op in speclint.operations(load())}
    assert operations == {
        ("POST", "/v1/authorize"): "authorize",
        ("POST", "/v1/accesstoken"): "createAccessToken",
        ("GET", "/v1/me"): "getMe",
        ("POST", "/v1/register"): "registerCustomer",
        ("POST", "/v1/send"): "sendSms",
        ("POST", "/v1/sms-full-data"): "getSmsFullData",
        ("POST", "/v1/group"): "listGroups",
        ("POST", "/v1/group-create"): "createGroup",
        ("POST", "/v1/group-delete"): "deleteGroups",
        ("POST", "/v1/group-number-add"): "addGroupNumbers",
        ("POST", "/v1/group-number-search"): "searchGroupNumbers",
        ("POST", "/v1/group-number-delete"): "deleteGroupNumbers",
        ("POST", "/v1/send-bulk"): "sendToGroups",
        ("POST", "/v1/black-list-add"): "addToBlackList",
        ("POST", "/v1/black-list-search"): "searchBlackList",
        ("POST", "/v1/black-list-delete"): "deleteFromBlackList",
        ("GET", "/v1/replacement"): "refactorSmsGet",
        ("POST", "/v1/replacement"): "refactorSms",
        ("GET", "/v1/logout"): "logout",
        ("POST", "/v1/product-price"): "getProductPrices",
        ("POST", "/v1/account-price"): "getAccountPrices",
        ("POST", "/v1/country-price"): "getCountryPrices",
        ("GET", "/v1/country-by-continent"): "listCountriesByContinent",
    }


def test_server_token_scheme_and_envelopes() -> None:
    document = load()
    assert document["servers"][0]["url"] == "https://restapi.jomobile.online"
    assert document["components"]["securitySchemes"]["accessToken"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-Access-Token",
        "description": "The access token from `/v1/accesstoken`.",
    }
    error = document["components"]["schemas"]["ErrorReply"]
    assert error["required"] == ["status", "error_code", "errors"]
    assert error["properties"]["errors"]["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
    for method, path, operation in speclint.operations(document):
        public = operation.get("security") == []
        assert public == (path in {"/v1/authorize", "/v1/accesstoken", "/v1/register"}), path
        responses = operation["responses"]
        assert ("401" in responses) != public, f"{method} {path}: a 401 exactly where a token is needed"
        reply = responses["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        assert set(document["components"]["schemas"][reply]["required"]) == {"status", "data"}, path


def test_reads_over_post_are_idempotent_and_sends_are_not() -> None:
    flags = {op["operationId"]: op["x-idempotent"] for _, _, op in speclint.operations(load())}
    assert {name for name, idempotent in flags.items() if not idempotent} == {
        "createAccessToken",
        "registerCustomer",
        "sendSms",
        "createGroup",
        "sendToGroups",
    }


def test_arrays_where_the_document_shows_arrays_and_false_where_strings_may_be_unset() -> None:
    schemas = load()["components"]["schemas"]

    def kinds(schema: dict[str, Any]) -> set[str]:
        options = schema.get("anyOf", [schema])
        return {schemas[o["$ref"].rsplit("/", 1)[-1]].get("type") if "$ref" in o else o["type"] for o in options}

    assert kinds(schemas["SmsSearch"]["properties"]["phone"]) == {"array", "boolean"}
    assert kinds(schemas["SmsSearch"]["properties"]["id_base"]) == {"array", "boolean"}
    assert schemas["GroupIds"]["properties"]["id_group"]["type"] == "array"
    assert schemas["GroupNumbersAddition"]["properties"]["numbers"]["type"] == "array"
    assert kinds(schemas["GroupSending"]["properties"]["id_group_excluded"]) == {"array", "boolean"}
    assert schemas["NumberList"]["properties"]["numbers"]["type"] == "array"
    assert kinds(schemas["Registration"]["properties"]["company_name"]) == {"string", "boolean"}
    assert (schemas["NotSet"]["type"], schemas["NotSet"]["enum"]) == ("boolean", [False])
    assert {"SMS", "sms", "HLR", "hlr", "MNP", "mnp", "WAPPUSH", "wappush", "FLASHSMS", "flashsms"} == set(
        schemas["SmsType"]["enum"]
    )
