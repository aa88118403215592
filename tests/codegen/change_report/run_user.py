"""Run a user's script against a regenerated client and a server that behaves as the edited spec says.

    python run_user.py SPEC CLIENT_FOLDER PACKAGE SCRIPT

Exits 0 when the script's ``main(client)`` returns; prints what went wrong otherwise.
A process of its own, so the regenerated package is the only one of its name imported.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from pathlib import Path

import yaml


def main() -> int:
    spec, folder, package_name, script = sys.argv[1:5]
    folder = str(Path(folder).resolve())
    logging.disable(logging.WARNING)  # connexion's note that its optional Swagger UI is not installed
    sys.path.insert(0, folder)
    sys.path.insert(1, str(Path(__file__).parent))
    from mock_server import create_app
    from starlette.testclient import TestClient

    package = importlib.import_module(package_name)
    assert Path(package.__file__ or "").is_relative_to(folder), f"{package_name} came from {package.__file__}"
    loaded = importlib.util.spec_from_file_location("user_script", script)
    assert loaded is not None
    assert loaded.loader is not None
    user = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(user)
    app = create_app(yaml.safe_load(Path(spec).read_text()))
    client = package.Client(base_url="http://testserver", raise_on_unexpected_status=True)
    with TestClient(app, base_url="http://testserver") as http:
        client.set_httpx_client(http)
        user.main(client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
