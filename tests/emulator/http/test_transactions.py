"""One store transaction per handler call (``http/transactions.py``): committed on success, rolled back on an error."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from connexion.lifecycle import ConnexionResponse

from sms_emulator.core.store import Store
from sms_emulator.http.replies import empty, json_reply
from sms_emulator.http.transactions import status_of, transactional


class Refused(Exception):
    pass


def writer(store: Store, reply: Any) -> Any:
    """A handler that writes two documents, then answers ``reply`` (raises it when it is an exception)."""

    def handler(name: str) -> Any:
        store.put("p", "k", f"{name}-1", {})
        store.put("p", "k", f"{name}-2", {})
        if isinstance(reply, Exception):
            raise reply
        return reply

    return handler


def test_a_successful_handler_commits_every_write() -> None:
    store = Store()
    reply = json_reply({"ok": True}, 201)
    assert transactional(store, writer(store, reply))("a") is reply
    assert store.list("p", "k") == [{}, {}]


@pytest.mark.parametrize(
    "reply",
    [json_reply({"error": 1}, 400), empty(404), ConnexionResponse(status_code=503, body=b"down")],
    ids=["tuple", "empty", "response"],
)
def test_an_error_reply_is_returned_and_its_writes_undone(reply: Any) -> None:
    store = Store()
    assert transactional(store, writer(store, reply))("a") is reply
    assert store.list("p", "k") == []


def test_an_exception_undoes_the_writes_and_propagates() -> None:
    store = Store()
    with pytest.raises(Refused):
        transactional(store, writer(store, Refused()))("a")
    assert store.list("p", "k") == []


def test_writes_before_the_handler_are_left_alone() -> None:
    store = Store()
    store.put("p", "k", "kept", {"before": True})
    transactional(store, writer(store, empty(409)))("a")
    assert store.list("p", "k") == [{"before": True}]


def test_a_coroutine_handler_is_not_wrapped() -> None:
    async def move_clock() -> int:
        return 200

    assert transactional(Store(), move_clock) is move_clock
    assert asyncio.run(move_clock()) == 200


@pytest.mark.parametrize(
    ("reply", "status"),
    [((None, 204, {}), 204), (({"a": 1}, 400), 400), (ConnexionResponse(status_code=302), 302), ("text", 200)],
)
def test_status_of_reads_every_kind_of_reply(reply: Any, status: int) -> None:
    assert status_of(reply) == status
