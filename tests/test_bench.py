"""The frame ``make bench`` reports through (the measurements themselves are not tests)."""

from __future__ import annotations

from benchmarks.frame import Row, rows_of, table


def test_the_bench_table_says_which_goals_are_met() -> None:
    speed = Row("speed", "2 vs 10 req/s", 0.2, 0.14, at_least=True)
    slow = Row("time", "7 vs 6 min", 7 / 6, 1.0)
    assert speed.met
    assert not slow.met
    lines = table([speed, slow]).splitlines()
    assert lines[1].endswith(">= 0.14  met")
    assert lines[2].endswith("<= 1     MISSED")
    assert lines[0].index("measured") == lines[1].index("2 vs 10") == lines[2].index("7 vs 6")


def test_measurements_become_rows_named_by_what_precedes_their_figures() -> None:

    searched, idle, sends = rows_of(
        "#12",
        [
            ("BYTEHAND messages: one receiver: 2.4 ms at 100000 vs 2.0 ms at 100", 1.2, "2", True),
            ("idle CPU (share of a core)", 0.02, "0.01", False),
            ("tyntec sends/s: 600 vs 700", 0.857, ">= 0.9", False),
        ],
    )
    assert (searched.goal, searched.measured, searched.met) == (
        "#12 BYTEHAND messages: one receiver",
        "2.4 ms at 100000 vs 2.0 ms at 100",
        True,
    )
    assert (idle.goal, idle.measured, idle.limit, idle.met) == ("#12 idle CPU (share of a core)", "", 0.01, False)
    assert (sends.at_least, sends.limit, sends.met) == (True, 0.9, False)
