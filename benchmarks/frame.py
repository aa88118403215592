"""The frame every benchmark reports through: one row per goal, printed as a table.

A benchmark is a function that measures something against a named baseline in
the same run (never against a remembered number) and returns its rows. A
row's ratio is measured / baseline; the goal says which side of the limit it
must fall on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    goal: str
    """What is measured, and where the goal comes from (``#12.3 tyntec GET status vs bare uvicorn``)."""
    measured: str
    """The two figures the ratio is made of, with units (``1,850 vs 13,100 req/s``)."""
    ratio: float
    limit: float
    at_least: bool = False
    """True when the ratio must reach the limit (a speed), False when it must stay under it (a time)."""

    @property
    def met(self) -> bool:
        return self.ratio >= self.limit if self.at_least else self.ratio <= self.limit

    @property
    def target(self) -> str:
        return f"{'>=' if self.at_least else '<='} {self.limit:g}"


def table(rows: Iterable[Row]) -> str:
    """The rows as an aligned text table with a verdict column."""
    header = ("goal", "measured", "ratio", "goal", "")
    lines = [header] + [
        (row.goal, row.measured, f"{row.ratio:.3f}", row.target, "met" if row.met else "MISSED") for row in rows
    ]
    widths = [max(len(line[column]) for line in lines) for column in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def rows_of(tag: str, measurements: Iterable[tuple[str, float, str, bool]]) -> list[Row]:
    """Rows from ``(measured, ratio, goal, met)`` tuples such as ``("name: 1.2 vs 1.1 ms", 1.09, "2", True)``.

    What comes before the last ``": "`` names the row, what follows is its figures; a goal written
    ``">= 0.9"`` is one the ratio must reach, a bare ``"2"`` one it must stay under.
    """
    found = []
    for measured, ratio, goal, _ in measurements:
        name, _, figures = measured.rpartition(": ")
        name, figures = (name, figures) if name else (measured, "")
        limit = goal.removeprefix(">=").strip()
        found.append(Row(f"{tag} {name}", figures, ratio, float(limit), at_least=goal.startswith(">=")))
    return found
