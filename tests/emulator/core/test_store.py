"""The store's one transaction mechanism, documents in creation order, WAL with a file, state that survives a
restart, and seeding that never overwrites a state file."""

from __future__ import annotations

import os
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from sms_emulator import Settings
from sms_emulator.core.runtime import Runtime
from sms_emulator.core.store import Store
from sms_emulator.providers import registry
from sms_emulator.providers.mounted import MountedProviders
from tests._server import serve_emulator

SEND = {"to": "+491701234567", "from": "ACME", "message": "hello"}
KEY = {"apikey": "tyntec-demo-key"}


class _Refused(Exception):
    pass


def _fail_after(store: Store, *ids: str) -> None:
    with store.transaction():
        for id in ids:
            store.put("p", "k", id, {"a": 1})
        store.next_number("n")
        raise _Refused


def test_a_failed_transaction_leaves_nothing_and_a_nested_one_only_undoes_itself() -> None:
    store = Store()
    with pytest.raises(_Refused):
        _fail_after(store, "1")
    assert store.get("p", "k", "1") is None
    assert store.next_number("n") == 1
    with store.transaction():
        store.put("p", "k", "outer", {})
        with pytest.raises(_Refused):
            _fail_after(store, "inner")
    assert store.get("p", "k", "outer") == {}
    assert store.get("p", "k", "inner") is None
    assert store.next_number("n") == 2


def test_threads_never_see_each_others_transactions_half_done() -> None:
    store = Store()
    store.put("p", "account", "a", {"balance": 100})

    def spend() -> None:
        for _ in range(50):
            with store.transaction():
                balance = store.get("p", "account", "a")["balance"]  # type: ignore[index]
                if balance > 0:
                    store.put("p", "account", "a", {"balance": balance - 1})
                    store.put("p", "spent", str(store.next_number("spent")), {})

    threads = [threading.Thread(target=spend) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.get("p", "account", "a") == {"balance": 0}
    assert len(store.list("p", "spent")) == 100


def test_a_file_store_uses_wal_with_normal_sync(tmp_path: Path) -> None:
    Store(str(tmp_path / "s.db")).close()
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_restart_keeps_balances_and_seeds_only_an_empty_file(tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "state.db"))
    first = MountedProviders(Runtime(settings), registry.load_all())
    first["smsc"].set_balance("demo", Decimal("1.50"))
    first.runtime.store.put("jomobile", "customer-note", "x", {})
    first.runtime.store.close()
    second = MountedProviders(Runtime(settings), registry.load_all())
    store = second.runtime.store
    assert store.get("smsc", "account", "demo")["balance"] == "1.50"  # type: ignore[index]
    assert all(not books.problems() for provider in second for books in provider.books())
    second.reset("smsc")
    assert store.get("smsc", "account", "demo")["balance"] == "100.00"  # type: ignore[index]


def test_a_search_parameter_beyond_64_bits_matches_nothing_instead_of_failing() -> None:
    store = Store()
    store.put("p", "k", "1", {"n": 5})
    huge = 10**30
    assert store.select("SELECT id FROM documents WHERE json_extract(body, '$.n') = :n", {"n": huge}) == []
    assert store.select("SELECT id FROM documents WHERE json_extract(body, '$.n') < ?", [huge]) == [("1",)]
    assert store.select("SELECT id FROM documents WHERE json_extract(body, '$.n') > ?", [-huge]) == [("1",)]


def test_state_in_a_file_survives_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.db")
    with serve_emulator(Settings(db_path=db)) as base:
        request_id = httpx.post(f"{base}/tyntec/messaging/v1/sms", headers=KEY, json=SEND).json()["requestId"]
        httpx.post(f"{base}/_emulator/clock", json={"advanceSeconds": 3600}).raise_for_status()
    with serve_emulator(Settings(db_path=db)) as base:
        found = httpx.get(f"{base}/tyntec/messaging/v1/messages/{request_id}", headers=KEY)
        assert found.status_code == 200
        assert found.json()["status"] == "DELIVERED"
        assert httpx.get(f"{base}/_emulator/clock").json()["offsetSeconds"] >= 3600


def test_the_store_keeps_documents_in_creation_order(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "s.db"))
    for name in ("b", "a", "c"):
        store.put("p", "k", name, {"name": name})
    store.put("p", "k", "b", {"name": "b2"})
    assert [d["name"] for d in store.list("p", "k")] == ["b2", "a", "c"]
    assert store.delete("p", "k", "a") == {"name": "a"}
    assert store.get("p", "k", "a") is None
    assert store.next_number("n") == 1
    assert store.next_number("n") == 2
    store.close()
    assert os.path.getsize(tmp_path / "s.db") > 0
