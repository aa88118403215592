"""The emulator's reading of BYTEHAND's search language, sort and field selection, on their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from sms_emulator.providers.bytehand.search import language

DOCS = [
    {"id": 1, "name": "Anna", "cost": 2.5, "state": "NEW", "vip": True, "created_at": "2024-01-02T00:00:00Z"},
    {"id": 2, "name": "Boris Ivanov", "cost": 10, "state": "SENT", "vip": False, "created_at": "2024-03-01T00:00:00Z"},
    {"id": 3, "name": "ivan", "cost": 7, "state": "NEW", "created_at": "2023-12-31T00:00:00Z"},
]


def ids(query: str) -> list[int]:
    return [doc["id"] for doc in language.search(DOCS, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [1, 2, 3]),
        ("  ", [1, 2, 3]),
        ("state==NEW", [1, 3]),
        ("state!=NEW", [2]),
        ("cost>7", [2]),
        ("cost>=7", [2, 3]),
        ("cost<2.6", [1]),
        ("cost==10.0", [2]),
        ("name=~IVAN", [2, 3]),
        ("name=='Boris Ivanov'", [2]),
        ('name=="Boris Ivanov"', [2]),
        ("created_at>2024-01-01", [1, 2]),
        ("vip==true", [1]),
        ("vip==false", [2]),
        ("vip==null", [3]),
        ("vip!=null", [1, 2]),
        ("cost>abc", []),
        ("state==NEW and cost>5 or id==2", [2, 3]),
        ("id==2 or state==NEW and cost>5", [2, 3]),
        ("\tstate == NEW\nand\ncost < 3\n", [1]),
    ],
)
def test_conditions_and_or(query: str, expected: list[int]) -> None:
    assert ids(query) == expected


@pytest.mark.parametrize("query", ["state", "state==", "state==NEW and", "state==NEW xor id==1", "(state==NEW)"])
def test_outside_the_grammar_is_a_query_error(query: str) -> None:
    with pytest.raises(language.QueryError, match="query: expected"):
        language.parse(query)


def test_sort_by_several_fields_with_missing_values_last() -> None:
    assert [d["id"] for d in language.sort(DOCS, "state,-cost")] == [3, 1, 2]
    assert [d["id"] for d in language.sort(DOCS, "vip")] == [2, 1, 3]
    assert [d["id"] for d in language.sort(DOCS, "-vip")] == [1, 2, 3]
    assert [d["id"] for d in language.sort(DOCS, None)] == [1, 2, 3]


def test_fields_and_pages() -> None:
    assert language.select(DOCS[0], "name,cost") == {"id": 1, "name": "Anna", "cost": 2.5}
    assert language.select(DOCS[0], "*") == DOCS[0]
    assert [d["id"] for d in language.page_of(DOCS, 2, 2)] == [3]
    assert language.page_of(DOCS, 3, 2) == []


def test_the_spec_patterns_accept_exactly_what_the_parser_reads() -> None:
    spec = yaml.safe_load((Path(__file__).resolve().parents[4] / "specs" / "bytehand.yaml").read_text())
    pattern = spec["components"]["schemas"]["SmsQueryExpression"]["pattern"]
    for query in ["", "state==NEW", "text=~'a b' or cost>1 and parts<=2", 'sender=="x"\n']:
        assert re.search(pattern, query), query
        language.parse(query)
    for query in ["colour==red", "state==NEW and", "(state==NEW)"]:
        assert not re.search(pattern, query), query
    # Only space, tab, CR and LF separate words (other engines' \s is narrower than Python's), so this is one value.
    odd = "state==NEW\x1cand\x1cid==1"
    assert re.search(pattern, odd)
    assert language.parse(odd) == ((language.Condition("state", "==", "NEW\x1cand\x1cid==1", quoted=False),),)
