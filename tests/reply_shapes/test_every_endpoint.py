"""Every generated endpoint module reads replies that differ from the spec where the spec guesses.

For each operation a complete success body is built from its spec, then
hypothesis mutates it one place at a time. An enum value the spec does not
list, an extra field, a missing optional field and an undocumented 2xx must
give the result with the value kept; only a missing required field or a
field of another type may raise, and then only the generated package's one
error (``errors.UnexpectedReply``) naming the mutated place. The generated
clients are used bare, without the overlays, as the tolerant-reply rule lives
in the generator.

Every reply is read twice: by the endpoint module's parser and through the
operation's resource method (``client.<resource>.<method>``, over a mock
transport), which must give the same result (a page's items, a count), with
``Unset`` nowhere in it.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple
from unittest import mock

import attrs
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

from codegen import speclint

from ._samples import Place, Sampler, at, success_schema, where

SPECS = Path(__file__).resolve().parents[2] / "specs"
PACKAGES = {
    "bytehand": "bytehand_client",
    "jomobile": "jomobile_client",
    "smsc": "smsc_client",
    "tyntec": "tyntec_client",
}
UNDOCUMENTED_2XX = (200, 201, 202, 203, 206, 299)  # 299: a 2xx the standard list lacks


class Case(NamedTuple):
    provider: str
    operation_id: str
    module: str
    documented: tuple[int, ...]
    success: int | None
    schema: dict[str, Any] | None
    marks: dict[str, Any]
    """The ``x-page`` or ``x-count`` mark of a 2xx reply, if any."""


@cache
def document(provider: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())
    return loaded


def endpoint_modules(package: str) -> dict[str, str]:
    """Every generated endpoint module of a package, by its short name."""
    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = info.name
    return found


def cases() -> list[Case]:
    found = []
    for provider, package in PACKAGES.items():
        modules = endpoint_modules(package)
        for _, _, operation in speclint.operations(document(provider)):
            statuses = tuple(int(code) for code in operation["responses"] if str(code).isdigit())
            success = success_schema(document(provider), operation)
            marks = {
                key: response[key]
                for code, response in operation["responses"].items()
                for key in ("x-page", "x-count")
                if str(code).startswith("2") and key in response
            }
            found.append(
                Case(
                    provider,
                    operation["operationId"],
                    modules[snake_case(operation["operationId"])],
                    statuses,
                    success[0] if success else None,
                    success[1] if success else None,
                    marks,
                )
            )
    return found


CASES = cases()


def test_the_cases_cover_every_generated_endpoint_module() -> None:
    every = {name for package in PACKAGES.values() for name in endpoint_modules(package).values()}
    assert {case.module for case in CASES} == every
    assert len(every) >= 175


def parse(case: Case, status: int, body: Any) -> Any:
    """The reply read by the endpoint module's parser, after checking the resource method reads it the same."""
    module = importlib.import_module(case.module)
    client = client_of(case.provider)
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx.Response(status, content=content, headers={"content-type": "application/json"})
    unexpected = errors_of(case).UnexpectedReply
    try:
        direct = module._parse_response(client=client, response=response)
    except unexpected as error:
        raised = error
    else:
        raised = None
    if raised is not None:
        with pytest.raises(unexpected) as through_resource:
            call_resource(case, status, content)
        assert (through_resource.value.path, through_resource.value.got) == (raised.path, raised.got)
        raise raised
    result = call_resource(case, status, content)
    assert_no_unset(result)
    if "x-page" in case.marks:
        pointer = [part for part in case.marks["x-page"].get("items", "").split("/") if part]
        try:
            expected = at(plain(direct), pointer)
        except (KeyError, TypeError):
            expected = []  # the list left out of the reply: an empty page
        assert plain(result.data) == (expected or [])
    else:
        assert plain(result) == plain(direct)
    return direct


@cache
def resource_client_of(provider: str) -> Any:
    """A bare generated client whose every request is answered with ``REPLY`` (set per call)."""
    transport = httpx.MockTransport(lambda request: httpx.Response(**REPLY))
    return importlib.import_module(PACKAGES[provider]).Client(
        base_url="http://127.0.0.1:9", httpx_args={"transport": transport}
    )


