"""How requests reach handlers: on the event loop, through one wrapping point, with nothing rebuilt per request."""

from __future__ import annotations

import asyncio
import inspect
import threading
from typing import Any

import httpx

from sms_emulator.http.prepared_operations import handler_for


def test_a_sync_handler_becomes_a_coroutine_function_with_the_same_signature() -> None:
    def get_thing(thing_id: str, token_info: dict[str, Any], **query: Any) -> tuple[str, int]:
        return thing_id, 200

    wrapped = handler_for(get_thing)
    assert inspect.iscoroutinefunction(wrapped)
    # connexion reads the arguments to pass from the signature behind the wrapper
    assert inspect.signature(inspect.unwrap(wrapped)) == inspect.signature(get_thing)
    assert asyncio.run(wrapped("a1", token_info={})) == ("a1", 200)


def test_an_async_handler_is_left_as_it_is() -> None:
    async def move_clock(body: dict[str, Any]) -> int:
        return 200

    assert handler_for(move_clock) is move_clock


def test_requests_in_flight_together_are_each_answered_and_kept(emulator: str) -> None:
    # Handlers run on the event loop, one at a time: concurrent clients still each get their answer.
    headers = {"apikey": "tyntec-demo-key"}
    body = {"to": "+491701234567", "from": "ACME", "message": "hello"}
    results: list[int] = []

    def send() -> None:
        with httpx.Client(base_url=f"{emulator}/tyntec", headers=headers) as client:
            for _ in range(5):
                request_id = client.post("/messaging/v1/sms", json=body).json()["requestId"]
                results.append(client.get(f"/messaging/v1/messages/{request_id}").status_code)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 20
    sent = httpx.get(f"{emulator}/_emulator/messages", params={"provider": "tyntec"}).json()
    assert len(sent) == 20
