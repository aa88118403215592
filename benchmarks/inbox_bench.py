"""Issue 12, goal 1 for ``GET /_emulator/messages``: its filters cost about the same at 100,000 messages as at 100.

Two emulator processes on ``--db`` files, one holding 100 sent messages spread
over the four providers, one 100,000 (written straight into the store by
``inbox_data``), answer the same requests taking turns; each row is the
ratio beside the goal (at most 2x for a first page or a filter matching at most
100 messages). Each filter matches about as many messages at both sizes (a
recipient has a handful), so the rows compare the search, not the answer's size.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from sms_emulator.core.store import Store

from . import inbox_data as inbox_bulk
from .frame import Row, table
from .search_bench import _paired_ms, emulator_process

SMALL, LARGE = 100, 100_000


@contextmanager
def _emulator(size: int) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "inbox.db")
        with emulator_process(["--db", path]):
            pass  # seeds the demo accounts and creates the inbox's indexes
        store = Store(path)
        inbox_bulk.load(store, size, datetime.now(UTC))
        store.close()
        with emulator_process(["--db", path]) as base:
            yield base


def _requests(client: httpx.Client) -> dict[str, Callable[[], object]]:
    """Each matches at most 100 messages at 100,000 stored (one recipient has a handful of messages)."""
    to = f"+7 {inbox_bulk.number(17)[1:]}"

    def get(**params: Any) -> Callable[[], object]:
        return lambda: client.get("/_emulator/messages", params=params).raise_for_status()

    return {
        "first page, newest first (limit 20)": get(order="newest", limit=20),
        "first page, oldest first (limit 20)": get(order="oldest", limit=20),
        "to= one number, every provider": get(to=to),
        "to= one number, provider=tyntec": get(to=to, provider="tyntec"),
        "to= one number, state=delivered, provider=bytehand": get(to=to, provider="bytehand", state="delivered"),
        "q= free text (one message's code), limit 20": get(q=f"{17 * 7919 % 1_000_003:07d}", limit=20),
    }


def rows() -> list[Row]:
    """One row per request; both emulators run side by side, taking turns."""
    found: list[Row] = []
    with (
        _emulator(SMALL) as small_base,
        _emulator(LARGE) as large_base,
        httpx.Client(base_url=small_base, timeout=60) as small,
        httpx.Client(base_url=large_base, timeout=60) as large,
    ):
        small_calls, large_calls = _requests(small), _requests(large)
        for name, small_call in small_calls.items():
            small_ms, large_ms = _paired_ms([small_call, large_calls[name]], runs=20)
            found.append(
                Row(
                    f"#12.1 /_emulator/messages {name}",
                    f"{large_ms:.1f} ms at {LARGE:,} vs {small_ms:.1f} ms at {SMALL}",
                    large_ms / small_ms,
                    2,
                )
            )
    return found


if __name__ == "__main__":
    measured = rows()
    print(table(measured))
    raise SystemExit(0 if all(row.met for row in measured) else 1)
