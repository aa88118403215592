"""The spec marks the resource layer reads: ``x-page`` (a reply that is one page of a list) and ``x-count``.

speclint refuses a mark that names what the operation does not have, and an
operation that pages or counts without one, so a spec edit cannot leave a list
typed as a plain list or a count as None.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import speclint

SPECS = Path(__file__).resolve().parents[2] / "specs"


@cache
def _loaded(provider: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPECS / f"{provider}.yaml").read_text())
    return document


def spec(provider: str) -> dict[str, Any]:
    return copy.deepcopy(_loaded(provider))


def marked(document: dict[str, Any], key: str) -> dict[str, Any]:
    """operationId -> the mark, for every operation whose 2xx reply carries ``key``."""
    found = {}
    for _, _, operation in speclint.operations(document):
        for status, response in operation["responses"].items():
            if str(status).startswith("2") and key in response:
                found[operation["operationId"]] = response[key]
    return found


def test_bytehand_marks_its_13_head_counts_and_every_paged_list() -> None:
    document = spec("bytehand")
    counts = marked(document, "x-count")
    heads = {op["operationId"] for method, _, op in speclint.operations(document) if method == "head"}
    assert set(counts) == heads
    assert len(counts) == 13
    assert set(counts.values()) == {"X-Total-Count"}
    pages = marked(document, "x-page")
    assert pages["querySms"] == {"page": "page", "first": 1, "size": "count", "total-header": "X-Total-Count"}
    assert len(pages) == 27


def test_jomobile_and_tyntec_mark_their_paged_lists() -> None:
    assert marked(spec("jomobile"), "x-page") == {
        "listGroups": {"page": "offset", "first": 0, "size": "limit", "items": "/data/groups", "total": "/data/total"}
    }
    assert marked(spec("tyntec"), "x-page") == {"listPhoneBookNumbers": {"page": "page", "first": 0, "size": "size"}}


def reply(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    response: dict[str, Any] = document["paths"][path][method]["responses"]["200"]
    return response


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"page": "pages"}, "`page: pages` is neither a query parameter nor a body field"),
        ({"size": "sort"}, "`size: sort` is not an integer"),
        ({"first": 2}, "needs `first: 0` or `first: 1`"),
        ({"items": "/data"}, "does not lead to an array in the reply"),
        ({"total-header": "X-Total"}, "`total-header: X-Total` is not a header the reply documents"),
        ({"total": "/0"}, "has both `total` and `total-header`"),
        ({"next": "link"}, "has an unknown key `next`"),
    ],
)
def test_a_page_mark_must_name_what_the_operation_has(change: dict[str, Any], problem: str) -> None:
    document = spec("bytehand")
    reply(document, "/sms/messages", "get")["x-page"].update(change)
    assert any(problem in line for line in speclint.lint(document)), speclint.lint(document)


def test_a_page_mark_may_name_body_fields_and_pointers_into_the_reply() -> None:
    document = spec("jomobile")
    reply(document, "/v1/group", "post")["x-page"]["total"] = "/data/groups"
    assert speclint.lint(document) == [
        "POST /v1/group: x-page `total: '/data/groups'` does not lead to an integer in the reply"
    ]


def test_an_operation_that_takes_a_page_or_answers_a_count_in_a_header_must_be_marked() -> None:
    document = spec("bytehand")
    del reply(document, "/sms/messages", "get")["x-page"]
    del reply(document, "/sms/messages", "head")["x-count"]
    assert speclint.lint(document) == [
        "GET /sms/messages: takes `page`, so a 2xx reply needs `x-page` (how its pages are numbered)",
        "HEAD /sms/messages: answers a number in a header; mark the 2xx reply `x-count: <header>`",
    ]


def test_a_count_mark_names_a_documented_integer_header_of_a_reply_without_a_body() -> None:
    document = spec("bytehand")
    reply(document, "/sms/messages", "head")["x-count"] = "X-Count"
    reply(document, "/sms/messages", "get")["x-count"] = "X-Total-Count"
    problems = speclint.lint(document)
    assert "HEAD /sms/messages: x-count names 'X-Count', which is not a header the reply documents" in problems
    assert "GET /sms/messages: x-count marks a reply with a body; a count is the header alone" in problems
    assert "GET /sms/messages: one `x-page` or `x-count` per operation, found x-page, x-count" in problems


def test_a_mark_belongs_on_a_2xx_reply() -> None:
    document = spec("tyntec")
    document["paths"]["/byon/phonebook/v1/numbers"]["get"]["responses"]["400"]["x-count"] = "X-Total-Count"
    assert "GET /byon/phonebook/v1/numbers 400: `x-count` belongs on a 2xx reply" in speclint.lint(document)
