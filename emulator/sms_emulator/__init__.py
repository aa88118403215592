"""A local, stateful emulator of the tyntec, BYTEHAND, Jo Mobile and SMSC APIs.

Each provider is served from its OpenAPI spec under its own prefix on one
server; ``create_app()`` builds the ASGI app, ``python -m sms_emulator`` runs it.
"""

import warnings

# connexion imports starlette's test client at start-up, which warns about httpx; it is not used here.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from .app import create_app  # noqa: E402
from .state import Settings  # noqa: E402

__all__ = ["Settings", "create_app"]