REPLY: dict[str, Any] = {}


def call_resource(case: Case, status: int, content: bytes, headers: dict[str, str] | None = None) -> Any:
    """Call the operation's resource method with placeholder arguments, answered with this reply.

    The request side is not under test here, so ``_get_kwargs`` is replaced and every required
    argument is a placeholder (``body=`` stands for a body given as keywords).
    """
    REPLY.clear()
    REPLY.update(status_code=status, content=content, headers={"content-type": "application/json", **(headers or {})})
    _, _, resource, method = case.module.split(".")
    bound = getattr(getattr(resource_client_of(case.provider), resource), method)
    parameters = inspect.signature(bound).parameters
    arguments = {name: object() for name, parameter in parameters.items() if parameter.default is parameter.empty}
    module = importlib.import_module(case.module)
    if "body" in parameters:
        arguments["body"] = placeholder_body(module)
    with mock.patch.object(module, "_get_kwargs", return_value={"method": "GET", "url": "/"}):
        return bound(**arguments)


def placeholder_body(module: ModuleType) -> Any:
    """The body model built empty where it can be (a page numbered in the body is read from it), else a stand-in."""
    model = inspect.signature(module._get_kwargs).parameters["body"].annotation
    try:
        return model()
    except TypeError:  # required fields, or a union of bodies
        return object()


def assert_no_unset(value: Any) -> None:
    """``Unset`` appears nowhere in a result: not in a field, a list item or an extra field."""
    assert type(value).__name__ != "Unset", "a result holds Unset"
    if isinstance(value, list):
        for item in value:
            assert_no_unset(item)
    elif isinstance(value, dict):
        for item in value.values():
            assert_no_unset(item)
    elif hasattr(value, "data") and hasattr(value, "has_next_page"):
        assert_no_unset(value.data)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            assert_no_unset(getattr(value, field.name))


@cache
def client_of(provider: str) -> Any:
    return importlib.import_module(PACKAGES[provider]).Client(base_url="http://127.0.0.1:9")


def errors_of(case: Case) -> ModuleType:
    return importlib.import_module(f"{PACKAGES[case.provider]}.errors")


