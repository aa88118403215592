"""The baseline of the request-overhead goal: bare uvicorn answering fixed JSON to every request.

python -m benchmarks.bare_app PORT BODY_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import uvicorn


def make_app(body: bytes) -> Any:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


if __name__ == "__main__":
    uvicorn.run(make_app(Path(sys.argv[2]).read_bytes()), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
