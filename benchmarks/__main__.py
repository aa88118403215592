"""``make bench``: every speed goal, measured as a ratio against a named baseline in one run.

    python -m benchmarks                  run every benchmark
    python -m benchmarks requests generate   run only these

Each benchmark is a module with a ``rows()`` function returning ``frame.Row``s;
register it in ``BENCHMARKS``. Exits 1 when any goal is missed. Timing goals
live here, never in timed tests.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from . import inbox_bench, regeneration, request_overhead, search_bench, send_bench, suite, typed_call
from .frame import Row, table

BENCHMARKS: dict[str, Callable[[], list[Row]]] = {
    "generate": regeneration.rows,
    "requests": request_overhead.rows,
    "typed-call": typed_call.rows,
    "searches": search_bench.rows,
    "inbox": inbox_bench.rows,
    "durable-sends": send_bench.rows,
    "suite": suite.rows,
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of {', '.join(BENCHMARKS)} (default: all)")
    chosen = parser.parse_args().names or list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    rows: list[Row] = []
    for name in chosen:
        print(f"measuring {name} ...", flush=True)
        rows.extend(BENCHMARKS[name]())
    print()
    print(table(rows))
    return 0 if all(row.met for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