def plain(value: Any) -> Any:
    """A parsed result as JSON-like data, the way its models write it out."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "value"):
        return value.value
    return value


def other_2xx(case: Case) -> int:
    return next(code for code in UNDOCUMENTED_2XX if code not in case.documented)


def mutations(places: list[Place]) -> list[tuple[str, Place | None]]:
    found: list[tuple[str, Place | None]] = []
    for place in places:
        if place.loose:
            continue
        named = bool(place.path) and isinstance(place.path[-1], str)
        if place.enum:
            found.append(("enum", place))
        if place.kind == "object" and not place.closed:
            found.append(("extra", place))
        if named and not place.required:
            found.append(("drop-optional", place))
        if named and place.required:
            found.append(("drop-required", place))
        if place.kind != "any":
            found.append(("retype", place))
    return found


TEXT = st.text(alphabet="abcXYZ_-09 éЖ\u2603", max_size=12)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)
OTHER_TYPES = {
    "string": st.integers() | st.booleans() | st.lists(TEXT, max_size=2) | st.dictionaries(TEXT, TEXT, max_size=2),
    "integer": TEXT | st.floats(allow_nan=False) | st.lists(st.integers(), max_size=2) | st.just({}),
    "number": TEXT | st.lists(st.integers(), max_size=2) | st.just({}),
    "boolean": TEXT | st.lists(st.booleans(), max_size=2) | st.just({}),
    "array": st.integers() | TEXT | st.dictionaries(TEXT, st.integers(), max_size=2),
    "object": st.integers() | TEXT | st.lists(st.integers(), max_size=2),
}


class Drawn(NamedTuple):
    """The values one hypothesis example puts into the body, one mutation at a time."""

    word: str
    number: int
    extra_name: str
    extra_value: Any
    status: int
    other: dict[str, Any]


def drawn(case: Case) -> st.SearchStrategy[Drawn]:
    statuses = [code for code in UNDOCUMENTED_2XX if code not in case.documented]
    return st.builds(
        Drawn,
        TEXT.filter(bool),
        st.integers(),
        TEXT.filter(bool),
        JSON,
        st.sampled_from(statuses),
        st.fixed_dictionaries(OTHER_TYPES),
    )


def check(case: Case, body: Any, kind: str, place: Place, values: Drawn) -> None:
    """Apply one mutation to a copy of ``body`` and check what the client makes of it."""
    assert case.success is not None
    mutated = copy.deepcopy(body)
    parent = at(mutated, place.path[:-1]) if place.path else None
    key = place.path[-1] if place.path else None
    if kind == "enum":
        value: Any = values.number if isinstance(place.enum[0], int) else values.word
        while value in place.enum:
            value = value * 2 + 1 if isinstance(value, int) else value + "_"
        parent[key] = value
        assert at(plain(parse(case, case.success, mutated)), place.path) == value
    elif kind == "extra":
        target = at(mutated, place.path)
        name = values.extra_name
        while name in target:
            name += "_"
        target[name] = values.extra_value
        assert at(plain(parse(case, case.success, mutated)), place.path)[name] == values.extra_value
    elif kind == "drop-optional":
        del parent[key]
        assert key not in at(plain(parse(case, case.success, mutated)), place.path[:-1])
    elif kind == "drop-required":
        del parent[key]
        with pytest.raises(errors_of(case).UnexpectedReply) as caught:
            parse(case, case.success, mutated)
        assert (caught.value.path, caught.value.accepted) == (where(place.path), True)
        assert caught.value.got == "nothing (the field is missing)"
    else:
        value = values.other[place.kind]
        if place.path:
            parent[key] = value
        else:
            mutated = value
        # A field of another type may be read (where the client does not check it) or raise, but only
        # the one error, naming the field.
        try:
            parse(case, case.success, mutated)
        except errors_of(case).UnexpectedReply as error:
            raised = error
        else:
            return
        assert raised.path == where(place.path)


@pytest.mark.parametrize("case", [case for case in CASES if case.schema is not None], ids=lambda case: case.module)
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_reply_that_differs_where_the_spec_guesses_is_read(case: Case, data: st.DataObject) -> None:
    assert case.schema is not None
    assert case.success is not None
    sampler = Sampler(document(case.provider))
    body = sampler.sample(case.schema)
    baseline = plain(parse(case, case.success, body))
    values = data.draw(drawn(case), label="values")
    assert plain(parse(case, values.status, body)) == baseline
    for kind, place in mutations(sampler.places):
        if place is not None:
            check(case, body, kind, place, values)


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.schema is None and not case.marks], ids=lambda case: case.module
)
def test_a_reply_without_a_json_schema_reads_the_same_under_any_2xx(case: Case) -> None:
    documented = next((code for code in case.documented if 200 <= code < 300), None)
    body = b"OK - 1 SMS, ID - 1" if case.provider == "smsc" else b""
    if documented is not None:
        assert parse(case, other_2xx(case), body) == parse(case, documented, body)
    else:
        assert parse(case, other_2xx(case), body) is None


@pytest.mark.parametrize("case", [case for case in CASES if "x-count" in case.marks], ids=lambda case: case.module)
@settings(max_examples=5, deadline=None)
@given(number=st.integers(min_value=0, max_value=10**12), other=st.text(alphabet="ab 12.-", max_size=6))
def test_a_count_is_the_number_in_its_header_and_anything_else_raises_naming_the_header(
    case: Case, number: int, other: str
) -> None:
    header = case.marks["x-count"]
    assert call_resource(case, other_2xx(case), b"", {header: str(number)}) == number
    for headers in ({}, {header: other + "x"}):  # no header, or one that is not a whole number
        with pytest.raises(errors_of(case).UnexpectedReply) as caught:
            call_resource(case, 200, b"", headers)
        assert caught.value.path == f"header {header}"
