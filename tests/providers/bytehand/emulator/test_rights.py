"""Auth is enforced per method, for every one of the 131: no credential is a 401, a missing right a 403.

Each request is built from the spec's own examples, so it passes validation
and reaches the method; which access rights it needs is the spec's ``x-rights``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from codegen import speclint

from ..conftest import DEMO_KEY

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[4] / "specs" / "bytehand.yaml").read_text())
OPERATIONS = list(speclint.operations(SPEC))
ALL_RIGHTS: list[str] = SPEC["components"]["schemas"]["Right"]["enum"]


def deref(node: dict[str, Any]) -> dict[str, Any]:
    """The node a ``$ref`` points to (followed until it is not one)."""
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def example_of(schema: dict[str, Any]) -> Any:
    schema = deref(schema)
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "array":
        return [example_of(schema["items"])]
    if "oneOf" in schema:
        return example_of(schema["oneOf"][0])
    if "allOf" in schema:
        return example_of(schema["allOf"][0])
    return {} if schema.get("type") == "object" else ""


def request_for(method: str, path: str, operation: dict[str, Any]) -> dict[str, Any]:
    """URL, query and body of a request that satisfies the spec, from its examples."""
    parameters = [deref(p) for p in SPEC["paths"][path].get("parameters", []) + operation.get("parameters", [])]
    url = path
    query: dict[str, Any] = {}
    for parameter in parameters:
        value = parameter.get("example", example_of(parameter["schema"]))
        if parameter["in"] == "path":
            url = url.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query" and parameter.get("required"):
            query[parameter["name"]] = value
    request: dict[str, Any] = {"method": method.upper(), "url": url, "params": query}
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        media = content["application/json"]
        request["json"] = media.get("example", example_of(media["schema"]))
    elif "application/x-www-form-urlencoded" in content:
        request["data"] = example_of(content["application/x-www-form-urlencoded"]["schema"])
    return request


def ids(value: Any) -> str:
    return value[2]["operationId"] if isinstance(value, tuple) else str(value)


@pytest.fixture(scope="module")
def base_url(emulator_server: str) -> str:
    """One reset for the whole module: refused requests change nothing, so the tests can share the state."""
    httpx.post(f"{emulator_server}/_emulator/reset").raise_for_status()
    return f"{emulator_server}/bytehand/v2"


@pytest.fixture(scope="module")
def keys(base_url: str) -> dict[str, str]:
    """Two keys of the demo account that together lack every right: one holds only profile_view, one all but it."""
    made = {}
    for name, rights in (("only", ["profile_view"]), ("all-but", [r for r in ALL_RIGHTS if r != "profile_view"])):
        reply = httpx.post(
            f"{base_url}/users/current/credentials",
            headers={"X-Service-Key": DEMO_KEY},
            json={"name": name, "rights": rights},
        )
        made[name] = reply.json()["key"]
    return made


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 131


@pytest.mark.parametrize("operation", OPERATIONS, ids=ids)
def test_a_request_without_credentials_is_refused_unless_the_method_is_public(
    base_url: str, operation: tuple[str, str, dict[str, Any]]
) -> None:
    method, path, spec = operation
    request = request_for(method, path, spec)
    reply = httpx.request(request.pop("method"), base_url + request.pop("url"), **request)
    if spec.get("security") == []:
        # It may still refuse what the request carries (a password, a client secret), but not for lack of a credential.
        assert "No authorization token provided" not in reply.text
        assert reply.status_code < 500
    else:
        assert reply.status_code == 401, reply.text
        if method != "head":
            assert set(reply.json()) == {"status", "description"}


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op[2].get("x-rights")], ids=ids)
def test_a_key_without_a_right_the_method_needs_gets_403_naming_it(
    base_url: str, keys: dict[str, str], operation: tuple[str, str, dict[str, Any]]
) -> None:
    method, path, spec = operation
    needed = set(spec["x-rights"])
    key = keys["all-but"] if "profile_view" in needed else keys["only"]
    request = request_for(method, path, spec)
    reply = httpx.request(
        request.pop("method"), base_url + request.pop("url"), headers={"X-Service-Key": key}, **request
    )
    assert reply.status_code == 403, reply.text
    if method != "head":
        description = reply.json()["description"]
        assert f"that {spec['operationId']} needs" in description
        assert any(right in description for right in needed)


@pytest.mark.parametrize(
    "operation",
    # revokeInnnerOAuthToken takes only an OAuth token (test_accounts revokes one).
    [op for op in OPERATIONS if op[2].get("x-rights") == [] and op[2].get("security") != [{"accessToken": []}]],
    ids=ids,
)
def test_a_method_that_needs_no_right_takes_any_key(
    base_url: str, keys: dict[str, str], operation: tuple[str, str, dict[str, Any]]
) -> None:
    method, path, spec = operation
    request = request_for(method, path, spec)
    reply = httpx.request(
        request.pop("method"), base_url + request.pop("url"), headers={"X-Service-Key": keys["only"]}, **request
    )
    assert reply.status_code < 400, reply.text
