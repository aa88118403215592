"""A client written against Jo Mobile's documented paths with nothing but ``requests``: log in, send, log out.

It knows nothing of this project; ``test_plain_client.py`` beside it runs it against the emulator unchanged.

    python plain_requests_client.py https://restapi.jomobile.online USERNAME PASSWORD 380671234567
"""

from __future__ import annotations

import sys

import requests


def main(base_url: str, username: str, password: str, number: str) -> int:
    session = requests.Session()
    code = session.post(f"{base_url}/v1/authorize", json={"username": username, "password": password}, timeout=10)
    code.raise_for_status()
    token = session.post(
        f"{base_url}/v1/accesstoken", json={"authorization_code": code.json()["data"]["authorization_code"]}, timeout=10
    )
    token.raise_for_status()
    session.headers["X-Access-Token"] = token.json()["data"]["access_token"]

    sent = session.post(
        f"{base_url}/v1/send",
        json=[{"number": number, "senderID": "SenderID", "text": "Hello from requests", "type": "sms"}],
        timeout=10,
    )
    sent.raise_for_status()
    print("sent", sent.json()["data"][0]["id"], sent.json()["data"][0]["status"])

    logout = session.get(f"{base_url}/v1/logout", timeout=10)
    logout.raise_for_status()
    after = session.get(f"{base_url}/v1/me", timeout=10)
    print("after logout", after.status_code)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
