"""The frame ``make bench`` reports through (the measurements themselves are not tests)."""

from __future__ import annotations

from benchmarks.frame import Row, table


def test_the_bench_table_says_which_goals_are_met() -> None:
    speed = Row("speed", "2 vs 10 req/s", 0.2, 0.14, at_least=True)
    slow = Row("time", "7 vs 6 min", 7 / 6, 1.0)
    assert speed.met
    assert not slow.met
    lines = table([speed, slow]).splitlines()
    assert lines[1].endswith(">= 0.14  met")
    assert lines[2].endswith("<= 1     MISSED")
    assert lines[0].index("measured") == lines[1].index("2 vs 10") == lines[2].index("7 vs 6")
