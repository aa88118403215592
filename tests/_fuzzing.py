"""schemathesis runs, one per spec, each against an emulator of its own, side by side with the rest of the suite.

Fuzzing is most of the suite's CPU time, spent in schemathesis itself, one
core's worth per run. Started when collection finishes (``conftest.py``), the
runs of every selected spec go on in the background while the other tests run,
so the suite uses both cores; each fuzz test then waits for its run's verdict.
The run of the largest spec is the suite's critical path (a few minutes of
one core), so the others run at a lower CPU priority and it keeps a core.
Every run gets an emulator process of its own: the session emulator is reset
by every other test, which would pull the state from under a fuzzer's
stateful phase. The fuzzing budget is schemathesis.toml's, untouched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
BIN = Path(sys.executable).parent


def fuzzed_specs() -> list[Path]:
    """Every spec, the largest first: the longest runs start first."""
    return sorted(SPECS_DIR.glob("*.yaml"), key=lambda spec: (-spec.stat().st_size, spec.name))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FuzzRun:
    """One ``schemathesis run`` of one spec against an emulator process started for it.

    ``begin()`` returns at once: a thread waits for the emulator to listen and then starts schemathesis.
    """

    STARTUP_SECONDS = 300.0
    """How long an emulator may take to listen: on a machine busy with other work, imports alone take long."""

    def __init__(self, spec: Path, niceness: int = 0) -> None:
        self.spec = spec
        self._niceness = niceness
        self._port = _free_port()
        # Files rather than pipes: nobody reads them until the run is over. Closed in close().
        self._report: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._emulator_log: IO[str] = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
        self._emulator = subprocess.Popen(
            [sys.executable, "-m", "sms_emulator", "--port", str(self._port), "--log-level", "warning"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self._emulator_log,
        )
        self._fuzzer: subprocess.Popen[str] | None = None
        self._failure: str | None = None
        self._stopped = False
        self._starter = threading.Thread(target=self._start_fuzzing, name=f"fuzz-{spec.stem}", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    def begin(self) -> None:
        """Start fuzzing as soon as the emulator listens, without waiting for it here."""
        if not self._starter.is_alive() and self._fuzzer is None and self._failure is None:
            self._starter.start()

    def _start_fuzzing(self) -> None:
        try:
            self._wait_and_fuzz()
        except Exception as exc:  # reported by verdict(), in the fuzz test
            self._failure = f"could not start fuzzing {self.spec.name}: {exc!r}"

    def _wait_and_fuzz(self) -> None:
        deadline = time.monotonic() + self.STARTUP_SECONDS
        while True:
            try:
                info = httpx.get(f"{self.base_url}/_emulator/", timeout=5).json()
                break
            except httpx.HTTPError:
                if self._emulator.poll() is not None or time.monotonic() > deadline:
                    self._failure = f"the emulator for {self.spec.name} did not start:\n{_read(self._emulator_log)}"
                    return
                time.sleep(0.1)
        prefix = {provider["name"]: provider["basePath"] for provider in info["providers"]}[self.spec.stem]
        # The fuzzer repeats requests by design; the documented rate limits are tested on their own.
        httpx.post(f"{self.base_url}/_emulator/limits", json={"enforced": False}).raise_for_status()
        command = [
            str(BIN / "schemathesis"),
            "run",
            str(self.spec.relative_to(ROOT)),
            "--url",
            f"{self.base_url}{prefix}",
            "--no-color",
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if self._stopped:
            return
        fuzzer = subprocess.Popen(command, cwd=ROOT, env=env, stdout=self._report, stderr=subprocess.STDOUT, text=True)
        if self._niceness:  # only the fuzzer: its emulator does little, but must start quickly
            os.setpriority(os.PRIO_PROCESS, fuzzer.pid, os.getpriority(os.PRIO_PROCESS, 0) + self._niceness)
        self._fuzzer = fuzzer

    def verdict(self) -> tuple[int, str, str]:
        """Wait for the run to end: its exit status, schemathesis' report and the emulator's log."""
        self.begin()
        self._starter.join()
        if self._fuzzer is None:
            self.stop()
            return -1, self._failure or "schemathesis did not start", _read(self._emulator_log)
        returncode = self._fuzzer.wait()
        self.stop()
        return returncode, _read(self._report), _read(self._emulator_log)

    def stop(self) -> None:
        self._stopped = True
        for process in (self._fuzzer, self._emulator):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def close(self) -> None:
        self.stop()
        if self._starter.ident is not None:  # it may have been starting schemathesis meanwhile
            self._starter.join(timeout=10)
            self.stop()
        self._report.close()
        self._emulator_log.close()


def _read(log: IO[str]) -> str:
    log.flush()
    log.seek(0)
    return log.read()
