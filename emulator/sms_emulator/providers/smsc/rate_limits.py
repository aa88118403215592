"""SMSC's per-minute rate limits (error 9), counted in a sliding minute of emulated time.

Every request that reaches a limited command and is answered without an
error counts: a refused request changes nothing, its count included (it runs
in one store transaction like every request). ``POST /_emulator/limits {"enforced": false}``
relaxes every limit (fuzzing does); moving the clock a minute on frees a
window.
"""

from __future__ import annotations

import hashlib
from typing import Final

from ...core.runtime import Runtime
from . import PROVIDER

WINDOW_SECONDS: Final = 60.0


class RateLimiter:
    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime

    def allow(self, account: str, rule: str, key: str, limit: int) -> bool:
        """Count one request under ``rule`` (and ``key``, for "identical request" limits); False past ``limit``."""
        if not self._runtime.limits_enforced:
            return True
        now = self._runtime.clock.now().timestamp()
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        doc_id = f"{account}:{rule}:{digest}"
        store = self._runtime.store
        found = store.get(PROVIDER, "hits", doc_id) or {"times": []}
        recent = [t for t in found["times"] if now - WINDOW_SECONDS < t <= now]
        allowed = len(recent) < limit
        store.put(PROVIDER, "hits", doc_id, {"times": [*recent, now]})
        return allowed
