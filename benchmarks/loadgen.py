"""A minimal HTTP/1.1 load client and the servers it compares.

The client is raw sockets on one keep-alive connection, so that its own cost
per request is far below any server's and the same for every server it is
pointed at. Servers run in their own processes: a server in the client's
process would share its interpreter lock.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server_process(arguments: list[str], port: int) -> Iterator[str]:
    """Run ``python <arguments>`` until it listens on ``port``; yield its base URL; stop it."""
    process = subprocess.Popen([sys.executable, *arguments], cwd=ROOT, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(arguments)} did not start listening on {port}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def emulator(port: int) -> list[str]:
    """Arguments serving the emulator (in memory, no access log) on ``port``."""
    return ["-m", "sms_emulator", "--port", str(port), "--log-level", "warning"]


def bare_app(port: int, body_file: Path) -> list[str]:
    """Arguments serving the bare uvicorn app answering ``body_file`` on ``port``."""
    return ["-m", "benchmarks.bare_app", str(port), str(body_file)]


class Client:
    """GETs one path over and over on one keep-alive connection."""

    def __init__(self, port: int, path: str, headers: dict[str, str]) -> None:
        self._socket = socket.create_connection(("127.0.0.1", port))
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
        self._request = ("\r\n".join(lines) + "\r\n\r\n").encode()
        self._buffer = b""

    def close(self) -> None:
        self._socket.close()

    def get(self) -> tuple[int, bytes]:
        """One request: its status and body."""
        self._socket.sendall(self._request)
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end >= 0:
                head = self._buffer[:end].lower()
                at = head.find(b"content-length:")
                length = int(head[at + 15 :].split(b"\r\n", 1)[0]) if at >= 0 else 0
                if len(self._buffer) >= end + 4 + length:
                    status = int(self._buffer[9:12])
                    body = self._buffer[end + 4 : end + 4 + length]
                    self._buffer = self._buffer[end + 4 + length :]
                    return status, body
            chunk = self._socket.recv(65536)
            if not chunk:
                raise ConnectionError("the server closed the connection")
            self._buffer += chunk

    def rate(self, seconds: float, expect: int = 200) -> float:
        """Requests per second over ``seconds``, failing on any answer but ``expect``."""
        count = 0
        started = time.perf_counter()
        deadline = started + seconds
        while time.perf_counter() < deadline:
            status, body = self.get()
            if status != expect:
                raise RuntimeError(f"expected HTTP {expect}, got {status}: {body[:200]!r}")
            count += 1
        return count / (time.perf_counter() - started)
