"""Run the emulator inside the current process, on a free loopback port, for tests and scripts.

uvicorn serves it from a background thread; the context manager yields the
base URL and stops the server on exit. Open event streams (an inbox page that
is still connected) hold a shutdown up for at most a second.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from .app import create_app
from .core.runtime import Settings


@contextmanager
def running(
    settings: Settings | None = None, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
) -> Iterator[str]:
    """Serve the emulator until the block ends; yields its base URL, e.g. ``http://127.0.0.1:40123``."""
    config = uvicorn.Config(
        create_app(settings), host=host, port=port, log_level=log_level, timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="sms-emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the SMS emulator did not start on {host}:{port}")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
